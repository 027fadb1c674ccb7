# Hindi, in Devanagari and romanised. Hand-written for SupportSignals. Devanagari keys fold like text (nukta and
# nasal marks dropped), romanised keys cover the common spellings.
hai, hain, tha, thi, nahi, nahin, bahut, bohot, bahot, ka, ki, ke, ko, se, mein, aur, bhi, kya, koi, kuch, yeh, ye, woh, wo, ne, hum, mujhe, humein, kiya, kar, karna, raha, rahi, hota, hoti, bilkul, ekdum, gaya, gayi, diya, liya, sab, sabhi, apna, unka, unki | stop
है, हैं, था, थी, थे, नहीं, बहुत, का, की, के, को, से, में, और, भी, क्या, कोई, कुछ, यह, वह, ने, पर, हम, मुझे, किया, कर, गया, गई, दिया, सब | stop

nahi, nahin, nai, kabhi nahi, bina, koi nahi, kisi ne nahi, नहीं, कभी नहीं, बिना, मत, कोई नहीं, किसी ने नहीं | negboth
na, mat | negboth only

bahut, bohot, bahot, bohut, bilkul, ekdum, zyada, jyada, kaafi, kafi, sabse, itna, itni, bahut hi, बहुत, बिल्कुल, एकदम, ज़्यादा, ज्यादा, काफी, सबसे, इतना, इतनी, अत्यंत | boost
thoda, thodi, थोड़ा, थोड़ी | damp
lekin, magar, parantu, phir bhi, लेकिन, मगर, परंतु, किंतु, फिर भी | but
afsos, dukh ki baat, अफसोस | but -1.5
aur, और, tatha, तथा | and

accha, acha, achha, achchha, acchi, achhi, achi, acche, ache, achhe, अच्छा, अच्छी, अच्छे | +2
badhiya, badiya, badhia, shandar, shaandaar, zabardast, jabardast, behtareen, behtarin, kamaal, kamal, lajawab, बढ़िया, शानदार, ज़बरदस्त, जबरदस्त, बेहतरीन, कमाल, लाजवाब, उत्तम, उत्कृष्ट | +3
mast, sahi, khush, santusht, pasand, dhanyavad, dhanyawad, shukriya, sukriya, maza, mazaa, मस्त, सही, खुश, संतुष्ट, पसंद, धन्यवाद, शुक्रिया, मज़ा | +1.8
bura, buri, bure, bekar, bekaar, bakwas, bakwaas, ghatiya, kharab, khraab, faltu, ganda, gandi, बुरा, बुरी, बुरे, बेकार, बकवास, घटिया, खराब, ख़राब, फालतू, गंदा, गंदी | -2.6
pareshan, pareshani, shikayat, nirash, ghussa, mehenga, mehnga, mahanga, परेशान, परेशानी, शिकायत, निराश, गुस्सा, महंगा, महँगा | -1.8
# the customer's problem: beside a word of solving it is what was solved, not a complaint ("samasya hal ki")
dikkat, samasya, दिक्कत, समस्या | trouble -1.8

seva, sewa, karmchari, karmachari, sevak, सेवा, कर्मचारी, स्टाफ, वेटर, टीम, मैनेजर, रिसेप्शन, सर्विस | svc:friendly
grahak seva, sahayata kendra, एजेंट, सपोर्ट, ग्राहक सेवा, कस्टमर केयर, कस्टमर सर्विस, ग्राहक सहायता, प्रतिनिधि, हेल्पलाइन | svc:resolution
jawab, javab, uttar, जवाब, उत्तर | svc:speed
vinamra, vinamr, pyaar se, pyar se, izzat, tameez, tameez se, विनम्र, प्यार से, इज़्ज़त, इज्जत, तमीज़, सम्मान, मिलनसार | cue:friendly +2
badtameez, badtamiz, badtameezi, badtamizi, rude tha, बदतमीज़, बदतमीज, बदतमीज़ी, असभ्य | cue:friendly -2.8
turant, fatafat, tez, samay par, तुरंत, फटाफट, तेज़, समय पर | cue:speed +1.7
deri, dheema, dheere, dhire, intezaar, intzar, intajar, इंतज़ार, इंतजार, देर, देरी, धीमा, धीमी, धीरे | cue:speed -1.2
madad, sahayata, help ki, hal ki, hal kiya, hal kar di, hal kar diya, hal ho gaya, hal ho gayi, मदद, सहायता, हल | cat:resolution +1.5
jaankar, जानकार | cat:knowledge +1.2
# explaining is told as often as praised ("agent ne do plan samjhaye"): a category, the praise from how it was done
samjhaya, samjhaye, samjhayi, समझाया, समझाए, समझाई | cat:knowledge

