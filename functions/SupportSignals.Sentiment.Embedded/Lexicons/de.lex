# German. Hand-written for SupportSignals.
der, die, das, und, ist, war, ein, eine, mit, sehr, für, auf, es, ich, wir, sie, zu, den, dem, im, auch, aber, sich, wie, man, uns, hat, haben, waren, wurde, wurden, nicht, kein, keine, nach, bei, von | stop

nicht | negboth
kein*, nie, niemals, niemand, nichts, ohne, keinerlei | neg
nicht nur, ohne zweifel | none
kein problem, keine probleme, nichts auszusetzen | +2
nie wieder, nie mehr, finger weg | -2.5
mittelmäßig* | -1.2

sehr, wirklich, echt, total, extrem, äußerst, besonders, absolut, unglaublich, voll, richtig, so, zu, überaus, super | boost
ziemlich, etwas, eher, relativ, leicht | damp
aber, jedoch, allerdings, trotzdem, dennoch, sondern, außer | but
leider, schade | but -1.5
obwohl, trotz, wenngleich, obgleich | although
und, sowie | and
# alternatives after a negator are denied together ("nie aufdringlich oder unhöflich")
oder | or
der, die, das, den, dem, ein, eine, einen, einem | det

gut, gute, guter, gutes, guten | +1.9 only
toll*, super, klasse, hervorragend*, ausgezeichnet*, perfekt*, wunderbar*, großartig*, fantastisch*, exzellent*, spitze, erstklassig*, sensationell* | +3.1
beste, besten, bester, besser | +2.3
prima, lecker*, köstlich*, angenehm*, gemütlich*, sauber*, empfehlenswert | +2.1
empfehl*, zufrieden*, begeistert*, danke, dank, dankbar, gerne wieder, kommen wieder, komme wieder | +2
schlecht*, mies*, miserabel* | -2.5
schrecklich*, furchtbar*, katastroph*, grauenhaft*, unmöglich*, unverschämtheit, frechheit, skandal*, peinlich* | -3.1
enttäusch*, unzufrieden*, ärgerlich*, genervt, ärger*, beschwerde*, reklamation* | -2.1
teuer*, schmutzig*, dreckig*, kalt, laut | -1.4
# das Problem des Kunden: neben einem Wort des Lösens ist es das Gelöste, keine Klage („das Problem gelöst“)
problem*, fehler* | trouble -1.4

service, bedienung*, personal | svc:friendly only
kellner*, mitarbeiter*, angestellte*, inhaber*, wirt, wirtin, wirte, gastgeber*, empfang, rezeption, team, servicekraft, servicekräfte, servicepersonal | svc:friendly
kundenservice, kundendienst, kundenbetreuung, support, hotline, ansprechpartner*, berater*, techniker*, servicemitarbeiter* | svc:resolution
kundenbetreuer*, einarbeitung, einrichtung des kontos, schulung*, onboarding | svc:onboarding
antwort*, rückmeldung*, reaktionszeit | svc:speed
freundlich*, höflich*, nett*, zuvorkommend*, aufmerksam*, herzlich*, gastfreundlich*, charmant*, sympathisch*, hilfsbereit*, hilfreich*, lächeln* | cue:friendly +2.2
unfreundlich*, unhöflich*, unverschämt*, frech*, arrogant*, herablassend*, mürrisch*, genervt*, respektlos* | cue:friendly -2.6
kompetent*, professionell*, fachkundig*, sachkundig*, kompetenz | cue:knowledge +2
inkompetent*, unprofessionell*, ahnungslos* | cue:knowledge -2.6
schnell*, zügig*, flott*, prompt*, sofort | cue:speed +1.7
langsam*, warten, wartezeit*, gewartet, wartet, ewig*, verspät* | cue:speed -1.2
# eine Antwort des Supports, die nicht kommt
warte immer noch, warten immer noch, immer noch keine antwort, bis heute keine antwort, keine antwort, nie geantwortet, nie zurückgemeldet | cue:speed -1.8
lange, minuten, stunde*, dauerte, gedauert | cat:speed -0.3
vergessen, ignoriert | cue:friendly -2
begrüß*, empfangen, trinkgeld, bestellung*, rechnung, gebracht | cue:speed
entschuldig* | cue:friendly +0.5
beraten, beratung, empfahl, empfohlen | cat:knowledge +0.8
geholfen, hilfe, helfen, lösung* | cat:resolution +1.3
# a solved problem is praise that outweighs the problem named beside it, however many words between
gelöst, behoben, repariert, erledigt, geregelt | cat:resolution +2 only
antwortete*, beantwortet*, reagiert* | cat:speed +0.8

