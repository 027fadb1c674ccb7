# Portuguese. Hand-written for SupportSignals.
o, a, os, as, do, da, dos, das, e, é, que, em, um, uma, para, com, não, muito, mas, no, na, por, se, foi, está, estava, eu, nós, eles, ele, ela, também, você, isso, meu, minha | stop

não, nunca, jamais, ninguém, nada, nenhum, nenhuma, nem, sem, pouco, pouca | neg
não só, sem dúvida | none
deixa a desejar, deixou a desejar, deixa muito a desejar | -1.2
nunca mais, não volto, não voltarei, não voltaremos | -2.5
sem problemas, nenhum problema | +2

muito, muita, muitos, muitas, bastante, super, extremamente, realmente, tão, totalmente, incrivelmente, absolutamente, demais | boost
um pouco, meio, um tanto | damp
porém, contudo, entretanto, todavia, no entanto, exceto | but
# "mas" folds like Spanish "más" (more), which must not open a contrast
mas | but only
infelizmente, pena que, que pena, uma pena | but -1.5
embora, apesar de, apesar, ainda que, mesmo que | although
e, assim como | and
# alternatives after a negator are denied together ("nunca rude ou lento")
ou | or
o, a, os, as, um, uma | det
obrigado por nada | sarc -1

bom, boa, bons, boas | +1.9
ótim*, excelente*, maravilhos*, perfeit*, incrível, incríveis, fantástic*, espetacular*, sensacional*, excepcional*, impecável, impecáveis, nota dez, nota 10 | +3.1
melhor, melhores | +2.5
bem, correto, correta | +1
gostos*, delicios*, agradável, agradáveis, acolhedor*, bonit*, lind*, limp*, fresc*, confortável | +2.2
gostei, gostamos, adorei, adoramos, amei, amamos, recomend*, satisfeit*, content*, feliz, obrigad*, agradeç*, voltarei, voltaremos, voltar, vale a pena | +2
ruim, ruins, mau, má, maus | -2.5
péssim*, horrível, horríveis, terrível, terríveis, lamentável, vergonh*, absurd*, inaceitável, desastr*, nojent* | -3.1
pior, piores | -2.7
decepç*, decepcion*, insatisfeit*, chatead*, irritad*, reclam*, queixa* | -2.1
caro, cara, caros, caras, sujo*, suja*, frio, fria, confus* | -1.4
# o problema do cliente: junto de uma palavra de resolver é o que foi resolvido, não uma queixa ("resolveram o problema")
problema*, erro* | trouble -1.4

# service targets
serviço, serviços, atendimento | svc:friendly
garçom, garçons, garçonete*, atendente*, funcionári*, equipe, gerente*, dono*, dona, recepção, recepcionista*, anfitri* | svc:friendly
pessoal | svc:friendly only
atendimento ao cliente, suporte, suporte técnico, assistência, assistência técnica, agente*, técnico, técnicos, consultor*, chamado*, ticket | svc:resolution
central de atendimento, sac, chat, telefone, whatsapp | svc:availability
gerente de contas, gerente de conta, implantação, treinamento | svc:onboarding
resposta*, tempo de resposta | svc:speed
atencios*, simpátic*, educad*, gentil*, gentileza, prestativ*, cordial*, receptiv*, sorrident*, sorriso*, hospitalidade, carinhos* | cue:friendly +2.2
grosseir*, mal educad*, mal-educad*, antipátic*, arrogante*, indelicad*, desagradáve* | cue:friendly -2.6
profissional*, profissionalismo, competente* | cue:knowledge +2
atenção | cue:friendly +0.5
incompetente*, despreparad* | cue:knowledge -2.6
rápid*, rapidez, ágil, agilidade, eficiente*, eficiência, imediatamente, na hora | cue:speed +1.7
lent*, lentidão, demor*, atras*, esperar, esperamos, esperando, esperei, espera | cue:speed -1.2
minutos, hora, horas | cat:speed
esquec*, ignor* | cue:friendly -2
atendeu, atenderam, atender, serviram, trouxeram, gorjeta* | cue:speed +0.3
desculp* | cue:friendly +0.5
# an act told without a verdict is neutral ("explicou as opções", "respondeu que está em análise")
explic*, orient* | cat:knowledge
ajud*, resolv*, soluç*, solucion* | cat:resolution +1.3
respond*, retorn* | cat:speed