khana, khaana, khane, khaane, daam, keemat, kimat, kamra, खाना, खाने, दाम, कीमत, भोजन, कमरा | asp
der | cue:speed -1.2 only

# a problem left unsolved is the support's failure even when no one is named; wrong information is its competence
hal nahi hua, hal nahin hua, hal nahi kiya, hal nahin kiya, solve nahi hua, हल नहीं हुआ, हल नहीं किया, हल नहीं हुई | cue:resolution -2
galat jankari, galat jaankari, galat jawab, गलत जानकारी, ग़लत जानकारी, गलत जवाब | cat:knowledge -2

# Hindi by word classes (analyzer92), both scripts. Every key is `only`: a romanised key (and the English loanwords
# Hindi speakers mix in) is read in Hindi text alone, never lent to English or another Latin-script language.
# more function words of romanised Hindi, none of them an English word, so short code-mixed lines full of English
# loanwords ("refund", "ticket", "support") are still read as Hindi
hua, hui, hue, ho, gaye, gayi, aaya, aayi, aaye, aya, ayi, karo, kare, karte, karta, karti, rahe, rakha, raha, wala, wale, wali, walon, waala, waale, waali, pe, abhi, tak, baar, mera, meri, mere, hamara, hamari, hamare, humara, humari, humare, aap, aapka, aapki, aapke, unhone, maine, humne, uska, uski, iska, iski, phir, fir, kyun, kyon, kaise, kab, kahan, kitna, sirf, pehle, wapas, dobara, bola, bataya, nhi, bht, bhut, boht, din, hafta, hafte, mahina, mahine | stop only
हुआ, हुई, हुए, हो, गए, आया, आई, आए, करो, करे, करते, करता, करती, रहे, रहा, रही, रखा, वाला, वाले, वाली, वालों, पे, अभी, तक, बार, मेरा, मेरी, मेरे, हमारा, हमारी, हमारे, आप, आपका, आपकी, आपके, उन्होंने, मैंने, हमने, उसका, उसकी, फिर, क्यों, कैसे, कब, कहाँ, सिर्फ, पहले, वापस, दोबारा, बताया | stop only

# the spellings customers type
nhi, nahee, nahi hai, nahin hai | negboth only
bht, bhut, boht, bhot, bahut zyada, bahut jyada, ekdam, full, bilkul hi | boost only

