# Dutch (and Flemish). Hand-written for SupportSignals.
de, het, een, en, van, is, was, in, op, dat, die, met, voor, zijn, er, maar, ook, om, we, wij, ze, zij, ik, je, hij, waren, werd, nog, bij, aan, als, dan, wel, ons, onze, hun, heel, zeer, niet, geen, naar, wat, hebben, heeft, werden, kregen | stop

niet | negboth
geen, nooit, niemand, niets, nergens, zonder, noch | neg
niet alleen, zonder twijfel | none
geen probleem, geen klagen, niets op aan te merken, niks op aan te merken | +2
nooit meer, nooit weer, niet voor herhaling vatbaar, af te raden | -2.5
matig*, middelmatig*, gewoontjes | -1.2
# "niet echt vlot" is a mild no: it reverses what follows, and alone it is lukewarm
niet zo, niet echt, niet bepaald, verre van | neg -1.2

zeer, heel, erg, echt, ontzettend, enorm, bijzonder, uiterst, extreem, zo, nogal, super, supergoed, overdreven, bijzonder | boost
te | boost only
vrij, redelijk, een beetje, beetje, wat, tamelijk, enigszins | damp
maar, echter, daarentegen, behalve | but
jammer, helaas, spijtig | but -1.5
hoewel, ondanks, alhoewel, ofschoon | although
en, alsook, evenals | and
# alternatives after a negator are denied together ("niet opdringerig of onbeleefd")
of | or
de, het, een | det

goed, goede, prima | +1.9
# "oké" en "gemiddeld" zijn lauw: wie het oké vond, prijst noch laakt
oké, oke, ok, okay, gemiddeld, gemiddelde | +0.15 only
uitstekend*, fantastisch*, geweldig*, prachtig*, perfect*, super, voortreffelijk*, subliem*, schitterend*, fenomenaal*, uitmuntend*, toppie, heerlijk*, fabelachtig* | +3.1
beste, best | +2.5
lekker*, aangenaam, aangename, gezellig*, mooi*, fijn*, leuk*, sfeervol*, smakelijk*, netjes, schoon | +2.1
tevreden, blij, dankbaar, bedankt, dank, aanrader, aanraden, aan te raden, aanbevolen, aanbevel*, genoten, genieten, terugkomen, zeker terug, komen terug | +2
slecht, slechte, slechts | -2.5
vreselijk*, verschrikkelijk*, slechtste, waardeloos, waardeloze, schandalig*, belachelijk*, afschuwelijk*, ronduit slecht, onaanvaardbaar, onacceptabel | -3.1
teleurgesteld*, teleurstell*, ontevreden, jammerlijk*, balen, klacht*, klagen, ergerlijk*, ergernis | -2.1
duur, dure, vies, vieze, smerig*, koud, koude, lauw*, rumoerig*, lawaaierig* | -1.4
# het probleem van de klant: naast een woord van oplossen is het wat opgelost werd, geen klacht ("het probleem opgelost")
probleem*, fout*, vergissing* | trouble -1.4