essen, speise*, gericht*, fleisch, fisch, nachtisch, wein*, bier*, getränk*, karte, speisekarte, preis*, ambiente, atmosphäre, zimmer, frühstück, produkt*, app, software, funktion*, pizza* | asp
# an English word too ("to top it off", "the top floor"), which VADER gives no sentiment
top | +3.1 only

# support that cannot be reached (channels), and answers that never come, as written in support feedback
nicht erreichbar, unerreichbar, nie erreichbar, kaum erreichbar, keine möglichkeit den support zu erreichen, kein telefonischer support | cue:availability -2.2
antwortet nie, antworten nie, antwortete nie, antworteten nie, reagiert nie, reagieren nie | cue:speed -1.8

# a problem left unsolved is the support's failure even when no one is named; wrong information is its competence
nie gelöst, nicht gelöst, immer noch nicht gelöst, noch immer nicht gelöst, ungelöst, nie behoben, nicht behoben, immer noch nicht behoben, nie erledigt | cue:resolution -2
falsche informationen, falsche information, falsche auskunft, falsche auskünfte, falsch informiert, falsch beraten, falsche antwort, falsche antworten | cat:knowledge -2

# German by word classes (analyzer91); every key `only`, so no other language borrows it.
# who serves in shops, salons, hotels, bars and restaurants: German joins the trade before the role ("Hotelpersonal"),
# so the compounds are keys of their own, and the stems reach the feminine and plural endings
friseur*, frisör*, friseuse*, coiffeur*, stylist*, barbier*, kosmetiker*, nageldesigner*, masseur*, masseurin*, visagist* | svc:friendly only
verkäufer*, fachverkäufer*, verkaufsberater*, verkaufspersonal, kassierer*, kassenpersonal, filialleiter*, marktleiter*, ladeninhaber*, besitzer*, geschäftsführer*, chef, chefin, chefs | svc:friendly only
rezeptionist*, empfangsdame*, empfangsmitarbeiter*, empfangspersonal, portier*, concierge*, zimmermädchen, reinigungskraft, reinigungskräfte, reinigungspersonal, housekeeping, hotelpersonal, hotelmitarbeiter*, hotelteam, pagen | svc:friendly only
barkeeper*, barmann, barmänner, barpersonal, barista*, oberkellner*, restaurantleiter*, restaurantpersonal, servicepersonal, servicekräfte, servicekraft, serviceteam, servicemitarbeiterin*, aushilfe*, sommelier*, wirtsleute, gastgeberin*, betreiber*, personals | svc:friendly only
die dame am empfang, die dame an der rezeption, die dame an der kasse, der herr an der kasse, die dame am schalter, der herr am schalter, die dame am telefon, der herr am telefon, die frau am telefon, der mann am telefon, die dame an der hotline, die dame von der hotline, der herr von der hotline | svc:friendly only
# who delivers and who comes to the house
paketbote*, paketbotin*, postbote*, postbotin*, zusteller*, kurier*, kurierfahrer*, lieferfahrer*, fahrer, fahrerin, fahrerinnen, fahrern, bote, botin, boten, handwerker*, monteur*, installateur*, elektriker*, klempner*, sanitärinstallateur*, heizungsbauer*, servicetechniker*, mechaniker*, tischler*, schreiner*, dachdecker*, fliesenleger*, maler, malerin, malerinnen, umzugshelfer*, möbelpacker*, packer, gärtner | svc:friendly only
# who treats people and animals, and who helps at the practice's desk
arzt, ärztin, ärzte, ärztinnen, arzthelfer*, sprechstundenhilfe*, praxisteam, praxispersonal, praxismitarbeiter*, tierarzt, tierärztin, tierärzte, tierarzthelfer*, tiermedizinische fachangestellte, medizinische fachangestellte, zahnarzt, zahnärztin, zahnarzthelfer*, krankenschwester*, pfleger*, pflegekräfte, pflegekraft, pflegepersonal, physiotherapeut*, therapeut*, hebamme | svc:friendly only
# who handles the case: insurers, banks, telecoms, call centres
sachbearbeiter*, schadensachbearbeiter*, schadenregulierer*, schadenbearbeiter*, fallbearbeiter*, bearbeiter*, kundenberater*, bankberater*, finanzberater*, versicherungsberater*, anlageberater*, versicherungsvertreter*, vertreter, vertreterin, kundenservicemitarbeiter*, supportmitarbeiter*, callcenter*, call center, callcentermitarbeiter*, supportteam, kundenserviceteam, servicehotline, kundenhotline, servicecenter, servicedesk, helpdesk, help desk, störungsstelle, störungshotline, agent, agentin, agenten, agentinnen, betreuer*, servicestelle | svc:resolution only
# a colleague is the service's only as theirs ("die Kollegin von der Hotline"); the customer's own are in the next line
ihr kollege, ihre kollegin, ihre kollegen, der kollege von, die kollegin von, die kollegen von, ein kollege von, eine kollegin von, der kollege am telefon, die kollegin am telefon, der kollege vom support, die kollegin vom support, die kollegen vom support, der kollege vom kundenservice, die kollegin vom kundenservice, die kollegen vom kundenservice | svc:resolution only
# the customer's own people are not the service ("unser Team", "meine Kollegen"); the vendor's adviser assigned to the customer still is
unser team, unserem team, unseres teams, unser eigenes team, unserem eigenen team, unsere mitarbeiter, unseren mitarbeitern, unserer mitarbeiter, unsere eigenen mitarbeiter, unsere mitarbeiterin, unser mitarbeiter, unsere angestellten, unser personal, unsere leute, unsere kollegen, unseren kollegen, mein kollege, meine kollegin, meine kollegen, meinen kollegen, meiner kollegin, meinem kollegen, unsere it, unserer it, unsere it abteilung, unserer it abteilung, unser it team, unsere techniker, unser admin, unsere admins, unser chef, mein chef, meine chefin, ich hatte keine ahnung, wir hatten keine ahnung | none only
# product meanings of service words: a charge, an internet or streaming service
servicegebühr*, servicepauschale*, servicezuschlag*, bedienungszuschlag*, bedienungsgeld, internetdienst*, streamingdienst*, der dienst, den dienst | none only

