# French. Hand-written for SupportSignals.
le, la, les, de, des, du, et, est, un, une, en, pour, pas, que, qui, dans, très, nous, on, avec, sur, au, aux, mais, ce, il, elle, ils, était, sont, été, avons, c', l', d', j', qu', n', ont, fait, tout, plus, bien, vous, je | stop

ne, n', pas, jamais, personne, rien, aucun, aucune, sans, ni, guère, peu | neg
pas seulement, non seulement, sans doute, sans aucun doute | none
rien à redire, rien à dire, aucun souci, aucun problème, sans problème, sans souci, rien à reprocher, que du bonheur | +2.5
sans plus, bof, moyen, moyenne, moyens, passable, moyennement, pas terrible | -1
à fuir, à éviter, plus jamais, jamais plus, n'importe quoi, je ne reviendrai pas, on ne reviendra pas | -2.5

très, trop, vraiment, hyper, extrêmement, tellement, particulièrement, absolument, totalement, vachement, super, fort, bien trop, carrément | boost
si | boost only
un peu, assez, plutôt, légèrement, relativement | damp
mais, cependant, pourtant, par contre, en revanche, toutefois, néanmoins, sauf | but
# a "flat" announces the one thing that was wrong
seul bémol, petit bémol, bémol, seul point négatif, point négatif, seul hic, le hic | but -1.5
dommage, malheureusement, hélas | but -1.5
bien que, même si, malgré, quoique, alors que | although
et, ainsi que | and
# alternatives after a negator are denied together ("jamais désagréable ou pressant")
ou | or
le, la, les, un, une, des, du | det
merci pour rien, quelle blague, tu parles, mon oeil | sarc -1

bon, bonne, bons, bonnes | +1.9
excellent*, parfait*, génial*, formidable*, magnifique*, merveill*, superbe*, extraordinaire*, exceptionnel*, remarquable*, impeccable*, irréprochable*, au top, sublime*, divin*, fabuleu* | +3.1
meilleur, meilleure, meilleurs, meilleures | +2.6
bien, correct*, convenable*, honnête* | +1.1
agréable*, agréablement, délicieu*, savoureu*, succulent*, copieu*, frais, fraîche, sympa, joli*, beau, belle, charmant*, convivial*, propre*, cosy, chouette, mignon* | +2.1
ravi*, content*, satisf*, heureu*, plaisir, adore*, adoré, aime, aimé, aimons, apprécié*, régal*, recommande*, recommandons, conseillons, merci, reviendr*, retournerons, à la hauteur, vaut le détour, vaut le coup | +2
mauvais, mauvaise*, nul, nulle, nuls, nulles | -2.6
horrible*, catastroph*, déplorable*, lamentable*, pire*, scandaleu*, inadmissible*, inacceptable*, honteu*, dégoûtant*, infect*, immonde*, exécrable*, pitoyable*, arnaque*, honte | -3.1
médiocre*, décevant*, déçu*, déçue*, déception*, fade*, insipide*, limite | -2
énervé*, agacé*, fâché*, furieu*, plainte*, réclamation*, regrett* | -2
cher, chère, chers, chères, froid, froide, froids, bruyant*, tiède* | -1.3
# le problème du client : à côté d'un mot de résolution, c'est ce qui fut résolu, non une plainte («ont résolu mon problème»)
problème*, erreur*, souci* | trouble -1.3