bediening, service | svc:friendly
personeel, ober*, serveerster*, dienster*, gastvrouw*, gastheer, gastheren, uitbater*, eigenaar*, eigenares*, zaakvoerder*, medewerker*, team, receptie, receptionist*, kelner*, sommelier, bedienend personeel, jongedame, jongeman | svc:friendly
klantenservice, klantendienst, klantenondersteuning, ondersteuning, helpdesk, support, supportafdeling, storingsdienst, technieker*, monteur* | svc:resolution
accountmanager*, implementatie, onboarding, training | svc:onboarding
antwoord*, reactietijd | svc:speed
vriendelijk*, supervriendelijk*, sympathiek*, beleefd*, attent*, gastvrij*, gastvrijheid, hartelijk*, klantvriendelijk*, joviaal, joviale, correct*, voorkomend*, charmant*, behulpzaam, behulpzame, zorgzaam*, welkom, verwelkomd, glimlach* | cue:friendly +2.2
onvriendelijk*, onbeleefd*, onbeschoft*, denigrerend*, neerbuigend*, zelfingenomen*, onbeschaamd*, brutaal, brutale, arrogant*, nors*, chagrijnig*, afstandelijk*, ongeïnteresseerd*, ongeinteresseerd* | cue:friendly -2.6
professioneel, professionele, deskundig*, kundig*, vakkundig*, kennis | cue:knowledge +2
onprofessioneel*, onkundig*, amateuristisch* | cue:knowledge -2.6
vlot, vlotte, vlotjes, snel, snelle, efficiënt*, efficient* | cue:speed +1.7
traag, trage, langzaam, langzame, duurt, duurde, geduurd, vertraging* | cue:speed -1.2
wachten, wacht, wachtten, gewacht, wachttijd* | cue:speed -1.2 wait
lang, lange, uur, minuten, kwartier | cat:speed -0.3
vergeten, genegeerd, negeerde*, geweigerd, weigerde* | cue:friendly -2
telefoon, opgediend, serveerde*, afgeruimd | cue:speed
# asking is not an act of serving (English "asked" likewise); "vroeg" is also "early"
vroegen, gevraagd | cue:resolution
vroeg | cat:speed
reservatie*, reservering*, reserveren, gereserveerd, geserveerd | cat:speed
ontvangst, ontvangen, onthaal, bestelling*, opgenomen, fooi, afgerekend, afrekenen, gebracht, bracht, bijgeschonken, uitleg | cue:speed
excuses, verontschuldig* | cue:friendly +0.5
legde uit, uitgelegd, advies, adviseerde*, raadde | cat:knowledge +0.8
geholpen, hielp*, helpen, opgelost, oplossing* | cat:resolution +1.3
reageerde*, beantwoord*, antwoordde* | cat:speed +0.8

eten, gerecht*, maaltijd*, vlees, vis, dessert*, wijn*, bier*, menu, kaart, prijs, prijzen, prijs-kwaliteit, sfeer, interieur, inrichting, terras*, keuken, friet*, soep*, salade*, voorgerecht*, hoofdgerecht*, product*, app, ontbijt, lunch, diner, drankje*, pizza* | asp
bot, botte | cue:friendly -2.6 only

# more review vocabulary
voortreffelijk*, fantastisch*, uitzonderlijk*, onberispelijk*, keurig*, correct, vakkundig*, verzorgd*, prima verzorgd, in de watten, dikke pluim, pluim, een pluim, compliment*, complimenten, aangenaam verrast, zeer aangenaam, echte aanrader, zeker een aanrader, om duimen en vingers af te likken, tip top, tiptop, toppie, uitstekende, heerlijke, knap, knappe, aangename, gemoedelijk*, hartelijk*, spontaan, spontane, goe, goei*, goeie, toffe, tof | +2.3
gehaast, haastig, gejaagd, kortaf, bot, lomp*, ongeduldig*, onverschillig*, ongeinteresseerd*, ongeïnteresseerd*, arrogantie, onbeleefdheid, uitgelachen, toegeschreeuwd, geschreeuwd, snauw*, afgesnauwd, schande, schandalig*, onprofessioneel*, onproffesioneel*, chaotisch*, chaos, verwaand*, zelfingenomen*, onhandig*, amateuristisch*, onkunde, ongemanierd* | cue:friendly -2.4
teleurstellend*, spijtig*, jammer, zielig*, triest*, treurig*, bedroevend*, vervelend*, ergerlijk*, storend*, pijnlijk*, onaanvaardbaar*, ongehoord*, beschamend*, belachelijk*, ondermaats*, ondermaatse, zwak, zwakke, magertjes, matig, matige, povere, pover, armzalig* | -2.2
lang wachten, lange wachttijd, eeuwig*, eeuwen, een eeuwigheid, uren, pas na, veel te lang, te lang, lang op zich laten wachten | cue:speed -1.8
vergeten, vergat*, genegeerd, over het hoofd gezien, over ons heen gekeken, geen aandacht, geen oog voor | cue:friendly -2
moeite, de moeite, alle moeite, veel moeite, extra moeite | cat:friendly +1.2
geen manieren, slechte manieren, zonder manieren, kwakken, kwakte*, gekwakt, handen te kort, te weinig personeel, onderbezet*, ver te zoeken, nergens te bekennen, kijkt je niet aan, keek ons niet aan, keken ons niet aan, weggelopen, liep weg, liepen weg, zeuren, gezeur, grote mond, brutaal antwoord, arrogant*, onvriendelijkheid, onbehulpzaam*, ongeduld*, afwachtend*, geïrriteerd*, geirriteerd*, geërgerd*, chagrijn* | cue:friendly -2.3
in de watten gelegd, in de watten, pluim voor, dikke pluim, complimenten aan, top bediening, topbediening, vriendelijkheid, vriendelijkheid zelve, gastvrijheid zelve, met de glimlach, met een glimlach, met veel zorg, zorgzaam*, behulpzaamheid, klantgericht*, servicegericht*, attentheid | cue:friendly +2.3