comida*, prato*, carne*, peixe*, sobremesa*, vinho*, cerveja*, cardápio, preço*, ambiente, produto*, aplicativo*, plataforma, sistema, jantar, almoço, lanche* | asp

# a problem left unsolved is the support's failure even when no one is named; wrong information is its competence
nunca foi resolvido, nunca foi resolvida, nunca resolveram, não foi resolvido, não foi resolvida, ainda não foi resolvido, sem solução, continua sem solução, nunca foi solucionado, não resolveram | cue:resolution -2
informação errada, informações erradas, informação incorreta, informações incorretas, resposta errada, mal informado, mal informada | cat:knowledge -2

# Portuguese by word classes, Brazilian and European (analyzer91); every key `only`, so no other language borrows it.
# who serves at table, counter, shop and hotel, in both variants and their gender and number forms
empregado de mesa, empregada de mesa, empregados de mesa, empregadas de mesa, empregado, empregada, empregados, empregadas, empregado de balcão, balconista*, vendedor*, vendedora*, lojista*, operador de caixa, operadora de caixa, operadores de caixa, caixa da loja, colaborador*, colaboradora*, staff, equipa, equipas, equipes, chefe de sala, maitre, maître, sommelier*, barman, barmen, bartender*, copeiro*, proprietári*, patrão, patroa, anfitriã, anfitrião | svc:friendly only
rececionista*, receção, rececao, recepção do hotel, porteiro*, concierge*, camareira*, camareiro*, arrumadeira*, mensageiro*, bagageiro*, pessoal do hotel, funcionários do hotel, pessoal da limpeza | svc:friendly only
cabeleireir*, cabelereir*, barbeir*, manicure*, manicura*, pedicure*, esteticista*, maquiador*, maquilhador*, massagista*, depilador*, tatuador* | svc:friendly only
# who delivers and who comes to the house
estafeta*, entregador*, entregadora*, motoboy*, motoqueiro*, carteiro*, carteira dos correios, motorista*, eletricista*, electricista*, canalizador*, encanador*, pedreiro*, instalador*, o mecânico, os mecânicos, montador*, serralheiro*, marceneiro*, carpinteiro*, jardineiro*, pintor, pintores | svc:friendly only
# who treats people and animals, and the clinic's desk
enfermeir*, o médico, a médica, os médicos, as médicas, um médico, uma médica, doutor, doutora, doutores, dentista*, o veterinário, a veterinária, os veterinários, as veterinárias, um veterinário, uma veterinária, fisioterapeuta*, terapeuta*, a auxiliar, o auxiliar, as auxiliares, os auxiliares, a secretária, as secretárias, assistente de consultório | svc:friendly only
# who handles the case: support, claims, banks, call centres, in both variants
apoio ao cliente, apoio técnico, linha de apoio, serviço de apoio, equipa de apoio, equipe de apoio, equipa de suporte, equipe de suporte, apoio, assistente*, operador, operadores, call center, callcenter, linha de atendimento, teleatendimento, ouvidoria, gestor*, gestora*, gestor de sinistros, perito*, analista*, bancári*, corretor*, corretora de seguros | svc:resolution only
# the customer's own people are not the service ("a nossa equipa"); the vendor's person assigned to them still is
nossa equipe, nossa equipa, a nossa equipa, a nossa equipe, nossas equipes, nossas equipas, nossa própria equipe, nossa própria equipa, nosso time, nossos funcionários, os nossos funcionários, nossos próprios funcionários, nossos colaboradores, os nossos colaboradores, nosso pessoal, o nosso pessoal, nossa ti, nosso ti, a nossa ti, nossos técnicos, os nossos técnicos, nossos atendentes, os nossos atendentes, nossos agentes, os nossos agentes, nossos empregados, meu colega, minha colega, meus colegas, minhas colegas, os meus colegas, o meu colega, a minha colega, meu chefe, minha chefe, o meu chefe | none only
# product meanings of service words: a charge, a telecom's or streaming service, room service's menu
taxa de serviço, taxa de serviços, serviço incluído, serviço não incluído, dez por cento, 10% de serviço, couvert, serviço de internet, serviço de streaming, serviço de telefonia, serviço de quarto, serviço de quartos, serviço móvel, serviço de dados, os serviços, serviços de internet | none only