# service targets
service, services, accueil | svc:friendly
serveur*, serveuse*, personnel, équipe, propriétaire*, gérant*, gérante*, hôte, hôtes, hôtesse*, maître d'hôtel, réception, réceptionniste*, employé*, vendeur*, vendeuse*, barman, sommelier*, responsable de salle, chef de rang | svc:friendly
patron, patronne, patrons | svc:friendly only
service client, service clients, service clientèle, service après-vente, sav, support technique, assistance, assistance technique, conseiller*, conseillère*, interlocuteur*, technicien*, agent* | svc:resolution
chargé de compte, chargée de compte, chargé de clientèle, responsable de compte, mise en place, formation, intégration | svc:onboarding
réponse*, délai de réponse, temps de réponse | svc:speed
accueillant*, aimable*, souriant*, sourire*, gentil*, gentillesse, poli, polie, polis, polies, courtois*, attentionné*, attentif, attentive*, attention, à l'écoute, serviable*, prévenant*, avenant*, bienveillant*, disponible*, amabilité, convivialité, humour | cue:friendly +2.2
désagréable*, désagreable*, impoli*, mal poli*, grossier*, grossière*, méprisant*, hautain*, désinvolte*, antipathique*, exécrable accueil, froideur, mal accueilli*, mal reçu*, aimable comme une porte de prison, odieu* | cue:friendly -2.6
professionnel*, professionnalisme, compétent*, compétence*, connaisseur*, expert* | cue:knowledge +2
incompétent*, incompétence, amateur* | cue:knowledge -2.6
rapide*, rapidement, rapidité, efficace*, efficacité, réactif, réactive*, réactivité, prompt*, vite | cue:speed +1.7
lent*, lenteur*, retard* | cue:speed -1.2
attente, attendre, attendu, attendons, patienter, poireaut* | cue:speed -1.2 wait
# une réponse du support qui n'arrive pas
attends, j'attends toujours, attends toujours, toujours en attente, toujours pas de réponse, toujours aucune réponse, toujours sans réponse, aucune réponse, sans réponse, jamais répondu | cue:speed -1.8
long, longue, longs, longues, minutes, heure, heures | cat:speed -0.3
oubli*, ignor* | cue:friendly -2
la commande, prise de commande, prendre la commande, prend la commande, pris la commande, prendre notre commande, pourboire*, apporté*, débarrass* | cue:speed
addition, servi, servis, servie, servies | cat:speed only
excus*, s'excuser | cue:friendly +0.5
expliqu*, explication*, conseil*, conseillé* | cat:knowledge +0.8
aid*, résolu*, résoudre, solution*, réglé*, dépann* | cat:resolution +1.3
répond*, répondu | cat:speed +0.8

plat, plats, cuisine, nourriture, repas, viande*, poisson*, vin, vins, carte, menu, prix, tarif*, cadre, décor*, décoration, ambiance, salle, terrasse, frites, fromage*, entrée*, produit*, application, logiciel*, plateforme, outil*, fonctionnalité*, dîner, déjeuner, petit déjeuner, boisson*, apéritif*, pizza* | asp
pain | asp only

# more review vocabulary
aux petits soins, au petit soin, chaleureusement, gentiment, aimablement, poliment, avec le sourire, souriante*, très pro, pro, efficacement, irréprochable, impeccablement, parfaitement, divinement, délicieusement, agréable surprise, bonne surprise, bon moment, excellent moment, belle découverte, une adresse à retenir, à recommander, je recommande, nous recommandons, coup de coeur, coup de cœur, bluffé*, enchanté*, conquis*, comblé*, épatant*, sympathiquement | +2.3
accueilli*, reçu*, installé*, servi rapidement, servis rapidement | cue:friendly +1 only
désagréablement, sèchement, froidement, mal accueilli*, mal reçu*, mal servi*, mal conseillé*, malpoli*, mal élevé*, méprisant*, mépris, impolitesse, désagrément*, irrespectueu*, agressi*, hautaine*, condescendant*, limite impoli, pas aimable, pas sympa, pas souriant*, à peine aimable, nonchalan*, je-m'en-foutiste, j'm'en foutiste, débordé*, dépassé*, désorganis*, bordélique, laxisme | cue:friendly -2.4
lamentablement, honteusement, scandaleusement, affreu*, atroce*, minable*, piètre*, médiocrement, raté*, gâché*, gâchée*, décevante*, navrant*, regrettable*, dommage, inadmissible, inacceptable, intolérable, hallucinant, n'importe quoi, arnaque, volé*, escroquerie*, foutage de gueule | -2.6
rien à voir, pas à la hauteur, laisse à désirer, laissent à désirer, peut mieux faire, bof bof, moyen moyen, sans intérêt, quelconque*, banal*, ordinaire* | -1.5
interminable*, éternité, une éternité, trois quarts d'heure, plus d'une heure, une heure, longuement | cue:speed -1.8
oubli*, oublié*, oubliée*, ignoré*, ignorés | cue:friendly -2
n, ne pas, n'est pas | neg only
inexistant*, quasi inexistant, glacial, glaciale, glaciaux, détestable*, exécrable*, zéro, zero, lamentable, crié, criait, hurlé, engueulé*, mal aimable, peu aimable, pas aimable, mal aimables, désordonné*, désorganisé*, improvis*, un comble, austère*, lourd, lourde, lourdingue, pas au rendez-vous, pas au rendez vous, obligé d'insister, obligés d'insister, obligé de demander, obligés de demander, il faut demander, il faut le demander, il faut réclamer, effort à faire, efforts à faire, gros effort, des efforts, gauche, maladroit*, vulgaire*, familier*, irrespect*, se foutre, se fout, se fiche | cue:friendly -2.3
au poil, aux petits oignons, irréprochables, impeccables, adorable*, attentionnés, attentionnées, prévenants, souri*, sourit, souriait, offert, offerts, offerte, a offert, nous a offert, geste commercial | cue:friendly +2.2
manque, manquait, manquant, manque de, manquent, manquaient | neg -1

