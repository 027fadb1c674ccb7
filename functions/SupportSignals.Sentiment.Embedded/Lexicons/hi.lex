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
mast, sahi, theek, thik, khush, santusht, pasand, dhanyavad, dhanyawad, shukriya, sukriya, maza, mazaa, मस्त, सही, ठीक, खुश, संतुष्ट, पसंद, धन्यवाद, शुक्रिया, मज़ा | +1.8
bura, buri, bure, bekar, bekaar, bakwas, bakwaas, ghatiya, kharab, khraab, faltu, ganda, gandi, बुरा, बुरी, बुरे, बेकार, बकवास, घटिया, खराब, ख़राब, फालतू, गंदा, गंदी | -2.6
pareshan, pareshani, shikayat, nirash, ghussa, mehenga, mehnga, mahanga, परेशान, परेशानी, शिकायत, निराश, गुस्सा, महंगा, महँगा | -1.8
# the customer's problem: beside a word of solving it is what was solved, not a complaint ("samasya hal ki")
dikkat, samasya, दिक्कत, समस्या | trouble -1.8

seva, sewa, karmchari, karmachari, sevak, सेवा, कर्मचारी, स्टाफ, वेटर, टीम, मैनेजर, रिसेप्शन, सर्विस | svc:friendly
grahak seva, sahayata kendra, एजेंट, सपोर्ट, ग्राहक सेवा, कस्टमर केयर, कस्टमर सर्विस, ग्राहक सहायता, प्रतिनिधि, हेल्पलाइन | svc:resolution
jawab, javab, uttar, जवाब, उत्तर | svc:speed
vinamra, vinamr, vyavhar, vyavahar, vyavhaar, pyaar se, pyar se, izzat, tameez, tameez se, विनम्र, व्यवहार, प्यार से, इज़्ज़त, इज्जत, तमीज़, सम्मान, मिलनसार | cue:friendly +2
badtameez, badtamiz, badtameezi, badtamizi, rude tha, बदतमीज़, बदतमीज, बदतमीज़ी, असभ्य | cue:friendly -2.8
jaldi, turant, fatafat, tez, samay par, जल्दी, तुरंत, फटाफट, तेज़, समय पर | cue:speed +1.7
deri, dheema, dheere, dhire, intezaar, intzar, intajar, इंतज़ार, इंतजार, देर, देरी, धीमा, धीमी, धीरे | cue:speed -1.2
madad, sahayata, help ki, hal ki, hal kiya, hal kar di, hal kar diya, hal ho gaya, hal ho gayi, मदद, सहायता, हल | cat:resolution +1.5
samjhaya, jaankar, जानकार, समझाया | cat:knowledge +1.2

khana, khaana, khane, khaane, daam, keemat, kimat, kamra, खाना, खाने, दाम, कीमत, भोजन, कमरा | asp
der | cue:speed -1.2 only

# a problem left unsolved is the support's failure even when no one is named; wrong information is its competence
hal nahi hua, hal nahin hua, hal nahi kiya, hal nahin kiya, solve nahi hua, हल नहीं हुआ, हल नहीं किया, हल नहीं हुई | cue:resolution -2
galat jankari, galat jaankari, galat jawab, गलत जानकारी, ग़लत जानकारी, गलत जवाब | cat:knowledge -2