# tijdseenheden: met een groot genoeg getal een wachttijd (WaitingTime)
minuut, minuten, min | dur
uur, uren | dur:60
binnen, in minder dan, binnen de | within
lopen, loopafstand, wandelen, rijden, met de auto, met de fiets, fietsen, met de trein, met de tram, met de metro, met de bus | far
halfuur, half uur, een half uur, een uur, ruim een uur, meer dan een uur, eindelijk, namen hun tijd, lang duren, lang op zich | cue:speed -1.6

# een wens naar wat ontbrak: ontkent de rest van de zin
had ik maar, hadden we maar, was het maar, ik had graag, we hadden graag, had liever | wish

# meer bedieningswoorden: wie bedient, en of men bediend werd
zaalbediende*, zaalpersoneel, zaalverantwoordelijke*, personeelsle*, personeels leden, opdienster*, diensters, baas, bazin, patron, patronne | svc:friendly
bediend, bedienen, bedient, bediende | cue:speed
doen hun best, deden hun best, doet haar best, doet zijn best, deed haar best, deed zijn best, slooft zich uit, sloven zich uit, sloofden zich uit | cue:friendly +1.8
minpunt, minpuntje, minpunten, enige minpunt, enig minpunt, enige nadeel | but -1.5
# een snelle hap gaat over het soort zaak, niet over de bediening; onvergetelijk is lof voor het bezoek
snelle hap, snel hapje, snelle lunch, snelle maaltijd, snel iets eten, snel iets drinken, kunnen niet wachten, kon niet wachten | none
om nooit te vergeten, nooit meer te vergeten, nooit vergeten, onvergetelijk* | +2.5

# lof die de bediening noemt zonder bijvoeglijk naamwoord
pluspunt, pluspuntje, pluspunten, enig pluspunt, op niveau, op peil, proficiat, maakt het verschil, maken het verschil, met passie, met veel passie, gepassioneerd* | +1.8

# wat beter had gekund: een vergrotende trap met kunnen of mogen is een klacht ("zou soms sneller kunnen")
kan beter, kon beter, mag beter, mocht beter, kan nog beter, kon nog beter, had beter gekund, had beter gemogen, zou beter kunnen, beter kunnen | -1.5
sneller kunnen, vlotter kunnen, sneller mogen, vlotter mogen, sneller gekund, vlotter gekund | cue:speed -1.5
vriendelijker kunnen, vriendelijker mogen, vriendelijker gekund, attenter kunnen | cue:friendly -1.5
mag op z'n minst, mag op zijn minst, mogen op z'n minst, mogen op zijn minst, had mogen, hadden mogen, had wel mogen | wish

# de gast die de naam van de ober vergeet, spreekt over zichzelf
naam vergeten, haar naam vergeten, zijn naam vergeten, de naam vergeten, naam niet onthouden, weet de naam niet, weet haar naam niet, weet zijn naam niet, naam ben ik vergeten, helaas vergeten | none

# "correct" van een prijs is een eerlijke prijs; "eindelijk eens" verwelkomt iets, het wacht niet; "een avond
# beleefd" is beleven, niet beleefd zijn; "manieren" zonder oordeel zijn werkwijzen ("op verschillende manieren")
correcte prijs, correcte prijzen, correct geprijsd, correcte prijs-kwaliteit, correcte prijs-kwaliteitsverhouding | +1.5 asp
eindelijk eens, eindelijk weer eens, eindelijk nog eens | +1
avond beleefd, avondje beleefd, middag beleefd, namiddag beleefd, dag beleefd, moment beleefd, momenten beleefd, ervaring beleefd | +1