# unités de temps : avec un nombre assez grand, une attente (WaitingTime)
minute, minutes, min, mn | dur
heure, heures | dur:60
en moins de, en moins d', en l'espace de, dans les | within
à pied, de marche, en voiture, en métro, en taxi, en bus, en tram, en train, de route, de trajet | far
demi-heure, une demi-heure, demi heure, au bout de, enfin servis, enfin arrivé* | cue:speed -1.6

# un souhait de ce qui a manqué : nie le reste de la proposition
si seulement, j'aurais aimé, aurait aimé, aurions aimé, on aurait aimé, j'aurais préféré | wish

# idiomes où un mot du service ne parle pas du service
amateur de, amateurs de, les amateurs, pour les amateurs, aux amateurs, grand amateur, grands amateurs, grande amatrice, amatrice de, amatrices de, connaisseur de, connaisseurs de, les connaisseurs, pour les connaisseurs, aux connaisseurs, j'oubliais, j'allais oublier, en maître, maître mot, à très vite, a très vite, à bientôt, se remplit vite, vite complet | none
à conseiller, a conseiller, je conseille, nous conseillons, je vous conseille, à recommander, a recommander | +2

# loin d'être aimable : une négation atténuée
loin d'être, loin d'etre, loin de là | neg -1.2

# le client qui oublie le prénom du serveur parle de lui, pas du service
oublié son prénom, oublié son nom, oublié le prénom, oublié le nom, ne me souviens plus de son prénom, ne me souviens pas de son prénom, ne connais pas son prénom, ne connais pas son nom, dont j'ai oublié le prénom, dont j'ai oublié le nom | none
# English words too ("an extra side", "on sale", "sales team", "nickel and dime"): lent to English text they
# read as French praise or blame
extra | +3.1 only
sale, sales | -1.3 only
nickel | cue:friendly +2.2 only
# an English word too ("to top it off", "the top floor"), which VADER gives no sentiment
top | +3.1 only

# support that cannot be reached (channels), as written in support feedback
injoignable, injoignables, impossible de joindre, impossible à joindre, impossible de contacter, aucun moyen de contacter, aucun moyen de joindre, pas de support téléphonique | cue:availability -2.2

# a problem left unsolved is the support's failure even when no one is named; wrong information is its competence
jamais été résolu, jamais été résolue, toujours pas résolu, toujours pas résolue, pas été résolu, pas été résolue, non résolu, non résolue, jamais résolu, jamais été réglé, toujours pas réglé, pas été réglé, jamais réglé | cue:resolution -2
fausses informations, fausse information, informations erronées, information erronée, mauvaises informations, mauvaise information, mauvaise réponse, mauvaises réponses, mal informé, mal informée, mal conseillé | cat:knowledge -2

