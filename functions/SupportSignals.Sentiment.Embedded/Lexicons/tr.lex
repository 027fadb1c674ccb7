# Turkish. Hand-written for SupportSignals. Keys are folded like text (ı→i, ş→s, ğ→g, ç→c, ö→o, ü→u).
ve, bir, bu, da, için, ile, gibi, ama, daha, var, yok, olarak, ki, ne, şu, her, biz, ben, kadar, sonra, çünkü, hem, hiç, gayet, oldukça, çok, değil, olan, mekan, burası, buranın | stop
de | stop only

değil, değildi, değildir, değiller, değilim, yok, yoktu, yoktur, olmadı, olmadılar, olmuyor, olmayan, etmedi, etmediler, etmiyor, etmiyorlar, yapmadı, yapmadılar, yapmıyor, göstermedi, göstermediler | negpost
hiç, hiçbir, asla, hiçbiri, kimse | neg
sorun yok, sorun olmadı, problem yok, sıkıntı yok, şikayetimiz yok, hiçbir sorun, hiç sorun | +2
fena değil, fena sayılmaz | +1
idare eder, eh işte, vasat, sıradan | -0.8
# "ortalama" (average) is lukewarm, as English "average" and Dutch "gemiddeld" are: it neither praises nor blames much
ortalama, ortalamaydı, ortalama düzeyde | -0.15 only
bir daha gitmem, bir daha gelmem, bir daha asla, tavsiye etmem, tavsiye etmiyorum, uzak durun | -2.5

çok, cok, gayet, oldukça, son derece, aşırı, fazla, gerçekten, bayağı, epey, inanılmaz, müthiş, tam, pek, o kadar | boost
en | boost only
biraz, az, nispeten, kısmen | damp
ama, fakat, ancak, lakin, yine de, buna rağmen | but
maalesef, ne yazık ki, malesef, yazık | but -1.5
her ne kadar | although
ve, ile, hem | and

güzel*, iyi* | +2
harika*, mükemmel*, muhteşem*, süper, enfes, nefis, şahane*, efsane*, kusursuz*, olağanüstü*, müthiş*, bayıldık, bayıldım, on numara | +3.1
en iyi*, beğen*, memnun*, tavsiye*, keyifli*, hoş*, temiz*, kaliteli*, lezzetli*, başarılı*, teşekkür*, sağolsun*, sağ olsun*, tebrik*, severek, sevdik, sevdim, mutlu* | +2.1
uygun*, makul*, idare* | +0.8
kötü*, berbat*, rezalet*, rezil*, felaket*, iğrenç*, korkunç*, vahim*, saçma*, skandal* | -3
hayal kırıklığı, pişman*, şikayet*, memnuniyetsiz*, mutsuz*, sinir*, kızgın* | -2.1
pahalı*, kirli*, soğuk*, tatsız*, lezzetsiz*, gürültü*, kalabalık* | -1.4
# müşterinin sorunu: çözmek sözcüğünün yanında çözülen şeydir, şikâyet değil ("sorunu çözdü")
sorun*, hata* | trouble -1.4