# de gast inlichten is het werk van de bediening: "niet gemeld", "pas verwittigd" klagen over de service
gemeld, meldde, meldden, melden, meldt, verwittigd, verwittigde, verwittigden, verwittigen, meegedeeld, medegedeeld | cue:resolution
# wie bedient, en wat men de bediening toestopt
dienstverlening, garçon, garcon, personeelslid | svc:friendly
drinkgeld | cue:speed
# soepel met wensen omgaan, aandacht schenken; "geen moeite te veel" is lof, geen ontkende moeite
flexibel, flexibele, flexibiliteit, soepel, soepele | cue:resolution +1.8
persoonlijke aandacht, veel aandacht, aandachtig, aandachtige | cue:friendly +1.5
aandacht | cue:friendly
geen moeite te veel, niets was te veel moeite, niets is te veel moeite, niets te veel moeite, niks te veel moeite | cue:friendly +2.3
# iets aansmeren (opdringen) of doodleuk doen zegt iets over wie bedient
aan te smeren, aansmeren, aangesmeerd, smeerde ons, smeerden ons | cue:friendly -2
doodleuk, doodgemoedereerd | cue:friendly -1.5
# "mooi gebracht" is de presentatie van het bord, niet de bediening
mooi gebracht, leuk gebracht, origineel gebracht, creatief gebracht, verzorgd gebracht, lekker gebracht, mooi gepresenteerd, leuk gepresenteerd, verzorgd gepresenteerd | +2 asp

# een zin die met een voorwaarde opent ("als je de ober iets vraagt, …") geeft raad of stelt iets voor, het is
# geen belevenis van de bediening; "als" met een zelfstandig naamwoord is "als aperitief", geen voorwaarde
als je, als jij, als u, als men, als de, als het, als er, als we, als wij, als ze, als zij, als ik, als hij, indien | if only

# algemene oordeelwoorden die nog ontbraken
positief, positieve | +1.8 only
negatief, negatieve | -1.8 only
ramp, rampzalig*, dramatisch*, onvergeeflijk* | -2.8 only
irritant*, slordig* | -1.8 only
grappig*, humor, enthousiast*, enthousiasme, lief, lieve | +1.8 only
stress | -1.2 only
# hoe wie bedient zich opstelt, en hoe snel
hulpvaardig*, geduldig* | cue:friendly +2.2 only
onattent*, onoplettend*, nonchalant*, stug, stugge, kil, kille, ijzig*, gestrest* | cue:friendly -2 only
onderbemand*, onderbezetting | cue:friendly -2 only
traagheid | cue:speed -1.8 only
excuus, sorry | cue:friendly +0.5 only

# wie lang blijft zitten of natafelt, spreekt over de eigen tijd, niet over een wachttijd
lang blijven zitten, lang blijft zitten, lang bleef zitten, lang bleven zitten, lang zijn blijven zitten, te lang blijven zitten, te lang blijft zitten, te lang bleef zitten, te lang bleven zitten, lang natafelen, lang nagetafeld, uren natafelen, uren blijven zitten, uren bleven zitten | none only

# een vergrotende trap die na een modaal werkwoord ontkend wordt, is de hoogste lof ("kon niet beter", "had niet
# vriendelijker kunnen zijn")
kan, kon, konden, kunnen, had, hadden | modal only
meer | more only
beter | +1.5 only

# communicatie met de gast is het werk van de bediening; gedrevenheid en tevredenheid zijn lof
communicatie, communiceren, communiceerde, communiceerden, gecommuniceerd | cue:resolution only
gedreven*, gedrevenheid, tevredenheid | +1.8 only

# "dan durven ze nog …", "had het lef": verontwaardiging over wat het personeel deed
durven ze, durfden ze, durfde ze, durft ze, durft men, durfde men, durft hij, durfde hij, durft zij, durfde zij, hebben het lef, had het lef, hadden het lef, heeft het lef | cue:friendly -2 only
# an English word too ("rap music"): lent to English text it read as quick service
rap | cue:speed +1.7 only
# an English word too ("to top it off", "the top floor"), which VADER gives no sentiment
top | +3.1 only

# a problem left unsolved is the support's failure even when no one is named; wrong information is its competence
nooit opgelost, niet opgelost, nog steeds niet opgelost, nog altijd niet opgelost, onopgelost | cue:resolution -2
verkeerde informatie, foute informatie, onjuiste informatie, verkeerd antwoord, fout antwoord, verkeerd geïnformeerd, verkeerd geadviseerd | cat:knowledge -2