# a lukewarm verdict is neutral, neither praise nor blame ("in Ordnung, nichts Besonderes")
okay, ok, in ordnung, ganz okay, ganz ok, ganz in ordnung, nichts besonderes, nichts besondres, nichts außergewöhnliches, nichts aufregendes, nichts weltbewegendes, nichts überragendes, mehr nicht, mehr aber auch nicht, nicht mehr und nicht weniger, weder gut noch schlecht, naja, na ja, geht so, durchschnitt, durchschnittlich*, akzeptabel*, passabel*, solide, unauffällig*, im rahmen, wie erwartet, wie zu erwarten, standard | none only

# praise of manner and care, the forms the stems miss
geduldig*, engagiert*, bemüht*, liebenswürdig*, entgegenkommend*, verständnisvoll*, kundenorientiert*, serviceorientiert*, lösungsorientiert*, kulant*, supernett*, superfreundlich*, total nett, sich zeit genommen, sich viel zeit genommen, nahm sich zeit, nahmen sich zeit, nimmt sich zeit, nehmen sich zeit, mit einem lächeln, immer zur stelle, stets zur stelle, ein lächeln auf den lippen | cue:friendly +2.2 only
pünktlich*, zuverlässig*, gründlich*, sorgfältig*, liebevoll*, einwandfrei*, tadellos*, vorbildlich*, souverän*, organisiert, unkompliziert*, reibungslos*, witzig, lustig, mega, spitzenklasse, erste sahne, fünf sterne, 5 sterne, jeden cent wert, jederzeit wieder, immer wieder gerne, weiterempfehl*, großes lob, ein lob, lob an, dickes lob, kompliment*, daumen hoch, vielen dank, herzlichen dank, tausend dank | +2.2 only
# "schön" folds to "schon" (already), so only its inflected forms praise ("ich warte schon seit Wochen" is no praise)
schöne, schönen, schöner, schönes, schönem, schönste*, wunderschön* | +2.1 only
# blame of manner, the forms "un-" and the slang the stems miss
unaufmerksam*, ungeduldig*, unzuverlässig*, desinteressiert*, gleichgültig*, lustlos*, gelangweilt*, patzig*, pampig*, schnippisch*, angeschnauzt, angeblafft, angemotzt, angepampt, angeschrien, ausgelacht, belogen, angelogen, abgewimmelt, vertröstet, abgespeist, links liegen gelassen, nicht mal entschuldigt, nicht einmal entschuldigt, keine entschuldigung, ohne entschuldigung, ohne sich zu entschuldigen, nicht mal gegrüßt, nicht einmal gegrüßt, kein gruß, keine begrüßung | cue:friendly -2.4 only
überfordert*, planlos*, keine ahnung, null ahnung, hatte keine ahnung, hatten keine ahnung, hat keine ahnung, haben keine ahnung, wusste nicht bescheid, wussten nicht bescheid, kennt sich nicht aus, kannte sich nicht aus | cue:knowledge -2.4 only
unorganisiert*, chaotisch*, hektisch*, zu spät, kam nicht, kamen nicht, verloren, geworfen, geschmissen, behauptet*, nicht geklingelt, ohne zu klingeln, nicht gemacht, nicht gereinigt, nicht geputzt, nicht aufgeräumt, abgezockt, nur halb, halbherzig*, pfusch*, gepfuscht, schlampig*, schlamperei, standen nur rum, stand nur rum, rumgestanden, gequatscht, quatschten, tratschten | -1.6 only
weiterverbunden, weitergereicht, hin und her verbunden | cue:resolution -1.2 only
# waiting, callbacks and silence told without naming anyone
warte, wartete, warteten, warte seit, warten seit, warte noch, warteschleife*, in der warteschlange, hingehalten | cue:speed -1.5 only
nie zurückgerufen, nicht zurückgerufen, niemand hat zurückgerufen, keiner hat zurückgerufen, niemand zurückgerufen, ruft nie zurück, rufen nie zurück, kein rückruf, keinen rückruf, nie einen rückruf, nie ein rückruf, rückruf kam nie, der rückruf kam nie, hat sich nie gemeldet, haben sich nie gemeldet, hat sich nicht gemeldet, haben sich nicht gemeldet, meldet sich nie, melden sich nie, niemand meldet sich, keiner meldet sich, niemand hat sich gemeldet, keiner hat sich gemeldet, bis heute nichts gehört, nie wieder etwas gehört, nichts mehr gehört, nicht erschienen, nie erschienen, nicht aufgetaucht, nie aufgetaucht, ließ sich nicht blicken, niemand kam, keiner kam, niemand ging ran, keiner ging ran, niemand geht ran, keiner geht ran, niemand nimmt ab, keiner nimmt ab | cue:speed -2 only
zurückgerufen, zurückrufen, rückruf*, gemeldet | cue:speed +0.3 only
# an act told without a verdict is neutral ("hat mir die Tarife erklärt")
erklärt*, erklärte* | cat:knowledge only
# "ohne" denies the trouble, which is praise ("ohne Murren umgetauscht"); an answer that keeps the customer informed
ohne probleme, problemlos, ohne murren, ohne diskussion, ohne hin und her, ohne großes hin und her, ohne umwege, ohne zu zögern, ohne zögern, ohne wenn und aber, anstandslos | +2 only
ohne wartezeit, ohne lange wartezeit, ohne lange zu warten, ohne warten, auf dem laufenden gehalten, auf dem laufenden, regelmäßig informiert, immer informiert, stets informiert | cue:speed +2 only
# a claim or refund not paid is the insurer's or the shop's failure, told with no one named
nicht gezahlt, nie gezahlt, nichts gezahlt, immer noch nicht gezahlt, zahlt nicht, zahlen nicht, nicht ausgezahlt, nie ausgezahlt, nicht erstattet, nie erstattet, immer noch nicht erstattet | cue:resolution -2 only
# sarcasm: praise in its sentence is blame ("Na toll, drei Wochen keine Antwort")
na toll, na super, na klasse, na prima, danke für nichts, vielen dank auch, echt toll gemacht, ganz großes kino | sarc -1 only