# who serves, by trade: the bank's clerk, the shopkeeper and salesman, delivery staff, the call centre and its
# executives, technicians and mechanics, receptionists, salon and parlour staff, nurses and counters, in Devanagari, in
# romanised Hindi and as the English loanwords Hindi speakers write in Latin letters
क्लर्क, बाबू, कैशियर, दुकानदार, दुकान वाला, दुकान वाले, दुकानवाला, दुकानवाले, सेल्समैन, सेल्स मैन, वेटरों, वेटर्स, स्टाफ़, कर्मचारियों, कर्मचारी गण, मैनेजर साहब, मैनेजरों, रिसेप्शनिस्ट, रिसेप्शन वाली, रिसेप्शन वाले, काउंटर वाले, काउंटर वाला, काउंटर वाली, काउंटर पर बैठे, नर्स, नर्सें, ब्यूटीशियन, पार्लर वाली, पार्लर वाले, सैलून वाले, सैलून वाला, नाई, हेयरड्रेसर, होटल स्टाफ, रेस्टोरेंट स्टाफ, स्टाफ के लोग | svc:friendly only
clerk, babu, cashier, dukaandar, dukandar, dukaan wala, dukaan wale, dukan wala, dukan wale, dukanwala, dukanwale, shopkeeper, shop wala, shop wale, salesman, salesmen, sales wala, sales wale, waiter, waiters, staff, staff members, manager, managers, manager sahab, receptionist*, reception wali, reception wale, counter wale, counter wala, counter wali, nurse, nurses, beautician, parlour wali, parlour wale, parlor wali, salon wale, salon wala, salon wali, nai, barber, hairdresser, karmchariyon, karmachariyon, sevakon, hotel wale, restaurant wale | svc:friendly only
डिलीवरी बॉय, डिलीवरी वाला, डिलीवरी वाले, डिलीवरी एजेंट, डिलीवरी मैन, कूरियर वाला, कूरियर वाले, कॉल सेंटर, कॉल सेंटर वाले, कस्टमर केयर वाले, कस्टमर केयर एग्जीक्यूटिव, एग्जीक्यूटिव, एक्जीक्यूटिव, टेक्नीशियन, मैकेनिक, इंजीनियर साहब, अधिकारी, बैंक कर्मचारी, बैंक वाले, सपोर्ट टीम, सपोर्ट वाले, एजेंटों, प्रतिनिधियों | svc:resolution only
delivery boy, delivery wala, delivery wale, delivery guy, delivery man, courier wala, courier wale, call center, call centre, call center wale, call centre wale, customer care wale, customer care walon, executive, executives, technician*, mechanic, adhikari, bank wale, bank walon, support wale, support walon, support team, agent, agents, helpline | svc:resolution only
# the treatment, behaviour and attitude of who serves are the service itself, judged by what is said of them, not praise
# by themselves ("vyavhar theek-thaak tha" is a shrug)
रवैया, बर्ताव, बरताव, सलूक, व्यवहार | svc:friendly only
ravaiya, rawaiya, bartav, bartaav, baratav, behaviour, behavior, attitude, saluk, vyavhar, vyavahar, vyavhaar | svc:friendly only

# the customer's own people and a telecom's or network's "service" (the product) are no staff of the business. No key
# here is a phrase of English words alone: the longest key wins whatever the language, so an English phrase only Hindi
# knew would take its words from English text and leave them no meaning
हमारी टीम, हमारे स्टाफ, हमारा स्टाफ, अपनी टीम, मेरी टीम, हमारे एजेंट, हमारे लोग, अपने लोग, हमारे इंजीनियर, सर्विस बंद, सेवा बंद, इंटरनेट सेवा, इंटरनेट सर्विस, नेटवर्क सेवा, मोबाइल सेवा, सर्विस चार्ज, सेवा शुल्क, रूम सर्विस का मेन्यू, रूम सर्विस का मेनू | none only
hamari team, humari team, hamare staff, hamara staff, apni team, meri team, hamare agents, hamare agent, humare agents, hamare log, humare log, apne log, hamare engineers, service band hai, service band thi, service band tha, our team, service charge, room service ka menu, room service menu | none only