hizmet*, servis* | svc:friendly
garson*, personel*, çalışan*, eleman*, müdür*, işletmeci*, işletme sahibi, mekan sahibi, sahibi, komi*, resepsiyon*, şef garson, ekip* | svc:friendly
müşteri hizmetleri, müşteri temsilcisi, temsilci*, destek, destek ekibi, teknik destek, çağrı merkezi, yetkili* | svc:resolution
cevap*, yanıt*, dönüş, dönüş yapmadı*, geri dönüş* | svc:speed
ilgili, ilgililer, ilgi, ilgilen*, nazik*, kibar*, saygılı*, güler yüz*, güleryüz*, güler yüzlü, sıcakkanlı*, misafirperver*, cana yakın, yardımsever*, yardımcı*, özenli*, düşünceli* | cue:friendly +2.2
ilgisiz*, kaba, kabaydı, kabalık*, suratsız*, saygısız*, özensiz*, umursamaz*, ters, tersledi*, terslendik, somurtkan*, asık surat*, kaba saba | cue:friendly -2.6
profesyonel*, bilgili*, deneyimli*, işini bilen | cue:knowledge +2
amatör*, bilgisiz*, tecrübesiz*, acemi* | cue:knowledge -2.6
hızlı*, çabuk*, anında, seri, zamanında | cue:speed +1.7
hemen | cat:speed +0.5
yavaş*, bekle*, beklet*, geç geldi, geç kaldı, gecikme*, geç | cue:speed -1.2
# desteğin gelmeyen cevabı ("bekle" + "-iyor" = "bekliyor")
bekliyor*, hâlâ bekliyorum, hala bekliyorum, hâlâ cevap yok, hala cevap yok, cevap alamadım, cevap alamadık, dönüş yapmadı*, dönüş olmadı | cue:speed -1.8
dakika* | cue:speed
saat | cat:speed
unut*, görmezden | cue:friendly -2
sipariş*, bahşiş*, rezervasyon*, karşıladı*, karşılandık, karşılayan*, karşılama, ağırla*, getirdi, getirdiler, getirildi | cue:speed
beklenti*, karşılaştır*, karşılaş* | none
# meeting expectations judges the whole visit, not the greeting ("karşılamak" is also to welcome)
beklentilerimi karşıladı, beklentimi karşıladı, beklentilerimizi karşıladı, beklentimizi karşıladı, beklentileri karşıladı | +2
beklentilerimi karşılamadı, beklentimi karşılamadı, beklentilerimizi karşılamadı, beklentimizi karşılamadı, beklentileri karşılamadı | -2
# takeaway and delivery are a way of selling food, and a quick meal is the meal, not the service
paket servis*, eve servis, hızlı bir kahvaltı, hızlı bir yemek, hızlı bir öğle yemeği, hızlı bir şeyler, hızlıca bir şeyler | none
özür | cue:friendly +0.5
açıkla*, önerdi*, önerisi* | cat:knowledge +0.8
çözdü*, çözüm*, halletti* | cat:resolution +1.3
# any other form of solving ("çözmedi", "çözülmedi" are solving denied by their suffix); Turkish only, since "coz" begins English words
çöz*, hallet* | cat:resolution +1.3 only

yemek*, lezzet, et, etler, balık*, tatlı*, kahve*, çay, içecek*, şarap*, bira*, menü*, fiyat*, manzara*, ortam*, atmosfer*, dekor*, müzik*, porsiyon*, kahvaltı*, kebap*, kebab*, döner, köfte*, meze*, salata*, ürün*, uygulama*, program*, pizza* | asp
ile ilgili, bununla ilgili, hakkında | none

# more review vocabulary
güler yüzlü, güleryüzlü, ilgi alaka, ilgi ve alaka, ilgiliydi, ilgililerdi, çok ilgili, gayet ilgili, kibarlar, nazikti, naziklerdi, saygılıydı, hızlıydı, hızlıca, anında, hemencecik, çok iyi, gayet iyi, oldukça iyi, bayağı iyi, çok güzel, gayet güzel, harikaydı, mükemmeldi, muhteşemdi, şahaneydi, keyifliydi, memnun kaldık, memnun kaldım, teşekkürler, teşekkür ederiz, tavsiye ederim, tavsiye ederiz, kesinlikle tavsiye, başarılıydı, bayıldık, beğendik, beğendim, sevdik, sevdim, sıcak karşılama, özenli, düzgün, temizdi, kaliteli | +2.3
kötüydü, berbattı, rezaletti, rezil, vasattı, sıradan, idare eder, beklemedik kadar, beğenmedik, beğenmedim, memnun kalmadık, memnun kalmadım, pişman olduk, bir daha gelmeyiz, gelmeyeceğim, tavsiye etmiyorum, tavsiye etmem, hayal kırıklığına, hayal kırıklığıydı, kazık, kazıkçı, fahiş, saçma, saçmalık, ilgisizlik, umursamazlık, kabalık, saygısızlık, terslik, surat asık, asık suratlı, suratsızdı, ilgisizdi, kabaydı, yavaştı, geç geldi, çok bekledik, çok bekletildik, uzun süre bekledik, unuttular, unutuldu, unutulduk, yanlış getirdi*, yanlış sipariş | -2.3
ilgilenmedi*, ilgilenmiyor*, ilgilenen yok, ilgilenen olmadı, ilgi yok, kimse ilgilenmedi, garson gelmedi, kimse gelmedi, kimse yok | cue:friendly -2.4
olabilir, olabilirdi, olmalı, olmalıydı, olsa iyi olur, olmasını isterdim | negpost
terbiyesiz*, saygısızca, özür dilemedi*, özür bile dilemedi*, özür bile dilemiyor*, bakmıyor*, bakmadı*, bakmıyorlar, ilgilenemiyor*, ilgilenemedi*, yetemiyor*, yetişemiyor*, aksıyor, aksadı*, aksak*, ağır, ağırdı, çok ağır, yanlış anla*, yanlış getir*, yüksek ses* | cue:friendly -2.2
özenle, özen, muamele*, host | cue:friendly +0.5
# valet parking is a service the place offers; that it exists praises nothing
vale* | cue:availability
# "sunum" is how the dish is presented (plating), "sunmak" what the place offers: both about the food
sunum*, sundu*, sunuyor*, sunduğu*, sundukları | asp
gelen olmadı, gelen yok, toplayan yok, toplayan olmadı, getirmiyor*, getirmedi*, getirmediler, unutmuşlar, bekletti*, bekletildik | cue:speed -2

