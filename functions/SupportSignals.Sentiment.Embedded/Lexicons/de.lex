# German. Hand-written for SupportSignals.
der, die, das, und, ist, war, ein, eine, mit, sehr, für, auf, es, ich, wir, sie, zu, den, dem, im, auch, aber, sich, noch, wie, man, uns, hat, haben, waren, wurde, wurden, nicht, kein, keine, nach, bei, von | stop

nicht | negboth
kein*, nie, niemals, niemand, nichts, ohne, keinerlei | neg
nicht nur, ohne zweifel | none
kein problem, keine probleme, nichts auszusetzen | +2
nie wieder, nie mehr, finger weg | -2.5
mittelmäßig*, durchschnittlich*, naja, geht so | -1.2

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
prima, lecker*, köstlich*, schön*, angenehm*, gemütlich*, sauber*, empfehlenswert | +2.1
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
erklärt*, beraten, beratung, empfahl, empfohlen | cat:knowledge +0.8
geholfen, hilfe, helfen, gelöst, lösung* | cat:resolution +1.3
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
