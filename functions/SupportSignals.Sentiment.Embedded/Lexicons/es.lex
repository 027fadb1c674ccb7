# Spanish. Hand-written for SupportSignals.
el, la, los, las, de, del, que, y, en, un, una, es, por, con, para, muy, pero, lo, se, su, al, como, fue, nos, me, todo, son, está, era, estaba, tiene, hay, sin, porque, también, cuando, ya, estuvo, fuimos, hemos, mucho, poco | stop

no, nunca, jamás, nadie, nada, ningún, ninguna, ninguno, ni, tampoco, sin, falta de, carece de, poco, poca | neg
no solo, no sólo, sin duda, nada más | none
nada del otro mundo, ni fu ni fa, sin más, deja mucho que desear, dejan mucho que desear, deja bastante que desear, deja que desear, mejorable | -1.2
nunca más, no volveremos, no volveré, no vuelvo, no repetiremos, a evitar, para no volver | -2.5
sin problemas, ningún problema, ninguna queja, nada que objetar, nada que reprochar, no tiene desperdicio | +2

muy, mucho, muchísimo, súper, realmente, totalmente, tan, demasiado, extremadamente, increíblemente, sumamente, absolutamente, especialmente, tremendamente, francamente, super | boost
bastante, algo, un poco, un tanto, ligeramente, relativamente, medio | damp
pero, sin embargo, no obstante, sino, excepto, salvo, eso sí, lo único, en cambio | but
lástima, por desgracia, desgraciadamente, lamentablemente, desafortunadamente, una pena, pena que | but -1.5
aunque, a pesar de, pese a, si bien, mientras que | although
y, e, así como, además de | and
# alternatives after a negator are denied together ("nunca antipático o lento")
o, u | or
el, la, los, las, un, una, unos, unas | det
sí claro, ya claro, gracias por nada, qué chiste, vaya tela | sarc -1

buen, bueno, buena, buenos, buenas | +1.9
buenísim*, estupend*, fantástic*, maravill*, magnífic*, genial*, espectacular*, increíble*, inmejorable*, impecable*, exquisit*, excepcional*, sobresaliente*, extraordinari*, perfect*, excelente*, de lujo, de diez, de 10, brutal | +3.1
mejor, mejores, lo mejor | +2.5
bien, correct*, aceptable*, decente*, normalito | +1
rico, rica, ricos, ricas, riquísim*, delicios*, sabros*, agradable*, encantador*, acogedor*, bonit*, precios*, divertid*, limpi*, fresc*, cómod*, tranquil*, original* | +2.2
encant*, gust*, disfrut*, recomend*, recomiendo, satisfech*, content*, feliz, felices, agradec*, gracias, volveremos, volveré, repetiremos, repetiré, repetir, volver, vale la pena, merece la pena, a repetir, sorprend* | +2
mal, mala, malo, malos, malas, malísim* | -2.5
pésim*, horribl*, terribl*, fatal*, desastr*, asqueros*, lamentabl*, vergonzos*, vergüenza, indignante*, inaceptable*, penos*, nefast*, deplorable*, horror*, timo, estafa*, robo | -3.1
peor, peores | -2.7
mediocre*, flojo, floja, justit*, insípid*, soso, sosa, escas*, insuficiente* | -1.3
decepcion*, decepcionante*, defraud*, triste*, enfad*, molest*, harto, harta, cabread*, indignad*, frustr*, queja*, quej*, reclam* | -2.1
caro, cara, caros, caras, carísim*, sucio*, sucia*, frío, fría, fríos, frías, ruidos*, equivoc*, cutre*, desorganizad*, caos, caótic* | -1.4
# el problema del cliente: junto a una palabra de resolver es lo resuelto, no una queja ("resolvieron el problema")
problema*, error*, fallo* | trouble -1.4