# zaman birimleri: yeterince büyük bir sayıyla bekleme (WaitingTime)
dakika, dakikada, dakikadır, dakikalık, dk | dur
saat, saatte, saattir, saatlik | dur:60
içinde, içerisinde, zarfında | within
mesafede, mesafesinde, uzaklıkta, uzakta, yürüme, yürüyerek, arabayla, taksiyle, metroyla, otobüsle | far
yarım saat, yarım saattir, bir saattir, dakikalarca, sonunda | cue:speed -1.6
# "for hours" is as often sitting over tea as waiting; only a waiting verb makes it a wait
saatlerce | cat:speed

# olmayanı dileme: cümlenin kalanını olumsuzlar
keşke, keske, olsaydı, olsaydi, isterdim, isterdik | wish

# sorun ve olumsuzluk sözcükleri
sıkıntı, sıkıntılı, sıkıntılar, sıkıntıları, sıkıntısı, sıkıcı, olumsuz, olumsuzluk, eksi, eksik, eksiklik, eksikler, sevimsiz, ukala, kibirli, özensizlik, aksaklık, aksaklıklar, aksamalar, sıfır | -1.8
yakış* | +1.2

# garsonun adını unutan misafir kendinden söz eder
adını unuttum, ismini unuttum, adını bilmiyorum, ismini bilmiyorum, adını hatırlamıyorum, ismini hatırlamıyorum | none

# notla övgü: "on puan veriyorum", "tam puan", "10 üzerinden 10"
on puan, 10 puan, tam puan, tam not, 10 üzerinden 10, on üzerinden on, beş yıldız, 5 yıldız | +2.3

# a problem left unsolved is the support's failure even when no one is named; wrong information is its competence
çözülmedi, çözülmemiş, çözülemedi, çözemediler, çözmediler, çözüme kavuşmadı, halledilmedi, halledilmemiş | cue:resolution -2
yanlış bilgi, yanlış bilgilendirme, hatalı bilgi, yanlış cevap, yanlış yönlendirme | cat:knowledge -2

# analyzer71: hizmetin sözcük sınıfları tamamlandı. Kim hizmet eder (görevli, kasiyer, barmen...), nasıl (övgü ve
# yergi sıfatları, çekimleriyle; "güleç" kök değil, "gülecek" ile başlar), tutum ve üslup, ve olumsuzluğun ek ve
# fiil biçimleri ("olmaz", "olmamış", "etmez" önündekini olumsuzlar); "yavaş yavaş" acele etmeden demektir, hız değil
görevli*, kasiyer*, barmen*, hostes*, yönetici*, patron, patronu, patronlar*, mekanın sahibi, işletmenin sahibi | svc:friendly only
güleç, güleçti, güleç yüzlü, titiz*, centilmen*, çalışkan*, anlayışlı*, hoşgörülü*, efendi insanlar, kibarca, nazikçe, saygıyla, sıcak davran*, iyi davran*, güler yüzle | cue:friendly +2.2 only
tecrübeli*, deneyimliydi, bilgiliydi, işini biliyor*, işinin ehli | cue:knowledge +2 only
küstah*, beceriksiz*, dikkatsiz*, isteksiz*, laubali*, huysuz*, asabi*, patavatsız*, gergin*, soğuk davran*, kötü davran*, kaba davran*, ters davran*, azarla*, bağırdı, bağırdılar, bağırıyor*, bağırarak, terslendi*, umursamıyor*, umursamadı* | cue:friendly -2.3 only
tavır*, tavr*, üslup*, davranış*, davrandı*, davranıyor*, davranan* | cue:friendly only
yavaş yavaş, acele etmeden | none only
pis, pisti, pislik, yetersiz*, başarısız* | -1.8 only
sevimli*, harikulade*, mükemmeldi, kusursuzdu, memnun kaldı* | +2.1 only
önermem, önermiyorum, önermeyiz, önermiyoruz, adımımı atmam, adım atmam, ayak basmam, bir daha uğramam, bir daha uğramayız, bir daha gelmem, bir daha gelmeyiz | -2.5 only
hoşuma gitmedi, hoşumuza gitmedi, hoşa gitmedi, beğenmedi*, beğenmiyor*, beğenmez*, memnun kalmadı, memnun kalmadılar, memnun olmadım, memnun olmadık, memnun değilim, memnun değiliz | -2.3 only
olmuyorlar, olmamış, olmamıştı, olmaz, olmazlar, değildiler, değildik, değilsiniz, etmez, etmezler, etmemiş, etmemişti, etmiyordu, yapmamış, yapmaz, yapmazlar, göstermiyor*, göstermez | negpost only
# "samimi" mekân için de söylenir ("samimi bir ortam"): övgüdür, tek başına hizmet sözcüğü değil ("samimi garson" kalır)
samimi* | +2.1 only