# analyzer71 : les classes de mots du service complétées. Qui sert (collaborateurs, caissière, voiturier, « le
# responsable » avec son article : seul, « responsable » est aussi l'adjectif), comment on le loue ou le blâme (dévoué,
# discret, arrangeant ; arrogant, distant, grincheux, négligent), avec les pluriels qui manquaient (« sympas »,
# « équipes », « réactifs ») ; les négations par absence (« absence de », « faute de », « nullement ») ; les façons
# de dire un service absent ou gêné (« pas un bonjour », « l'impression de déranger », « pas pris la peine ») ; le
# mauvais plat servi ; une demande répétée
collaborateur*, collaboratrice*, caissier*, caissière*, voiturier*, concierge*, portier*, équipes, le responsable, la responsable, les responsables, un responsable, une responsable, du responsable, au responsable, aux responsables, des responsables | svc:friendly only
dévoué*, discret, discrète, discrets, discrètes, discrétion, à l écoute, a l ecoute, sympas, patient, patiente, patientes, aux anges, sens commercial, sens commerçant, sens du service, sens de l'accueil, sens du client, sens de l'hospitalité | cue:friendly +2.2 only
arrangeant*, accommodant*, flexible*, flexibilité, conciliant* | cue:resolution +1.8 only
de bon conseil, de bons conseils, bien conseillé*, bien conseillés, connaît son métier, connaissent leur métier, connait son métier | cue:knowledge +2 only
réactifs, efficaces, rapides, diligent*, ponctuel*, ponctualité | cue:speed +1.7 only
insult*, arrogant*, arrogance, distant, distante, distants, distantes, blasé*, indifférent*, indifférence, grincheu*, bougon*, renfrogné*, ronchon*, négligent*, négligence, sans gêne, sans-gêne | cue:friendly -2.4 only
ignorant*, ignorance, ne connaît rien, ne connait rien, n'y connaît rien, n'y connait rien, ne sait rien, ne savait rien, aucune connaissance | cue:knowledge -2.3 only
l'impression de déranger, l'impression de le déranger, l'impression de la déranger, l'impression de les déranger, le sentiment de déranger, peur de déranger, pas un bonjour, pas de bonjour, sans un bonjour, sans bonjour, ni bonjour, pas un merci, sans un merci, ni merci, pas un sourire, sans un sourire, pas le moindre sourire, pas un au revoir, sans un au revoir, ne dit pas bonjour, ne disent pas bonjour, n'a pas dit bonjour, n'ont pas dit bonjour, sans dire bonjour | cue:friendly -2.3 only
pris la peine, prendre la peine, prend la peine, prennent la peine, prit la peine | cue:friendly +1.5 only
le mauvais plat, les mauvais plats, la mauvaise commande, la mauvaise assiette, erreur de commande, erreur dans la commande, erreurs de commande, erreurs dans les commandes, trompé de plat, trompés de plat, trompée de plat, trompé de commande, trompés de commande, mélangé les commandes, inversé les plats, inversé les commandes | cue:resolution -2 trouble only
dû redemander, dû réclamer, redemander, redemandé, redemandée, redemandés, demandé deux fois, demandée deux fois, demander deux fois, demandé trois fois, demandé plusieurs fois, demander plusieurs fois, réclamé deux fois, réclamer deux fois, réclamé plusieurs fois, réclamer plusieurs fois | cue:speed -1.8 only
absence de, absence d', faute de, nullement, aucunement | neg only
ne manque pas grand chose, ne manque pas grand-chose, il ne manque rien, ne manque rien, rien ne manque, ne manquait rien, rien ne manquait, ne manque de rien, ne manquait de rien, ne manquons de rien, n'a manqué de rien, n'avons manqué de rien | +1.8 only
ignoble*, abominable*, désastreu*, épouvantable*, triste*, tristesse, bâclé*, refus, refusé, refusée, refusés | -2.3 only
# « chaleureux » et « sympathique » se disent d'un lieu (« un bistrot chaleureux », « un lieu sympathique ») autant que de ceux qui
# servent : un éloge, pas un mot du service à lui seul (« accueil chaleureux », « personnel chaleureux » le restent)
chaleureu*, sympathique* | +2.1 only