# service targets
servicio | svc:friendly
camarer*, mesero*, mesera*, empleado*, empleada*, trabajador*, encargad*, dueño*, dueña*, propietari*, jefe de sala, maître, metre, recepción, recepcionista*, anfitrion*, anfitriona*, equipo, plantilla, sumiller*, barman, camarero | svc:friendly
personal | svc:friendly only
atención al cliente, servicio al cliente, servicio técnico, soporte, soporte técnico, asistencia, asistencia técnica, agente*, asesor*, técnico, técnicos, operador*, gestor*, incidencia*, ticket | svc:resolution
gestor de cuenta, ejecutivo de cuenta, responsable de cuenta, incorporación, implantación, formación | svc:onboarding
respuesta*, tiempo de respuesta | svc:speed
# the treatment and the attention given are the service itself, as "service" is
atención, trato, tratamiento, trato recibido, atención recibida | svc:friendly
atent*, amable*, amabilidad, simpátic*, simpatía, servicial*, educad*, cordial*, cercan*, cariños*, cálido, cálida, cálidos, cálidas, calidez, acogida, sonrisa*, sonrient*, hospitalidad, hospitalari*, agradables | cue:friendly +2.2
desatent*, antipátic*, maleducad*, mal educad*, grosero*, grosera*, descortés, prepotente*, borde, bordes, desagradable*, chulo, chulería, malos modos, de malas maneras, mala cara, malas caras, mal atendid* | cue:friendly -2.6
profesional*, profesionalidad, profesionalismo, competente*, expert*, conocimiento*, experto* | cue:knowledge +2
incompetente*, inexpert*, poco profesional, nada profesional | cue:knowledge -2.6
rápid*, rapidez, rápidamente, eficien*, eficaz*, eficacia, ágil*, agilidad, al instante, enseguida, en seguida, en el momento, puntual* | cue:speed +1.7
lent*, lentitud, demor*, tardaron, tardan, tarda, tardó, tardanza, retraso*, esperar, esperamos, esperando, esperé, esperado, espera, esperas, tuvimos que esperar, hicieron esperar | cue:speed -1.2
minutos, hora, horas | cat:speed
olvid*, ignor*, pasaron de nosotros, ni caso, ningún caso | cue:friendly -2
atendi*, atender, atiende, atienden, nos sirvieron, sirvieron, servir, trajeron, traer, nos trajeron, nos atendió, nos atendieron, nos recibió, nos recibieron, recibimiento, bienvenida, nos acomodaron, propina* | cue:speed +0.3
disculp*, perdón | cue:friendly +0.5
explic*, aconsej*, recomendaron, recomendó, sugiri*, asesor* | cat:knowledge +0.8
ayudaron, ayudó, me ayudaron, nos ayudaron, me ayudó, nos ayudó, me solucionaron, nos solucionaron | cue:resolution +1.5
ayud*, resolv*, resuelt*, solucion*, arregl* | cat:resolution +1.3
contest*, respond*, respondi* | cat:speed +0.8

# other aspects
comida*, plato*, carne*, pescado*, postre*, vino*, cerveza*, menú, carta, precio*, local, ambiente, decoración, cocina, tapa*, ración, raciones, arroz, paella*, ensalada*, entrante*, marisco*, pan, relación calidad precio, calidad precio, producto*, aplicación, plataforma, programa, cena, desayuno*, almuerzo, sabor* | asp

# more review vocabulary
de diez, de 10, de lujo, un lujo, de categoría, a la altura, de primera, ejemplar, exquisitez, encantadores, encantadoras, majísim*, majo, maja, majos, majas, un encanto, pendiente*, atentísim*, amabilísim*, simpatiquísim*, rapidísim*, detallista*, con una sonrisa, de maravilla, fenomenal*, estupendamente, perfectamente, genial, chulísim*, recomendable*, muy recomendable, sin duda volveremos, repetiremos seguro, un acierto, acertad*, atención impecable, como en casa | +2.4
pésimamente, fatal, fatalmente, horrorosa*, horroroso*, desastroso*, desastrosa*, lamentable, decepcionante, vergonzoso, vergonzosa, indignante, inadmisible*, tomadura de pelo, una vergüenza, mal servicio, mala atención, muy mal, regulín, regulera, malillo, cutre, caótico, caótica, desorganizado, desorganizada, dejadez, pasotismo, pasotas, pasota, nefasto, nefasta, penoso, penosa | -2.5
de malas maneras, con malas formas, malas formas, mala educación, sin educación, falta de educación, mal humor, malhumorad*, de mala gana, desganad*, desgana, nos ignoraron, ni nos miraron, pasando de nosotros, hacen esperar, tuvimos que esperar, esperamos mucho, una eternidad, eterna*, interminable*, se olvidaron, olvidaron | cue:friendly -2.4