# Polarity, second pass (analyzer94); every key `only`.
# "weder … noch" (neither … nor) denies both items: "weder" negates, and "noch" after a denied word joins the next to
# it as "oder" does ("weder freundlich noch hilfsbereit"); elsewhere "noch" (still, yet) is a function word
noch | stop or only
weder | neg only
# a parcel's wait or delay is the product's, not the service's, when no one serving is named ("Das Paket kam mit
# Verspätung", "ich warte seit Tagen auf mein Paket"): a wait or delay in the parcel's clause makes no mention (`parcel`), and a delay names no one
paket, pakete, päckchen, lieferung, lieferungen, sendung, sendungen, zustellung | parcel only
verspätung, verspätungen | cat:speed -1.2 only
# the former provider, or the past, is what the service no longer is, reversing as far as a wish does ("beim alten Anbieter war der Service besser",
# "früher war der Support schneller"), as English reads "used to be"; "besser als beim alten Anbieter" compares back
beim alten anbieter, bei meinem alten anbieter, beim vorherigen anbieter, beim früheren anbieter, beim letzten anbieter, der alte anbieter, mein alter anbieter, mein vorheriger anbieter, der vorherige anbieter, der frühere anbieter, früher war, war früher, waren früher, früher waren | wish only
als beim alten anbieter, als bei meinem alten anbieter, als beim vorherigen anbieter, als beim früheren anbieter, als der alte anbieter, als mein alter anbieter, als früher | none only
besseren, bessere, besserer, besseres | +2.3 only
# complaint questions: asking how much longer, why again, when at last, is blame of the service
wie lange soll ich noch warten, wie lange noch, wie lange muss ich noch warten, wie lange sollen wir noch warten, warum muss ich jedes mal, warum muss man jedes mal, alles neu erklären, alles von vorne erklären, wann meldet sich endlich, meldet sich endlich, wann kommt endlich, wie oft soll ich, wie oft muss ich, wie oft denn noch, wie oft noch, irgendwann mal jemand, ruft irgendwann, meldet sich irgendwann | cue:speed -1.8 only

# analyzer93: ordinary German words that another lexicon defines for every language, read here with their German
# meaning: "Bad" (bathroom, not English "bad"), "fast" (almost, not quick), "Gift" (poison), "hell" (bright), "Kind",
# "Kinder" (child, children, not English "kind"), "dick" (thick), "nah" (near), "fad" (bland). "mal" ("noch mal") still
# reads as Spanish "mal" (bad): without it the German own set lost three polarities
bad, fast, gift, hell, kind, kinder, dick, nah, fad | none only