# analyzer81 : la grammaire du service, par sortes. « tout sauf aimable » nie ce qui suit (« sauf » seul reste une exception)
tout sauf | neg only
# l'éloge par une comparaison niée : personne ne fait mieux (« inégal » seul est irrégulier, un blâme)
sans égal, sans égale, sans égaux, n'a pas son égal, n'a pas son pareil, n'ont pas leur pareil, sans pareil, sans pareille, hors pair, inégalé*, inégalable*, incomparable*, rien à envier | +2.6 only
# une liste ou une salle d'attente n'est pas une attente du service
liste d'attente, listes d'attente, salle d'attente | none only
# « avec le sourire », « avec gentillesse » : la manière de qui sert
avec le sourire, avec un sourire, avec un grand sourire, avec gentillesse, avec amabilité, avec beaucoup de gentillesse, avec beaucoup d'amabilité | cue:friendly +2.3 only
# ce qui est à revoir ou à améliorer est blâmé
à revoir, a revoir, à améliorer, a ameliorer, à reprendre, doit mieux faire | -1.8 only
# ce que le service devrait être : un conditionnel suivi de « plus » nie la qualité qu'il réclame (« pourrait être plus rapide »)
pourrait être plus, pourraient être plus, mériterait d'être plus, mériteraient d'être plus, gagnerait à être plus, gagneraient à être plus, devrait être plus, devraient être plus, aurait pu être plus, auraient pu être plus, aurait dû être plus, auraient dû être plus | wish only
# « pas de responsable », « aucun responsable » : le responsable avec ses déterminants niés
de responsable, aucun responsable, aucune responsable | svc:friendly only
# s'installer : le client qui prend place lui-même, pas l'accueil qui l'installe
s'installe, s'installer, s'est installé, s'est installée, s'est installés, se sont installés, nous nous sommes installés, nous nous installons, on s'installe | none only
# ne rien faire d'une plainte
n'a rien fait, n'ont rien fait, rien n'a été fait, n'a strictement rien fait, ne fait rien, ne font rien | cue:resolution -2 only
# qui sert encore : le directeur, les barmen, la jeune femme qui accueille
directeur, directrice, barmen, barmaid*, tenancier*, tenancière*, jeune femme, jeune homme, jeune fille | svc:friendly only
# être chouchouté, bichonné : la manière de qui sert ; le blâme bourru, revêche, expéditif, le service à la chaîne
chouchout*, bichonn*, dorloté*, aux petits soins, au petit soin | cue:friendly +2.3 only
bourru*, revêche*, acariâtre*, rustre*, mal luné*, de mauvaise humeur, dédaigneu*, expéditi*, à la chaîne, à la va-vite, à la va vite, bousculé*, mal organisé* | cue:friendly -2.3 only
# saluer le client : fait un éloge, nié une plainte (« ne nous a pas salués ») ; pas l'infinitif, qui nomme
# le plus souvent un but que juge le verbe principal (« pas pris la peine de nous saluer »)
salué, saluée, salués, saluées, salue | cue:friendly +1 only
# devoir demander soi-même
il a fallu demander, il a fallu réclamer, il a fallu redemander, il a fallu insister, a fallu insister, a fallu réclamer, a fallu demander | cue:friendly -2.3 only
# « certes » concède ; renforçateurs qui manquaient
certes | although only
franchement, réellement, incroyablement, terriblement, ultra, tout à fait | boost only
# « efficace » se dit d'une formule ou d'un concept (« simple mais efficace ») autant que de qui sert : un éloge, pas
# un mot du service à lui seul (« service efficace », « serveuse efficace » le restent)
efficace | +1.7 only
# « douteux » se dit surtout de la fraîcheur, de l'hygiène ou de la propreté : un blâme, pas un mot du service
douteu* | -2
# une mention spéciale est un éloge ; se sentir bienvenu
mention spéciale, mention spécial, mention particulière | +2.3 only
bienvenu, bienvenue, bienvenus, bienvenues | cue:friendly +2 only
# la personne qui sert nommée par son acte (« la dame qui nous a servis ») : du personnel quand on la juge (`judged`,
# comme l'anglais « who served us ») ; s'occuper du client est un acte d'attention (« personne ne s'occupe de nous »)
qui nous a servi, qui nous a servis, qui nous a servies, qui nous a accueilli, qui nous a accueillis, qui nous a reçus, qui s'est occupé de nous, qui s'est occupée de nous, qui s'occupait de nous, qui nous servait | svc:friendly judged only
s'occupe de nous, s'occupait de nous, s'est occupé de nous, s'est occupée de nous, se sont occupés de nous, s'occuper de nous, occupé de nous, occupée de nous, occupés de nous | cue:friendly only
# « ne … que » restreint, il ne nie pas (« le serveur n'était que sourires », « il n'y avait qu'un serveur »)
n'est que, n'était que, n'a été que, ne sont que, n'étaient que, n'ont été que, n'a que, n'avait que, n'ont que, n'avaient que, n'y a que, n'y avait qu'un, n'y a qu'un, n'y avait que, n'avons eu que, n'avons que, n'ai eu que, n'a eu que | none only
# les idiomes à tous leurs temps (« laissait à désirer ») ; « à part », « hormis », « excepté »
# excluent comme « sauf »
laissait à désirer, laissaient à désirer, laissé à désirer, laissera à désirer, laisserait à désirer | -1.5 only
à part, hormis, excepté | but only