# unidades de tiempo: con un número bastante grande, una espera (WaitingTime)
minuto, minutos, min | dur
hora, horas | dur:60
en menos de, en cuestión de, en cuestion de, dentro de | within
a pie, andando, caminando, en coche, en carro, en taxi, en metro, en autobús, en tren, de distancia, de camino | far
media hora, una hora, más de una hora, hora y media, por fin, tardaron, tardó, tardan | cue:speed -1.6

# un deseo de lo que no hubo: niega el resto de la oración
ojalá, ojala, me hubiera gustado, hubiera preferido | wish

# more frequent Spanish function words, so short Spanish sentences are not read as another language ("He ido…")
he, ha, han, hay, ido, vez, veces, varias, varios, siempre, cada, este, esta, esto, nuestro, nuestra, les, le, así, donde, aunque, sus, mi, mis, nada, algo, ni, pues, después, antes | stop
# forgettable is about the whole visit; "not forgetting" lists more things
para olvidar, para no volver | -2
sin olvidar, sin olvidarnos, no olvidar | none

# the treatment itself, judged: the service named and rated at once
gran trato, trato exquisito, trato excelente, buen trato, trato familiar, atención exquisita | svc:friendly +2.4
mal trato, mala atención | svc:friendly -2.6

# el cliente que olvida el nombre del camarero habla de sí mismo
olvidé su nombre, olvidé el nombre, no recuerdo su nombre, no recuerdo el nombre, no sé su nombre, no me acuerdo de su nombre, no me acuerdo del nombre | none
# an English word too ("a regular", "regular prices"): lent to English text it read as a complaint
regular | -1.2 only

# soporte al que no se llega (canales) y respuestas que nunca llegan, como se escribe en las encuestas de soporte
imposible contactar, imposible contactarlos, imposible comunicarse, imposible comunicarme, no hay forma de contactar, no hay manera de contactar, inalcanzable* | cue:availability -2.2
nunca responden, nunca respondieron, nunca respondió, nunca contestan, nunca contestaron, nunca contestó, sin respuesta | cue:speed -1.8

# a problem left unsolved is the support's failure even when no one is named; wrong information is its competence
nunca se resolvió, nunca lo resolvieron, nunca resolvieron, no se resolvió, sin resolver, sigue sin resolver, sigue sin solución, nunca se solucionó, nunca lo solucionaron, no lo solucionaron, no se solucionó | cue:resolution -2
información incorrecta, información errónea, información falsa, respuesta incorrecta, respuestas incorrectas, mal informado, mal informada, mal asesorado | cat:knowledge -2

