# Portuguese. Hand-written for SupportSignals.
o, a, os, as, do, da, dos, das, e, é, que, em, um, uma, para, com, não, muito, mas, no, na, por, se, foi, está, estava, eu, nós, eles, ele, ela, também, você, isso, meu, minha | stop

não, nunca, jamais, ninguém, nada, nenhum, nenhuma, nem, sem, pouco, pouca | neg
não só, sem dúvida | none
nada demais, nada de especial, deixa a desejar, deixou a desejar, deixa muito a desejar, razoável | -1.2
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
bem, correto, correta, ok, razoáveis | +1
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
explic*, orient* | cat:knowledge +0.8
ajud*, resolv*, soluç*, solucion* | cat:resolution +1.3
respond*, retorn* | cat:speed +0.8

comida*, prato*, carne*, peixe*, sobremesa*, vinho*, cerveja*, cardápio, preço*, ambiente, produto*, aplicativo*, plataforma, sistema, jantar, almoço, lanche* | asp

# a problem left unsolved is the support's failure even when no one is named; wrong information is its competence
nunca foi resolvido, nunca foi resolvida, nunca resolveram, não foi resolvido, não foi resolvida, ainda não foi resolvido, sem solução, continua sem solução, nunca foi solucionado, não resolveram | cue:resolution -2
informação errada, informações erradas, informação incorreta, informações incorretas, resposta errada, mal informado, mal informada | cat:knowledge -2