# analyzer71: de woordklassen van de bediening volledig gemaakt. Wie bedient (met meervouden die de stam mist:
# "eigenaren" is geen "eigenaar…"), hoe men bedient (lof en blaam met hun verbuigingen), de kennis van wie bedient,
# de snelheid als zelfstandig naamwoord, en ontkenning door gemis ("gebrek aan", "ontbreekt", "mist")
barman, barmannen, barvrouw*, barkeeper*, barpersoneel, kassier*, kassière*, kassiere*, hostess*, manager*, bedrijfsleider*, zaalchef*, medewerkster*, eigenaren, bazen, gastvrouwen | svc:friendly only
oplettend*, alert, alerte, discreet, discrete, innemend*, warm onthaal, warme ontvangst, warm ontvangen, hartelijk ontvangen, vriendelijk ontvangen, correct behandeld, goed verzorgd | cue:friendly +2.2 only
competent*, vakbekwaam*, bekwaam, bekwame, ervaren personeel, goed opgeleid*, goed geïnformeerd, goed geinformeerd | cue:knowledge +2 only
incompetent*, onbekwaam*, onervaren*, slecht opgeleid*, onwetend*, geen verstand van, geen idee van | cue:knowledge -2.4 only
trager, traagst*, langzamer, slecht georganiseerd, ongeorganiseerd*, desorganisatie, wanorde, wanordelijk* | cue:speed -1.6 only
onbehouwen, respectloos, respectloze, opdringerig*, vergeetachtig*, koeltjes, lusteloos, lusteloze, ongemotiveerd*, humeurig*, bazig*, betuttelend*, hooghartig*, uit de hoogte, snauwerig*, onbehoorlijk* | cue:friendly -2.3 only
niks, allerminst, nauwelijks, amper | neg only
gebrek aan, tekort aan, een gebrek aan, zonder enige | neg -1 only
ontbreekt, ontbrak, ontbraken, ontbreken, mist, miste, misten, liet te wensen over, laat te wensen over, laten te wensen over, lieten te wensen over | negboth -1 only
in orde, dik in orde, helemaal in orde, klasse, smaakvol*, verrukkelijk* | +2 only
miserabel*, erbarmelijk*, belabberd*, beroerd*, knudde, abominabel*, om te huilen, beneden alle peil, onder de maat | -2.6 only