# Spanish by word classes (analyzer82); every key `only`, so no other language borrows it.
# who serves, in the gender and number forms and the titles the stems miss ("jefe de sala" did not reach "jefa de sala")
jefa de sala, jefes de sala, jefas de sala, jefe de comedor, jefa de comedor, sommelier, sommeliers, mesonero*, mesonera*, dependient*, cajero, cajera, cajeros, cajeras, gerente, gerentes, azafata, azafatas, personal de sala, equipo de sala, servicio de sala, el responsable, la responsable, un responsable, una responsable, los responsables | svc:friendly only
# "los servicios" of a restaurant are its toilets, or the services a business sells: another aspect, not the staff
servicios, aseo, aseos, baño, baños, lavabo, lavabos | asp only
# the service charge or cover is a price, not the staff
servicio de mesa, servicio incluido, servicio no incluido, cobran el servicio, cobran por el servicio, cobrar el servicio, cobrar por el servicio, cobraron el servicio, cargo por servicio, cargo de servicio, suplemento por servicio | none only
# "atención" that is not the staff's: what catches the eye, or the guest's own
llamar la atención, llama la atención, llamó la atención, me llamó la atención, nos llamó la atención, me llama la atención, nos llama la atención, prestar atención, presta atención, con atención | none only
# "en el momento" is "at the time" before a relative clause; "puntual" also means occasional, "puntualizar" to clarify
en el momento en que, en el momento en el que, en el momento en el cual, en el momento de, en el momento que | none only
puntualiz*, puntualmente, casos puntuales, caso puntual, clientes puntuales, cliente puntual, momentos puntuales, momento puntual, algo puntual, de forma puntual, ocasiones puntuales | none only
# care and attentiveness of who serves, the forms the stems miss
esmero, con esmero, esmerad*, se esmeran, se esmeraron, estuvieron pendientes, estaban pendientes, están pendientes, muy pendientes, pendientes de todo, pendientes de nosotros, estuvieron encima, estaban encima, están encima, educadísim*, antipatiquísim* | cue:friendly +2.3 only
# how they treated us is the service itself, judged by what follows ("nos trataron fatal")
nos trataron, nos trató, me trataron, me trató, nos tratan, nos trata, te tratan, te trata | cue:friendly +0.3 only
# blame of manner: unruly, curt, arrogant, careless, disrespectful, lying, not deigning to answer, overcharging
díscol*, cortante*, arrogante*, negligente*, negligencia, irrespetuos*, falta de respeto, una falta de respeto, sin respeto, no se dignó, no se dignaron, ni se dignó, ni se dignaron, nos mintieron, nos mintió, me mintió, me mintieron, nos engañaron, nos engañó, cobrar de más, cobrando de más, cobraron de más, cobró de más, nos cobraron de más, nos cobró de más, cobrarnos de más | cue:friendly -2.4 only
# knowledge withheld: staff who do not know the menu
desconoce, desconocen, desconocía, desconocían, desconocimiento, no conocen la carta, no conocía la carta, no conocían la carta, no sabía explicar, no sabían explicar, ni idea de la carta | cue:knowledge -2.2 only
# rushed service: hurried waiters, the guest pushed to leave
acelerad*, con prisas, metiendo prisa, nos metieron prisa, nos metían prisa, meter prisa, deprisa y corriendo, atropellad* | cue:speed -1.8 only
# waiting said impersonally ("hubo que esperar")
hubo que esperar, hay que esperar, toca esperar, tocó esperar, nos tocó esperar, nos tuvieron esperando, estuvimos esperando, se hizo eterno, se hizo eterna, se demoraron, tardísimo | cue:speed -1.6 only
# praise of what stands out; poor as a verdict
destacabl*, a destacar, digno de premio, dignos de premio, de premio | +2.2 only
pobre, pobres | -1.5 only
# negation by lack, with its intensifier between ("falta total de")
falta total de, total falta de, falta absoluta de, absoluta falta de, ausencia de, ni siquiera, ni tan siquiera | neg only
# taking the order is an act of serving like bringing it: judged by its clause, denied it blames ("nadie vino a tomarnos nota")
tomar nota, tomarnos nota, tomaron nota, nos tomaron nota, nos tomó nota, tomar el pedido, tomarnos el pedido, tomaron el pedido, nos tomaron el pedido, tomó el pedido, tomar la comanda, tomarnos la comanda | cue:speed +0.3 only
# praise joined to "super", which the stems do not reach ("superamables")
superamable*, superatent*, supersimpátic*, supermaj*, superagradable*, supereducad* | cue:friendly +2.4 only
superrápid*, supereficiente* | cue:speed +2 only
superprofesional* | cue:knowledge +2 only
# curt with the guest; "seco" alone is also a dry dish
seco con nosotros, seca con nosotros, secos con nosotros, secas con nosotros, seco con los clientes, seca con los clientes, secos con los clientes, secas con los clientes, seco en el trato, seca en el trato, secos en el trato, secas en el trato, trato seco | cue:friendly -2.2 only
# the same verdict in the past and in the imperfect
dejó mucho que desear, dejaba mucho que desear, dejaron mucho que desear, dejaban mucho que desear, dejó bastante que desear, dejaba bastante que desear, dejó que desear, dejaba que desear, deja algo que desear, dejó algo que desear | -1.2 only
# no one came to the table ("vino" is also the wine)
nadie se acercó, no se acercó nadie, nadie se acercaba, nadie vino, no vino nadie, nunca vino nadie, nadie venía, no venía nadie | cue:speed -2 only
# a request the guest had to make again, or too few staff
tuvimos que pedir, hubo que pedir, tuvimos que insistir, hubo que insistir, tuvimos que recordar, hubo que recordar, tuvimos que reclamar, hubo que reclamar, tuvimos que llamar, tuvimos que levantarnos | cue:speed -1.6 only
falta de personal, faltaba personal, falta personal, faltan camareros, faltaban camareros, poco personal, escaso personal, escasez de personal, personal insuficiente, pocos camareros | cue:speed -2 only
# analyzer93: "todavía" is "still, yet", not the Portuguese "todavia" (however) that opens a contrast
todavía | none only