# a lukewarm verdict is neutral, neither praise nor blame ("ok, nada de especial")
ok, okay, razoável, razoáveis, nada de especial, nada demais, nada de mais, nada de extraordinário, mais ou menos, assim assim, aceitável, aceitáveis, mediano, mediana, medianos, normal, normais, regular, regulares, sem grandes surpresas, sem surpresas, nem bom nem mau, nem bom nem ruim, nem bem nem mal, dentro do esperado, o esperado, o básico, cumpre, cumpriu, cumpre o seu papel, cumpriu o seu papel, cumpre o papel, cumpriu o papel, nem mais nem menos | none only

# praise of manner and care, both variants
prestável, prestáveis, solícit*, querid*, simpatia, uma simpatia, um amor, uns amores, umas queridas, gente boa, gente fina, um doce, uns doces, incansáve*, caprich*, paciência, com paciência, impecáveis no atendimento, bem atendido, bem atendida, bem atendidos, bem atendidas, bem recebido, bem recebida, bem recebidos, bem recebidas, nos receberam, fomos recebidos, nunca fui tão bem atendido, nunca fui tão bem atendida, nunca fomos tão bem atendidos, nunca fomos tão bem atendidas, com um sorriso, sempre com um sorriso | cue:friendly +2.2 only
pontual, pontuais, pontualidade, paciente, dedicad*, empenhad*, esclarec*, arranjou, arranjaram, providenciou, providenciaram, cinco estrelas, 5 estrelas, nota mil, nota máxima, top, show, show de bola, porreir*, dez estrelas, recomendo vivamente, recomendo muito, de parabéns, parabéns, vale cada cêntimo, vale cada centavo, nota 5 | +2.2 only
# blame of manner, both variants
chato, chata, chatos, chatas, desonest*, aldrab*, cobrou a mais, cobraram a mais | -1.8 only
grosso, grossa, grossos, grossas, grosseiro, malcriad*, mal humorad*, mal-humorad*, mal disposto, mal disposta, insistente*, desinteressad*, indiferente*, impaciente*, desatent*, arrogância, falta de educação, falta de respeito, desrespeit*, nem olhou, nem olharam, nem nos olhou, mal olhou, mal olharam, mal nos olhou, não cumprimentou, nem cumprimentou, nem cumprimentaram, sem cumprimentar, nem um bom dia, nem bom dia, continuou no celular, ficou no celular, mexendo no celular, ao telemóvel, no telemóvel, a mexer no telemóvel, despachou nos, despacharam nos, nunca fui tão mal atendido, nunca fui tão mal atendida, nunca fomos tão mal atendidos, nunca fomos tão mal atendidas, mal atendido, mal atendida, mal atendidos, mal atendidas, fomos ignorados, fui ignorado, fui ignorada, nos ignoraram, me ignoraram, mentiu, mentiram, enganou, enganaram | cue:friendly -2.4 only
não sabia de nada, não sabiam de nada, não sabia nada, não sabiam nada, não sabe nada, não sabem nada, sem noção, sem saber responder, não soube responder, não souberam responder, não soube explicar, não souberam explicar, despreparo | cue:knowledge -2.4 only
me transferiu, transferiu me, me transferiram, transferiram me, transferiu a chamada, transferiram a chamada, fui transferido, fui transferida, passaram a chamada, passou a chamada, jogaram de um lado para o outro, empurraram, empurrou | cue:resolution -1.2 only
# waiting, callbacks and silence told without naming anyone, both variants
em espera, em linha de espera, na linha de espera, à espera, fiquei à espera, ficámos à espera, fila de espera, demora imenso, demoram imenso, demorou imenso, uma eternidade, horas ao telefone, horas no telefone | cue:speed -1.6 only
nunca respondeu, nunca responderam, não respondeu, não responderam, ninguém respondeu, nunca retornaram, nunca retornou, nunca me retornaram, nunca me retornou, ninguém retornou, ninguém me retornou, ninguém ligou de volta, ninguém me ligou de volta, ninguém me ligou, nunca me ligaram, nunca ligaram, nunca deram retorno, nunca deu retorno, não deram retorno, sem retorno, nenhum retorno, nenhuma resposta, sem resposta, até hoje nada, até hoje nenhuma resposta, até agora nada, até agora nenhuma resposta, não apareceu, não apareceram, nunca apareceu, nunca apareceram, ninguém apareceu, ninguém atende, ninguém atendeu, ninguém atendia, ninguém atende o telefone, nunca atende, nunca atendem, nunca atende o telefone, não atende o telefone, não atendem o telefone | cue:speed -2 only
ligou de volta, ligaram de volta, retornou a ligação, retornaram a ligação, retornar a ligação, deram retorno, deu retorno, retornaram o contato, retornou o contato | cue:speed +0.5 only
# "sem" denies the trouble, which is praise ("sem burocracia"); an answer that keeps the customer informed
sem complicações, sem complicação, sem burocracia, sem stress, sem chatices, sem enrolação, sem rodeios, sem problema algum, sem qualquer problema | +2 only
sem demora, sem espera, sem esperas, sem esperar, manteve me informado, manteve me informada, me manteve informado, me manteve informada, mantiveram me informado, mantiveram me informada, me mantiveram informado, me mantiveram informada, sempre informado, sempre informada | cue:speed +2 only
# a claim or refund not paid, stalling and neglect, told with no one named
nunca pagou, nunca pagaram, não pagou, não pagaram, ainda não pagou, ainda não pagaram, não reembolsou, não reembolsaram, nunca reembolsou, nunca reembolsaram, enrolou, enrolaram, enrolando, enrolação, ninguém resolve, ninguém resolveu | cue:resolution -2.2 only
descaso, pouco caso | cue:friendly -2.5 only
# sarcasm: praise in its sentence is blame ("Atendimento excelente, só que não")
só que não, parabéns pela demora, parabéns pelo descaso, obrigadinho | sarc -1 only