# analyzer81: de grammatica van de bediening, per soort. Het wachten met zijn bijwoord over de werkwoordelijke eindgroep
# heen ("niet lang hoeven wachten", "lang moeten wachten") is één klacht, die een ontkenning tot lof omkeert
lang te wachten, lang moeten wachten, lang moesten wachten, lang hoeven wachten, lang hoeven te wachten, lang hebben moeten wachten, lang gewacht, lang zitten wachten, lang zaten te wachten, lang laten wachten, lang liet wachten, lang lieten wachten, lang wachtten | cue:speed -1.8 wait only
# "allesbehalve vriendelijk" ontkent wat volgt; los "alles behalve de bediening" blijft een uitzondering
allesbehalve, was alles behalve, is alles behalve, waren alles behalve, zijn alles behalve | neg only
# lof door een ontkende vergelijking: niemand doet het beter
ongeëvenaard*, ongeevenaard*, weergaloos, weergaloze, onovertroffen, zonder weerga, niet te overtreffen, niet te evenaren | +2.6 only
# "weinig vriendelijk" ontkent de lof zoals "peu aimable"; het Vlaamse "een weinig" is "een beetje"
weinig | neg only
een weinig | damp only
# de moeite of de tijd nemen voor de gast is lof (ontkend een klacht); "namen hun tijd" blijft traagheid
nam de moeite, namen de moeite, neemt de moeite, nemen de moeite, de moeite genomen, de moeite nam, de moeite namen, de moeite neemt | cue:friendly +1.5 only
nam niet de moeite, namen niet de moeite, neemt niet de moeite, nemen niet de moeite, nam niet eens de moeite, namen niet eens de moeite, nam zelfs niet de moeite, namen zelfs niet de moeite | cue:friendly -2 only
nam de tijd, namen de tijd, neemt de tijd, nemen de tijd, nam rustig de tijd, namen rustig de tijd, neemt rustig de tijd, nemen rustig de tijd, nam uitgebreid de tijd, neemt uitgebreid de tijd, de tijd genomen, tijd voor ons | cue:friendly +1.8 only
# het te druk hebben om de gast te helpen
had het te druk, hadden het te druk, heeft het te druk, hebben het te druk, had het veel te druk, hadden het veel te druk, heeft het veel te druk, hebben het veel te druk | cue:speed -2.2 only
# niets doen met een klacht; straal voorbijlopen (scheidbaar werkwoord) negeert de gast; niemand te bekennen
deed niets, deden niets, deed niks, deden niks, deed er niets aan, deden er niets aan, deed er niets mee, deden er niets mee, deed er niks aan, deden er niks aan, niets aan gedaan, niks aan gedaan, niets mee gedaan | cue:resolution -2 only
straal voorbij, liep ons voorbij, liepen ons voorbij, loopt ons voorbij, lopen ons voorbij, niemand te bekennen, niemand te zien | cue:friendly -2 only
# een ontkend nalaten ontkent niets: "niet nalaten de bediening te vermelden" prijst haar
niet nalaten, niet na laten, niet onvermeld laten, niet onvermeld, niet ongenoemd | none only
# wat beter moet
voor verbetering vatbaar, moet beter, moet dringend beter, moet nog beter, kan veel beter | -1.5 only
# wie bedient, met de vrouwelijke vormen die de stam mist ("uitbaatster" is geen "uitbater…")
uitbaatster*, zaakvoerster*, waardin*, bedienster* | svc:friendly only
# hoe men bedient: hoffelijk en allervriendelijkst ("verwend worden" gaat even vaak over het eten)
hoffelijk*, allervriendelijkst*, goedlachs* | cue:friendly +2.2 only
grof, grove, onheus*, kribbig*, onbeholpen*, schofterig* | cue:friendly -2.3 only
vlug, vlugge, vlugger | cue:speed +1.7 only
sloom, slome, slakkengang*, tergend traag, tergend langzaam | cue:speed -1.8 only
wachtte, wachtend, stonden te wachten, zaten te wachten, zat te wachten | cue:speed -1.2 wait only
# het begroeten en bedanken van de gast: gedaan een lof, ontkend ("geen goeiedag") een klacht; niet de infinitief, die
# meestal een doel noemt ("nam niet de moeite om ons te begroeten") dat het hoofdwerkwoord beoordeelt
begroet, begroette, begroetten, begroeting, groet, groette, groetten, goeiedag, goedendag, goedenavond, dankjewel, dankuwel, bedankje | cue:friendly +1 only
# zelf iets moeten vragen of halen, of meermaals: de bediening liet het na
meermaals vragen, meermaals gevraagd, herhaaldelijk vragen, herhaaldelijk gevraagd, nogmaals vragen, opnieuw vragen, twee keer vragen, drie keer vragen, twee keer gevraagd, drie keer gevraagd, verschillende keren vragen, verschillende keren gevraagd, zelf vragen, zelf gaan vragen, zelf gaan halen, zelf halen, er zelf om vragen, zelf om vragen | cue:speed -1.8 only
# tegenstelling en toegeving die nog ontbraken; "zij het" (al is het) weegt half
nochtans, evenwel, niettemin, desondanks, anderzijds | but only
zij het | although only
# versterkers en verzwakkers
hartstikke, reuze, uitermate, buitengewoon, behoorlijk, waanzinnig, ongelooflijk, mega | boost only
ietwat, ietsje, lichtjes | damp only
geenszins, evenmin | neg only
# wie de zaak bezit of leidt, vertelt vaak enkel het verhaal van de zaak ("de eigenaar doet de zaal", "de uitbater
# kookt zelf"): een vermelding alleen wanneer het oordeel hem geldt (`judged`, zoals het Engelse "owner")
eigenaar*, eigenares*, eigenaren, uitbater*, uitbaatster*, zaakvoerder*, zaakvoerster*, baas, bazin, bazen, patron, patronne, manager*, bedrijfsleider* | judged
# een verkleinde tijdseenheid ("na een kwartiertje", "in een uurtje") vertelt hoe lang de bediening duurde zonder te
# klagen of te loven: lauw, zoals "oké"
minuutje, minuutjes, kwartiertje, uurtje, halfuurtje | cue:speed +0.15 only
# scheidbare werkwoorden van het bedienen: in de hoofdzin staat de stam los van zijn partikel ("schonk de wijn bij",
# "ruimde de tafel af", "kwam nooit meer langs"), elk een daad van wie bedient
schonk, schonken, schenkt, inschenken, bijschenken, ingeschonken, ruimde, ruimden, afruimen, afgeruimd, kwam langs, kwamen langs, komt langs, langskomen, nam op, namen op | cue:speed only
# lof en blaam als uitdrukking: "niets dan lof" (een ontkenning die prijst), het laten afweten, van het kastje naar de
# muur, altijd klaarstaan voor de gast; morsen
lof, alle lof, speciale vermelding | +2 only
niets dan lof, niks dan lof, alleen maar lof, enkel lof | +2.5 only
liet het afweten, lieten het afweten, laat het afweten, laten het afweten, het laten afweten | -2.2 only
van het kastje naar de muur | cue:resolution -2 only
stond klaar voor, stonden klaar voor, staat klaar voor, staan klaar voor, stond altijd klaar, stonden altijd klaar, staat altijd klaar, staan altijd klaar | cue:friendly +1.8 only
morste, morsten, gemorst, morsen | -1.5 only
# wie bedient, genoemd door de daad ("het meisje dat ons bediende"): personeel wanneer geoordeeld (`judged`); voor de
# gast zorgen is aandacht
dat ons bediende, die ons bediende, dat ons hielp, die ons hielp, die ons ontving, dat ons ontving, die ons bediend heeft, dat ons bediend heeft | svc:friendly judged only
zorgde voor ons, zorgden voor ons, zorgt voor ons, zorgen voor ons, voor ons gezorgd, zorgde goed voor ons, zorgden goed voor ons, goed voor ons gezorgd | cue:friendly only
# "uitgezonderd" sluit uit zoals "behalve"
uitgezonderd | but only