# analyzer90 : des mots français ordinaires qu'un autre lexique définit sans `only`, et qu'un texte français lisait
# donc avec leur sens étranger : « ma » (portugais « má », mauvaise), « dont » (anglais « don't » sans apostrophe, une
# négation), « dire », « tard » (mots anglais de VADER, négatifs ; « plus tard » dit l'heure), « attentes » (les attentes
# du client, que la souche néerlandaise « attent… » lisait comme un éloge de qui sert), « sac » (le portugais « SAC », un
# service client), « but » (un but, non l'anglais « but »), « nettement », « nette », « nettoyer » (la souche allemande
# « nett… », aimable), « valeur », « valent » (la souche turque « vale… », un voiturier)
ma, dont | stop only
dire, tard, attentes, sac, sacs, but, nette, nettes, nettoy*, valeur*, valent, valait, valaient | none only
nettement | boost only
# analyzer90 : la manière de servir dite par l'adverbe du participe (« bien servis », « correctement servi », « servi
# au lance-pierre », au compte-gouttes) ; rejeter la faute sur le client ; être guidé dans ses choix ; la délicatesse
bien servi, bien servis, bien servie, bien servies, correctement servi, correctement servis, correctement servie, correctement servies, vite servi, vite servis, vite servie, vite servies, servi avec le sourire, servis avec le sourire, servie avec le sourire, servies avec le sourire | cue:friendly +2 only
lance-pierre, lance pierre, au compte-gouttes, au compte gouttes | cue:speed -2 only
rejette la faute, rejettent la faute, rejeté la faute, rejetait la faute, rejetant la faute, rejeter la faute, renvoie la faute, renvoyé la faute, rejette la responsabilité, rejeté la responsabilité | cue:resolution -2 only
guidé, guidée, guidés, guidées, nous a guidés, nous a guidé, bien guidé, bien guidés | cue:knowledge +1.5 only
délicatesse | +2 only
# un adverbe dans l'idiome (« laisse vraiment à désirer », « laisse beaucoup à désirer ») ; devoir se servir soi-même ;
# le service sans délai
laisse vraiment à désirer, laisse beaucoup à désirer, laisse franchement à désirer, laisse un peu à désirer, laissait vraiment à désirer, laissait beaucoup à désirer, laissent beaucoup à désirer, laissaient beaucoup à désirer, a beaucoup laissé à désirer | -1.8 only
dû aller chercher, dû aller demander, dû nous lever, dû se lever, dû nous servir nous-mêmes, dû nous servir seuls, aller chercher nous-mêmes | cue:speed -1.8 only
immédiatement, aussitôt, tout de suite, sans attendre | cat:speed +1.2 only
# analyzer93: "tres" is Spanish and Portuguese "three", no booster there; "si bien" is praise ("si bien accueillis"), not
# the Spanish concession, and "si bien que" (so that) neither
très | only
si bien | +1.4 only
si bien que | none only