# manner, praised: patience, care, help, a smile, attention
धैर्य, धैर्य से, आराम से, ध्यान से, अच्छे से, अच्छी तरह, अच्छी तरह से, प्यार से, इज्जत से, सम्मान से, मददगार, सहयोगी, सहयोग, ख्याल रखा, ख्याल रखते, ध्यान रखा, ध्यान रखने वाली, ध्यान रखने वाले, ध्यान रखने वाला, मुस्कुरा*, मुस्कान, मीठा बोल, दिल जीत लिया | cue:friendly +2.2 only
dhairya, dhairya se, sabar se, sabr se, aaram se, araam se, dhyan se, dhyaan se, achhe se, acche se, ache se, achchhe se, achi tarah, achhi tarah, acchi tarah, madadgar, madadgaar, sahyogi, sahyog, khayal rakha, khyal rakha, dhyan rakha, dhyaan rakha, muskura*, muskaan, smile, dil jeet liya, dil jit liya, caring, cooperative, supportive, humble, patient, patiently, polite, politely, friendl*, sweet, respect se, izzat se | cue:friendly +2.2 only
# manner, blamed: ignored, rude, shouting, careless, a refusal
नज़रअंदाज़*, नजरअंदाज*, अनदेखा, देखा तक नहीं, ध्यान नहीं दिया, बदतमीजी से, बदतमीज़ी से, चिल्ला*, रूखा, रूखे, लापरवाह*, मना कर दिया, मना कर दी, टाल दिया, टालमटोल, फेंक दिया, फेंका, जल्दबाजी, जल्दबाज़ी | cue:friendly -2.4 only
nazarandaz, nazarandaaz, najarandaz, ignore kiya, ignore kar diya, ignore karte, dekha tak nahi, dhyan nahi diya, badtameezi se, badtamizi se, chilla*, rukha, rookha, laparwah*, laparvah*, mana kar diya, mana kar di, taal diya, taal matol, taalmatol, rude, rudely, unprofessional, careless, arrogant, attitude dikhaya, phenk diya, fenk diya, phek diya, jaldbaazi, jaldbazi, jaldbaji | cue:friendly -2.4 only
# speed: slow or late in the plural and romanised forms, waits and hold, and quick service
धीमे, सुस्त, लेट, लाइन में खड़ा रखा, लाइन में खड़े रहे, लाइन में लगना पड़ा, घंटों इंतजार, इंतजार करवाया, इंतज़ार करवाया, इंतजार कराया, होल्ड पर रखा, होल्ड पे रखा, होल्ड पर | cue:speed -1.8 only
dheeme, dhime, sust, slow, late, line mein khada rakha, line me khada rakha, line mein khade rahe, line mein lagna pada, ghanton intezaar, intezaar karwaya, intzaar karwaya, wait karwaya, wait karaya, wait karna pada, hold pe rakha, hold par rakha, hold pe, on hold | cue:speed -1.8 only
फौरन, फ़ौरन, झटपट, तुरंत ही, उसी दिन, अगले ही दिन | cue:speed +1.8 only
fauran, jhatpat, turant hi, usi din, agle hi din, fast, quick, quickly, jaldi se, time pe, samay pe | cue:speed +1.8 only
# the product and its speed are another aspect, which takes the slowness said of them ("internet ki speed slow hai")
स्पीड, इंटरनेट, नेटवर्क, ऐप, वेबसाइट, सिग्नल | asp only
speed, internet, network, app, website, signal | asp only
# minutes and hours: with a number, a wait
मिनट | dur only
घंटा, घंटे, घंटों | dur:60 only
minute, minutes, mins, min, minat | dur only
ghanta, ghante, ghanton, ghantey | dur:60 only

# implicit service: no one answering, picking up, calling back; calls cut; asking again and again; explaining again
फोन नहीं उठाता, फोन नहीं उठाते, फोन नहीं उठाया, कॉल नहीं उठाता, कॉल नहीं उठाते, कॉल नहीं उठाया, फोन नहीं किया, कॉल नहीं किया, कॉल बैक नहीं, वापस फोन नहीं, कोई जवाब नहीं, जवाब नहीं दिया, जवाब नहीं आया, कॉल काट, फोन काट, संपर्क नहीं हो पा* | cue:availability -2.2 only
phone nahi uthata, phone nahi uthate, phone nahi uthaya, phone nahi uthaata, call nahi uthata, call nahi uthate, call nahi uthaya, phone nahi kiya, call nahi kiya, call nahi aaya, callback nahi, call back nahi, koi jawab nahi, jawab nahi diya, jawab nahi aaya, reply nahi aaya, reply nahi diya, koi reply nahi, response nahi aaya, koi response nahi, call kaat, call cut kar, phone kaat, contact nahi ho pa* | cue:availability -2.2 only
बार कहना पड़ा, बार बोलना पड़ा, बार फोन करना पड़ा, बार कॉल करना पड़ा, बार बार फोन, बार बार कॉल, चक्कर लगाने पड़े, चक्कर लगवाए, फिर से समझाना, दोबारा समझाना | cue:resolution -1.8 only
baar kehna pada, baar bolna pada, baar call karna pada, baar phone karna pada, baar baar call, baar baar phone, chakkar lagane pade, chakkar lagwaye, chakkar katwaye, phir se samjhana, fir se samjhana, dobara samjhana | cue:resolution -1.8 only
# resolution verbs and their light-verb forms: the problem told beside them is what was solved
सुलझ*, ठीक कर दिया, ठीक कर दी, ठीक किया, ठीक करवा दिया, निपटा दिया, रिफंड कर दिया, रिफंड दे दिया, रिफंड मिल गया | cat:resolution +1.5 only
suljha*, suljh gaya, suljh gayi, theek kar diya, thik kar diya, theek kar di, thik kar di, theek kiya, thik kiya, fix kar diya, fix kiya, solve kar diya, solve kiya, resolve kar diya, resolve kiya, nipta diya, refund kar diya, refund de diya, refund mil gaya, help kiya, help ki, help kar di, help kar diya, sambhal liya | cat:resolution +1.5 only
माफी, माफ़ी, माफी मांगी, खेद | cue:friendly +0.5 only
maafi, mafi, maafi maangi, sorry bola, sorry kaha | cue:friendly +0.5 only
गलत बताया, गलत जानकारी दी | cat:knowledge -2 only
galat bataya, galat info, wrong information | cat:knowledge -2 only