# analyzer84: consonant softening before a vowel suffix ("üslup" → "üslubu", "kabalık" → "kabalığı", "eksiklik" →
# "eksikliği") which a stem on the plain form misses; attention shown ("gösterdikleri ilgi", "ilgi gösterdiler");
# serving in haste ("apar topar", "önümüze attılar"); the waiting verbs of the guest are service even when they wait
# for a dish ("kahve için çok bekledik"), as Russian "ждали" is (`wait`)
üslub*, kabalığ*, saygısızlığ*, umursamazlığ*, terbiyesizliğ* | cue:friendly -2.3 only
eksikliğ* | -1.8 only
gösterdikleri ilgi, gösterilen ilgi, gösterdiği ilgi, ilgi gösterdi*, ilgi gösteriyor*, ilgi gösteren*, ilgi ve alakası, ilgi alakası | cue:friendly +2.2 only
apar topar, önümüze attı*, önümüze atıldı, önümüze fırlattı*, masaya fırlattı*, masaya attı* | cue:friendly -2.3 only
bekledik, çok bekledik, uzun süre bekledik, çok bekletildik, bekledim, bekledikten, beklesek*, beklesem*, beklemek zorunda, beklemek zorunda kaldık, bekletildik, beklettiler, bekletti | cue:speed -1.2 wait only
# the manner of serving: the inflections "kaba" needs as a whole word, glaring and sulking, a warm or cold welcome,
# delays in the past ("gecikti"), an order mixed up
kabalar, kabaca, kabaydılar, ters ters, surat astı*, surat asıyor*, soğuk karşıla*, yüzümüze bakmadı* | cue:friendly -2.3 only
sıcak karşıla*, güler yüzle karşıla*, sıcak bir karşılama, sıcak ilgi | cue:friendly +2.2 only
gecikti*, geç getirdi*, geç getirildi, geç geldiler | cue:speed -1.5 only
siparişi karıştırdı*, siparişimizi karıştırdı*, siparişleri karıştırdı*, yanlış sipariş*, siparişi yanlış | cue:friendly -2 only
# contrast and intensifiers
oysa, halbuki, ne var ki, öte yandan | but only
fazlasıyla, resmen, cidden, hayli, epeyce | boost only
servis edildi, servis edilen*, servis ediliyor, servis edildiği*, servis eden*, servis edebilen, servis ettiler, servis etti | svc:friendly judged only
# the owner in every case ("sahip" softens to "sahibi", "sahibine"; "sahibi" alone is already who serves), and what
# the guest had to do himself ("el kaldırmak zorunda kaldık") blames, as Russian "пришлось" does
sahibine, sahibinin, sahibini, sahipleri, sahiplerine, sahiplerinin, sahiplerini, işletme sahipleri, mekan sahipleri | svc:friendly only
zorunda kaldık, zorunda kaldım, zorunda kalıyorsunuz, zorunda kalıyoruz | -1.5 only
# lateness is a wait, service whatever came late ("yemekler çok geç geldi"); "uzun sürdü" is left out: a meal that
# lasted long is no wait
geç geldi, geç geldiler, geç getirdi*, geç getirildi, gecikti* | cue:speed -1.5 wait only
# analyzer93: "gün" (day) folds to English "gun"
gün | none only