# Polarity, second pass (analyzer94); every key `only`.
# a parcel's wait or delay is the product's, not the service's, when no one serving is named ("a encomenda chegou com
# atraso", "estou esperando a entrega"): a wait or delay in the parcel's clause makes no mention (`parcel`), and a delay names no one
encomenda, encomendas, entrega, entregas, pacote, pacotes, embalagem, o pedido, meu pedido, o meu pedido | parcel only
atraso, atrasos | cat:speed -1.2 only
# the former provider, or the past, is what the service no longer is ("o antigo era melhor", "antes o atendimento era
# melhor"), as English reads "used to be"; "melhor do que o antigo" compares back
antigo fornecedor, fornecedor antigo, fornecedor anterior, antiga operadora, operadora antiga, operadora anterior, o antigo, a antiga, o anterior, a anterior, antes o, antes a, antigamente, era melhor antes | wish only
do que o antigo, do que a antiga, que o antigo, que a antiga, do que o da operadora antiga, do que o anterior, do que a anterior, que o anterior, que a anterior, do que antes, que antes | none only
# complaint questions: how much longer, why nobody answers
até quando, quanto tempo mais, por que ninguém, porque ninguém, porque é que ninguém, ninguém me responde, ninguém responde, quantas vezes mais, quantas vezes vou ter, quantas vezes tenho, responder algum dia, responde algum dia, será que alguém | cue:speed -1.8 only
# sarcasm in its Brazilian forms beside "só que não"
nota dez só que não, sqn, contém ironia | sarc -1 only
# "há" (there is; ago: "há duas semanas") folds to "ha", which VADER reads as laughter (+1.4): a wait for an answer
# "há dias" was read as praise
há | stop only

# analyzer93: "mais" is "more", not the French "mais" (but) that opens a contrast; "só" is "only", not the German or
# English booster "so"; "favor" ("por favor", please) is no praise (VADER's "favor"; Spanish keeps it: without it one
# Spanish held-out polarity fell)
mais, só, favor | none only