# the idiom "there is no answer to it" is praise (unbeatable), said of whoever "iska", "inka" stand for; with a verb
# of coming or giving it is the reply that never came
iska koi jawab nahi, inka koi jawab nahi, unka koi jawab nahi, iska jawab nahi, inka jawab nahi, unka jawab nahi, इसका कोई जवाब नहीं, इनका कोई जवाब नहीं, उनका कोई जवाब नहीं, इसका जवाब नहीं, इनका जवाब नहीं, उनका जवाब नहीं | +3 only
koi jawab nahi mila, jawab nahi mila, कोई जवाब नहीं मिला, जवाब नहीं मिला, कोई जवाब नहीं आया | cue:availability -2.2 only
# updates kept coming is attention praised
update dete rahe, updates dete rahe, update deta raha, update karte rahe, अपडेट देते रहे, अपडेट देता रहा | cue:speed +2 only

# lukewarm verdicts: a shrug, neither praise nor blame; beside "theek" (praise alone) one neutral verdict with it (`lukewarm`, read in Hindi since analyzer94)
ठीक-ठाक, ठीक ठाक, कुछ खास नहीं, चलता है, चलती है, काम चलाऊ, औसत, न अच्छा न बुरा, न अच्छी न बुरी, न अच्छे न बुरे, न अच्छे थे न बुरे, बस ठीक था, बस ठीक थी | lukewarm only
theek thaak, thik thak, theek thak, thik thaak, kuch khaas nahi, kuch khas nahi, chalta hai, chalti hai, chalega, kaam chalau, average, so so, na achha na bura, na acha na bura, na achhi na buri, na acchi na buri, na ache na bure, na achhe na bure, theek hi tha, thik hi tha, ok, okay, okk, ओके | lukewarm only

# praise and blame in the English words Hinglish uses, and scores (a word English knows by a stem is keyed by that
# stem here too: an exact key would take the word from the English stem's reading)
helpful, very helpful, best, excellent, amazing, awesome, superb, great, good, nice*, 10/10, paanch star, five star, 5 star, पूरे नंबर | +2.4 only
bad, worst, poor, pathetic, useless, bekaar service, horrible, terrible, thard class | -2.6 only

# help that never came, said without a staff noun, and bots or IVR with no human to reach
कोई मदद नहीं मिली, मदद नहीं मिली, कोई मदद नहीं की, मदद नहीं की, किसी इंसान से बात नहीं, इंसान से बात नहीं, इंसान से बात ही नहीं | cue:resolution -2.2 only
koi madad nahi mili, madad nahi mili, koi madad nahi ki, madad nahi ki, koi help nahi mili, help nahi mili, kisi insaan se baat nahi, insaan se baat nahi, insaan se baat hi nahi, insan se baat nahi | cue:resolution -2.2 only
# a complaint to be made every time is the service failing
हर बार शिकायत, हर बार कंप्लेंट, har baar complaint, har baar shikayat, har bar complaint | cue:resolution -1.8 only
# without any hassle is praise of how it was done ("bina" would deny the hassle word by word, and its reach is wide)
बिना किसी झंझट के, बिना किसी परेशानी के, बिना किसी दिक्कत के, बिना झंझट के, bina kisi jhanjhat ke, bina kisi pareshani ke, bina kisi dikkat ke, bina jhanjhat ke, bina kisi problem ke | cue:friendly +2 only
# guards and watchmen serve at banks, shops and societies
गार्ड, सिक्योरिटी गार्ड, चौकीदार, सिक्योरिटी वाले, chowkidar, chaukidar, security wale, guard bhaiya | svc:friendly only
# thanks in the English words Hinglish uses; keyed as English keys it, a stem
thank* | +2 only