# analyzer90: gewone Nederlandse woorden die een ander lexicon zonder `only` definieert, en die een Nederlandse tekst
# dus in hun vreemde betekenis las: "ruim" (Portugees "ruim", slecht; hier ruim bemeten, "ruim voldoende"), "kind"
# (Engels "kind", vriendelijk), "bon" (Frans "bon", goed; hier de kassabon), "hard" (Engels "hard", moeilijk; hier
# "hard werken"), "ma" (Portugees "má"; hier moeder), "ijs", "lente" (de stam "lent…", traag, van het Frans en Spaans;
# hier het seizoen), "netto" (de Duitse stam "nett…", vriendelijk), "glad" (Engels "glad", blij; hier glibberig), "u"
# (Spaans "of")
ruim, kind, bon, hard, ma, ijs, lente, netto, glad, gladde, u | none only
# analyzer90: uitleg die gegeven werd is het werk van wie bedient ("werd duidelijk uitgelegd"); de telefoon niet
# opnemen; de tijd die de bediening voor zichzelf neemt is traagheid ("namen ze wel erg hun tijd")
werd uitgelegd, werden uitgelegd, duidelijk uitgelegd, goed uitgelegd, uitgebreid uitgelegd, legde duidelijk uit, legde uitgebreid uit, legden duidelijk uit | cue:knowledge +1.8 only
nam niet op, namen niet op, neemt niet op, nemen niet op, nam nooit op, namen nooit op, nam de telefoon niet op, namen de telefoon niet op, neemt de telefoon niet op, nemen de telefoon niet op | cue:availability -2 only
nemen hun tijd, neemt zijn tijd, nam zijn tijd, neemt haar tijd, nam haar tijd, hun tijd namen, hun tijd nemen, erg hun tijd, erg zijn tijd, erg haar tijd | cue:speed -1.6 only
# een bijwoord in de uitdrukking ("laat veel te wensen over"); er alles aan doen voor de gast
laat veel te wensen over, liet veel te wensen over, laten veel te wensen over, lieten veel te wensen over, laat heel wat te wensen over, liet heel wat te wensen over | negboth -1.5 only
deed er alles aan, deden er alles aan, doet er alles aan, doen er alles aan, alles aan gedaan, alles voor ons gedaan, deed alles voor ons, deden alles voor ons | cue:friendly +2 only

# analyzer93: "bad" is the bath (not English "bad"); "schade" is damage, bad but no contrast (German "schade", pity,
# opens one)
bad | none only
schade | -1.5 only