# Polarity, second pass (analyzer94); every key `only`.
# "only" after praise limits it, a shrug that outweighs it; "theek" (fine) is a lukewarm verdict: beside a shrug ("thik tha, bas average") the two are one neutral verdict, as
# English reads "fine, nothing special" (`lukewarm`, read in Hindi too); alone it keeps its praise
theek, thik, ठीक | +1.8 lukewarm only
बस ठीक, बस औसत, बस ठीक-ठाक, bas average, bas theek, bas thik, bas theek thaak | -1 lukewarm only
# "na bahut achha, na bahut bura" with a word between: each half a mild denial, both together one neutral verdict
na bahut achha, na bahut acha, na bahut achhi, na bahut achhe, na zyada achha, na zyada achhi, na jyada achha, na jyada achhi, न बहुत अच्छा, न बहुत अच्छी, न बहुत अच्छे, न ज़्यादा अच्छा, न ज़्यादा अच्छी, न ज्यादा अच्छा, न ज्यादा अच्छी | -0.8 lukewarm only
na bahut bura, na bahut buri, na bahut bure, na zyada bura, na zyada buri, na zyada kharab, na jyada kharab, na bahut kharab, न बहुत बुरा, न बहुत बुरी, न बहुत बुरे, न ज़्यादा बुरा, न ज़्यादा खराब, न ज्यादा खराब, न बहुत खराब | +0.8 lukewarm only
# "X ka koi jawab nahi" is the idiom (nothing matches X) when X is who serves; a message's or a complaint's is the
# reply that never came, and a verb after it always is
ka koi jawab nahi, का कोई जवाब नहीं | +3 only
ka koi jawab nahi aaya, ka koi jawab nahi mila, ka koi jawab nahi diya, ka jawab nahi aaya, ka jawab nahi mila, का कोई जवाब नहीं आया, का कोई जवाब नहीं मिला, का कोई जवाब नहीं दिया, email ka koi jawab nahi, mail ka koi jawab nahi, complaint ka koi jawab nahi, ticket ka koi jawab nahi, message ka koi jawab nahi, sawal ka koi jawab nahi, ईमेल का कोई जवाब नहीं, मेल का कोई जवाब नहीं, शिकायत का कोई जवाब नहीं, सवाल का कोई जवाब नहीं, मैसेज का कोई जवाब नहीं | cue:availability -2.2 only
# the former provider is what the service no longer is ("pehle wala behtar tha"), as English reads "used to be"
pehle wala, pehle wali, pehle wale, pehle vala, pehle vali, purana provider, purani company, पहले वाला, पहले वाली, पहले वाले, पुरानी कंपनी | wish only
behtar, बेहतर | +2 only
# "jaldi" (soon, quickly) alone is a hint of speed, no mention of its own: the customer's own people learn fast too
jaldi, जल्दी | cat:speed +1.7 only
# nobody picking up, and a ticket left pending, with no one named
koi nahi uthata, koi nahi uthate, koi nahi uthati, koi phone nahi uthata, koi call nahi uthata, कोई नहीं उठाता, कोई नहीं उठाते, कोई फोन नहीं उठाता | cue:availability -2.2 only
pending hai, pending pada hai, abhi tak pending, ab tak pending, pending hi hai, पेंडिंग है, अभी तक पेंडिंग | cue:resolution -1.8 only

# analyzer93: "lag" (in "achha lag raha", seems) is not English "lag"; "ha" (yes) is not English laughter
lag, ha | none only
