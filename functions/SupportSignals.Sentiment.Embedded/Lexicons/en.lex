# English. Hand-written for SupportSignals.

# --- function words (language identification) ---
the, a, an, of, to, is, was, were, are, it, this, that, with, for, in, on, my, we, our, they, you, i, be, have, had, has, at, as, there, what, which, who, from, their, them, will, would, been, just, very, me, us, your, he, she, his, her, when, if, or, by, about, all, because, do, did, get, got | stop

# --- negation ---
not, no, never, nobody, none, nothing, neither, nor, without, cannot, nowhere, hardly, zero | neg
no one, not a single, not one, not even, not once, not at all, in no way | neg
# fronted before an auxiliary, a negator of occasions or of anyone denies its whole clause ("Not once has an agent been
# rude", "At no point did the staff make us feel rushed", "No one has ever been rude to me"); not "never" alone, whose
# fronted "never have I" is emphasis ("Never have I felt so welcome"); "not one" and "not a single" with the rest of their
# subject before the auxiliary ("Not one email to them has gone unanswered", round analyzer88)
never once, not one time, not a single time, not even once | neg
not once, never once, at no point, at no time, not one time, not a single time, not even once, nobody, no one, not one, not a single | front
don't, dont, doesn't, doesnt, didn't, didnt, isn't, isnt, wasn't, wasnt, aren't, arent, weren't, werent | neg
can't, cant, couldn't, couldnt, won't, wont, wouldn't, wouldnt, shouldn't, shouldnt, haven't, havent, hasn't, hasnt, hadn't, hadnt, ain't, aint, never ever | neg
lack, lacks, lacked, lacking | neg
# attention that came rarely came too little ("barely acknowledged us", "seldom checked on us")
rarely, seldom, barely, scarcely | neg
# hardly anyone is nobody, as a subject too ("hardly anyone on the support team answered")
hardly anyone, hardly anybody, barely anyone, barely anybody, scarcely anyone, scarcely anybody | neg
# a wish is counterfactual: what follows is missing ("I wish the staff were friendlier")
wish, wished, wishing, if only | wish
# a pleasantness said only of what would have been is what was missing ("it would have been nice if the waiter had
# smiled once", "it would be nice to be greeted")
would have been nice if, would've been nice if, would have been nice to, would've been nice to, would be nice if, would be nice to, would have been good if, would have been great if, would have been better if, would have liked, would've liked, would have appreciated, would've appreciated | wish
failed to, fails to, fail to, refused to, refuses to, refuse to, unable to, not able to, couldn't even, could not even | neg -1.2
could have been, could've been, should have been, should've been, could be, would have been, would've been, needs to be, need to be, hope they, hoped for, expected more, expect better, expected better, i expect | neg
nobody, no one | -0.5
# phrases whose words must not negate or be negated
never been so, never been more, never so, never felt so, never had such, never had a better, never had better | boost:0.4
at no point, at no time, not for a moment | neg
# what never fails to happen always happens: the verb after it keeps its own side ("never fails to impress", "never
# fails to disappoint")
never fails to, never fail to, never failed to, never failing to, without fail | none
not only, not just, no doubt, without a doubt, no wonder, nothing but | none
# "there was no need to be rude" says they were: the need is denied, not the rudeness
no need to be, not a need to be, no reason to be, did not need to be, didn't need to be, did not have to be, didn't have to be, needn't have been, need not have been | none
no problem, no problems, no issue, no issues, no complaints, no complaint, nothing wrong, not bad, not too bad, can't complain, cannot complain | +1.5
couldn't be happier, could not be happier, couldn't be better, could not be better, can't say enough, cannot say enough, can't beat, second to none, can't go wrong, cannot go wrong | +3
can't wait, cannot wait | +1.5
# a shrug at the service ("nothing special") is mild blame alone; beside a lukewarm verdict ("fine, nothing special")
# the two are one neutral verdict (`lukewarm`, round analyzer74)
nothing special | -1.5 lukewarm
not worth, not worth it | -1.5
far from, anything but, by no means | neg -1.2
never again, never go back, never come back, never return, never be back, won't be back, will not be back, won't return, won't come back, will not return, stay away | -2.5
will be back, come back, coming back, go back, will return, be returning | +1.2

# --- boosters and dampers ---
very, really, so, extremely, incredibly, super, absolutely, totally, completely, truly, highly, especially, exceptionally, particularly, remarkably, amazingly, utterly, unbelievably, insanely, such, too, way too, most, so very, genuinely, thoroughly, clearly, obviously, seriously, definitely | boost
# words of blame that intensify the praise right after them ("terribly nice", "wicked friendly", "stupid fast"): boosters
# there, keeping their own blame elsewhere ("we were treated terribly")
terribly, awfully, dreadfully, frightfully, wicked, wickedly, crazy, stupid, scary, freakishly, ridiculously, absurdly, obscenely, sinfully | boost only
quite, pretty, fairly, rather, somewhat, slightly, a bit, a little, kind of, kinda, sort of, relatively, mostly, occasionally, sometimes | damp

# --- contrast ---
but, however, yet, whereas, otherwise, nevertheless, nonetheless, then again, on the other hand, sadly | but
# announces the one thing that was wrong
only problem, only issue, only complaint, only downside, only drawback, only negative, only gripe, one gripe, my gripe, downside, drawback | but -1.5
unfortunately | but -1.5
# what is excepted did not have what the rest of the sentence says ("everything was great except the service",
# "apart from the slow service, a lovely evening", "a great meal if not for the rude waiter")
except, except for, apart from, aside from, other than, save for, with the exception of, excepting, if not for, if it weren't for, if it wasn't for, if it were not for, were it not for | except
although, though, albeit, even though, despite, in spite of, while, whilst | although
and, as well as, plus, along with | and
# alternatives after a negator are denied together ("never pushy or rude", "not a smile or a greeting"); English
# only, since French "or" is "now" or "gold" and French has "ou"
or | or only
a, an, the | det

# --- sarcasm ---
# once more, after a word of praise alone before a comma: irony ("Great, another hour on hold", "Perfect, it broke again")
again, yet again, once again, once more, all over again, yet another, for the umpteenth time | rep
# "another" repeats a span of time ("another 40 minutes", "another hour"), not a thing ("another table")
another | rep span
yeah right, yeah sure, as if, thanks for nothing, thanks a lot for nothing, what a joke, oh great, oh joy, just great, just perfect, so-called | sarc -1
# praise then "said no one ever" is irony ("The service was great, said no one ever")
said no one ever, said nobody ever, said no-one ever, says no one ever, said no one, said nobody | sarc -1.5 only

# --- general sentiment: positive ---
good | +1.9
great | +3.1 excl
excellent, superb, outstanding, fantastic, phenomenal, exceptional, stellar, terrific, fabulous, marvelous, marvellous, magnificent, brilliant, spectacular, impeccable, flawless | +3.2 excl
amazing, awesome, wonderful, incredible, perfect, perfection, heavenly, sublime, extraordinary | +3.1 excl
best | +3.2
better, improved | +1.8
nice*, lovely, pleasant, enjoyable, delightful, charming, cute | +2 excl
# what someone is good at: praise of a failing as a skill is sarcasm ("great at ignoring us")
at | skill only
# a preposition after a word for the staff opens a phrase that names where or whose they are ("the service at the
# hotel is poor", "the staff in the spa were lovely"): its noun is not the subject the predicate judges
at, in, of, on, from, for, behind | prep only
rock, rocks, rocked, no nonsense, no-nonsense | +2
love, loved, loves, loving, adore, adored | +3
liked, likes, enjoy*, glad, pleased, pleasure, satisfied, satisfying, happy, happier, happiest | +2.2
impressed, impressive, blown away, wow | +2.5
recommend*, worth, worthwhile, value for money | +1.5
favorite, favourite, gem, top notch, top-notch, first class, first-rate, world class, five star, 5 star, 10/10 | +2.5
on top of, top of | none
hard working, hardworking, hard-working | cat:friendly +2
treated, treats, treating | cue:friendly
fine, decent | +0.9 lukewarm
solid, reasonable, fair | +0.9
# faint praise: what merely met the bar neither praises nor blames ("service was adequate"), like "okay"
adequate, adequately, acceptable, satisfactory, passable | +0.15 lukewarm
more than adequate, more than acceptable, more than satisfactory | +1.8
not adequate, not acceptable, not satisfactory, not even adequate, not even acceptable | -2
# "ok" and "average" are lukewarm: a service that was ok is neither praised nor blamed
ok, okay, alright, all right | +0.15 lukewarm
not ok, not okay, not alright, not all right | -1.5
above average | +1.5
below average | -1.5
# candour opens a judgement and is none itself ("To be honest, the service was pretty bad": VADER's "honest" praised it)
to be honest, to be perfectly honest, in all honesty, frankly, to be frank, truth be told, if i'm honest, if i am honest | none
# "honestly" alone keeps only faint praise, as "fine" has: VADER's +2.0 (en.lex's `none` cannot take a single word's
# VADER valence away) outweighed the shrug after it ("Honestly the service was nothing special" read as praise) (round
# analyzer80)
honestly | +0.9
# a limiter or praise of elsewhere turns faint praise into a complaint ("fine at best", "I've had better service at a diner")
at best, if you're lucky, if you are lucky, good luck getting, i've seen better, i have seen better, we've seen better, we have seen better, seen much better, seen far better, expected much better, expected far better, expected a lot better, expected so much better, expected much more, expected a lot more, expected so much more, i've had better, i have had better, we've had better, we have had better, had much better, had far better | -1.5
just ok, just okay, only ok, nothing to write home about, so so, so-so | -1 lukewarm
hit or miss, hit and miss | -1
# more shrugs: alone mild blame as "nothing special" is, beside a lukewarm verdict neutral ("ok, nothing memorable");
# "nothing more" alone counts as the bare negator did; "I guess" only shrugs; denied both ways, a service is neither
nothing memorable, nothing spectacular, nothing remarkable, nothing exceptional, nothing extraordinary, nothing outstanding, nothing out of the ordinary, nothing amazing, nothing to rave about, nothing to shout about, nothing to get excited about | -1 lukewarm
nothing more | -0.6 lukewarm
# praise said to be "enough" is mild praise alone ("the staff were nice enough") and lukewarm beside a shrug ("pleasant
# enough but nothing memorable")
nice enough, pleasant enough, decent enough | +0.9 lukewarm
friendly enough, polite enough, courteous enough | cue:friendly +0.9 lukewarm
i guess, i suppose | lukewarm
run of the mill, run-of-the-mill, middle of the road, unremarkable | -0.15 lukewarm
neither good nor bad, neither bad nor good, neither great nor terrible, neither great nor bad, neither good nor terrible, neither great nor awful, neither good nor poor, neither friendly nor rude, neither rude nor friendly, neither friendly nor unfriendly, neither helpful nor unhelpful, not good not bad, not bad not good, not great not terrible, not great not bad, not great but not terrible, not great but not bad, not terrible but not great, not bad but not great, nothing more nothing less, no more no less | +0.15 lukewarm
# "less than" before praise denies it, understated ("the staff were less than helpful"): litotes, not a bound of time
less than friendly, less than welcoming, less than warm, less than polite, less than courteous, less than pleasant, less than attentive, less than accommodating, less than gracious, less than hospitable, less than cordial, less than enthusiastic, less than professional | cat:friendly -1.8 only
less than helpful, less than useful | cat:resolution -1.8 only
less than prompt, less than quick, less than speedy, less than efficient, less than responsive | cat:speed -1.8 only
less than knowledgeable, less than competent | cat:knowledge -1.8 only
# "less" right before praise of manner or help says the opposite, understated ("the staff were less friendly than before"); denied after "a" it
# stays what it says ("I've never dealt with a less helpful support team": none was worse) (round analyzer73)
less friendly, less welcoming, less polite, less courteous, less pleasant, less attentive, less accommodating, less patient, less professional, less caring, less kind, less considerate | cat:friendly -1.5 only
less helpful, less useful | cat:resolution -1.5 only
less responsive, less efficient, less organised, less organized | cat:speed -1.5 only
less knowledgeable, less competent | cat:knowledge -1.5 only
less than stellar, less than impressive, less than impressed, less than thrilled, less than satisfied, less than happy, less than ideal, less than great, less than good, less than perfect, less than pleased | -1.8 only
# "good luck" before an effort is irony: the effort is in vain ("Good luck getting the waiter's attention")
good luck getting, good luck finding, good luck trying, good luck flagging, good luck catching, good luck with that | sarc -1.5 only
# "so much for" opening its clause gives up on what it names, irony ("So much for great service.", "So much for 24/7
# support."); inside a clause it is no marker ("thank you so much for the help", "we paid so much for it")
so much for | sarc open -1.5 only
# the reader's taste followed by blame is irony ("Great if you enjoy being ignored"); followed by praise it names a want,
# as "if you like" does ("Lovely staff, if you like being pampered")
if you enjoy being, if you like being, if you love being, if you enjoy, if you love, if you like waiting, if you enjoy waiting, if you love waiting, if you like getting, if you enjoy getting | taste desire only
# praise only expected or heard of is no verdict of the writer ("The staff are supposed to be great", "I'd heard great
# things about the service"); what the writer found is told elsewhere ("…, but they were rude")
supposed to be, is said to be, are said to be, was said to be, were said to be, is reputed to be, are reputed to be, is meant to be, are meant to be, was meant to be, were meant to be, supposedly | hearsay only
heard great things about, heard good things about, heard amazing things about, heard wonderful things about, heard so many good things about, heard so much about, heard a lot about, heard rave reviews about, read great reviews about, read good reviews about, read rave reviews about | hearsay only
# words of an occasion after an elided denial ("great on a normal day, but not tonight", "but not this time"): function
# words, not content that the negator would govern
today, tonight, this time, this evening, that night, that evening, that day, lately, recently, anymore, these days, last night, yesterday | none only
# "shame about" / "pity about" regrets what it names ("Excellent food, shame about the service"): a verdict on its
# object, which opens its clause, not on what came before the comma
shame about, a shame about, such a shame about, pity about, a pity about, shame regarding, too bad about | -2 only
# steering the guest away from a poor dish is the staff's honesty, praise ("the waiter steered us away from the worst
# dishes", "talked us out of the special")
steered us away from, steered me away from, steered us clear of, steered me clear of, talked us out of, talked me out of | cat:friendly +1.5 only
# staff who need training or work fall short ("the staff need better training", "the service could use some work")
need better training, needs better training, need more training, needs more training, need some training, needs some training, need training, needs training, in need of training, in need of some training, in need of better training, could use some training, could use more training, could use better training, could do with some training, need to be trained, needs to be trained, should be trained, poorly trained, badly trained, not trained, under trained, undertrained, under-trained | cat:knowledge -1.8 only
could use some work, could use work, could use a lot of work, could use improvement, could use some improvement, could do with some improvement, could do with improvement, could be improved | -1.5 only
# praise of attention the staff give while the guest waits ("the food took a while but the waiter kept us updated")
kept us updated, kept us informed, kept us posted, kept us in the loop, kept us apprised, kept me updated, kept me informed, kept me posted, kept me in the loop, kept me apprised | cue:friendly +1.5 only
beautiful, gorgeous, stunning, elegant, cozy, cosy, comfortable, clean, spotless, fresh, tasty, delicious, yummy, flavorful, flavourful, mouthwatering, scrumptious, divine, fun, cool, lively, authentic, generous, affordable | +2
grateful, thankful, appreciate*, thank*, kudos, shout out, shoutout, bravo, cheers | +2
easy, simple, intuitive, effortless, seamless, smooth, smoothly, reliable, dependable, painless, hassle-free, hassle free | +1.8
well done, spot on, on point, above and beyond, beyond expectations, exceeded*, exceeds | +2.8
accurate, correct, correctly, properly, right | +1
wonderfully, beautifully, perfectly, nicely, pleasantly, happily, great job, good job | +2.5
quickly, immediately, instantly, efficiently, right away, in no time, straight away, no wait, no waiting | +1.6

# --- general sentiment: negative ---
bad | -2.5
terrible, horrible, awful, horrendous, atrocious, abysmal, appalling, dreadful, disgusting, revolting, inedible, deplorable, abominable | -3.2
worst | -3.4
worse | -2.3
poor, poorly, lousy, crappy, crap, shoddy, subpar, sub-par, second rate, inferior, cheap looking | -2.3
mediocre, bland, tasteless, meh, underwhelming, uninspired, forgettable, spotty, inconsistent | -1.4
average | -0.15 lukewarm
disappoint*, letdown, let down, let us down, let me down | -2.2
unacceptable, ridiculous, pathetic, outrageous, shameful, shame, disgrace, disgraceful, insulting, embarrassing, laughable | -2.7
hate, hated, hates, despise*, loathe | -2.8
sad, unhappy, upset, angry, annoyed, annoying, irritated, irritating, frustrat*, furious, livid, disgusted, fed up, mad | -2.2
avoid, beware, warning, regret*, waste*, wasted, rip off, ripoff, rip-off, scam, scammed, overpriced | -2.3
dirty, filthy, gross, smelly, stinks, stinky, greasy, soggy, stale, burnt, burned, raw, undercooked, overcooked, salty, cold, chilly, lukewarm, noisy, loud, cramped, crowded, expensive, pricey | -1.4
# the customer's problem: beside a word of solving it is what was solved, not a complaint ("they solved my problem")
problem, problems, issue, issues, trouble, hassle, mess, messed, mistake*, error*, wrong, broken, bug, bugs, glitch*, crash*, fault, faulty | trouble -1.3
# goods that came damaged or broke are the customer's problem too (VADER's valence kept)
damaged, defective, broke | trouble
# what went missing, kept failing, got stuck or blocked, or was cancelled is the customer's problem as well: before the
# staff's act of putting it right it blames no one ("our luggage went missing and the gate agent tracked it down"),
# denied a fix it still blames (VADER's valence kept) (round analyzer88)
missing, failing, disappeared, stuck, blocked, cancelled, canceled | trouble
# what failed is the customer's problem too ("a support request about the failed payment") (round analyzer73)
failed payment, failed payments, payment failed, failed transaction, failed transactions, failed transfer, failed charge, failed order, failed delivery, failed deliveries, failed upload, failed uploads, failed download, failed login, failed logins, failed sync, failed update, failed install, failed installation, failed import, failed export, failed backup, failed migration | trouble -1.3
# the ease of a problem or of what was asked measures the task, and praises nothing ("it took support two months to
# fix a simple bug", "two weeks to answer a simple question")
simple bug, simple bugs, simple problem, simple problems, simple issue, simple issues, simple mistake, simple error, simple glitch, easy problem, easy issue, easy bug, basic problem, basic issue, basic bug | trouble -1.3 only
simple question, simple questions, simple request, simple requests, simple query, simple fix, simple task, simple change, simple thing, easy question, easy questions, easy request, easy fix, easy task, basic question, basic questions, basic request, basic requests | none only
nightmare, disaster, disastrous, fiasco, shambles, shambolic, hell, joke, useless, worthless, pointless, hopeless, helpless | -2.8
complain*, complaint* | -1.3
sucks, suck, sucked, stupid, idiotic, idiots, idiot, dumb, liar*, lied, lies, lie, lying, dishonest, cheated, cheat | -2.6
confusing, confused, complicated, difficult, hard, tedious, clunky, painful | -1.3
unfortunate, sorry to say, beware | -1.5

# --- service: hospitality targets ---
waiter, waiters, waitress, waitresses, waitstaff, waitstaffs, wait staff, server, servers, service staff, floor staff, busboy, busboys, busser, bussers, runner, runners | svc:friendly
staff, staffs, staffer*, staff member, staff members, employee*, personnel, team, crew, workers, people working, people who work | svc:friendly
hostess, hostesses, host, hosts, maitre d, maître d', maitre, maître, bartender*, barman, barmen, barmaid, barista*, sommelier | svc:friendly
service, services, hospitality, customer care | svc:friendly
reception, receptionist*, front desk, concierge, bellboy, bellman, porter, housekeeping, housekeeper*, doorman | svc:friendly
# common misspellings of the people serving ("our waitor", "the waitres"), written as guests type them
waitor, waitors, waitres, waitresss, waiteress, waiteresses, waitstaf, wait-staff, waitperson, waitpersons, wait person, wait persons, waitpeople, wait people, bartendar, bartendars, bar tender, bar tenders | svc:friendly
# the abbreviation of service a hurried reviewer types ("svc was slow but friendly"): service only when judged, as in
# computing it names a running program ("restart the svc")
svc, svcs | svc:friendly judged
# how the guest was treated, as a noun: service when judged ("the treatment we got was shameful"); named alone it is a
# cure or a procedure ("a spa treatment")
treatment, manners, demeanor, demeanour | svc:friendly judged
# "staff" or "employee" naming whose room, door or car park it is speaks of the place, not of the staff ("the staff
# bathroom was off limits")
staff bathroom, staff bathrooms, staff toilet, staff toilets, staff restroom, staff restrooms, staff room, staff rooms, staffroom, staff entrance, staff door, staff parking, staff car park, staff canteen, staff kitchen, staff lounge, staff break room, staff area, staff quarters, staff meal, staff meals, staff discount, staff only area, staff only door, staff only sign, for staff only, employee bathroom, employee bathrooms, employee toilet, employee restroom, employee entrance, employee parking, employee lounge, employees only, employee discount | none
spa treatment, spa treatments, beauty treatment, beauty treatments, medical treatment, treatment plan, treatment room, table manners | none
# what a business wins or loses by how it treats people judges that treatment ("the kind of treatment that buys repeat
# business", "service like that loses customers"); the guest's own loyalty ("we are repeat customers") is no judgement
repeat business, keeps customers coming back, keep customers coming back, keeps people coming back, keep people coming back, brings customers back, bring customers back, wins customers, win customers, wins over customers, earns loyalty, earn loyalty, earns customers, earn customers, earns loyal customers, earn loyal customers | +2
loses customers, lose customers, losing customers, lost customers, loses business, lose business, losing business, drives customers away, drive customers away, driving customers away, drives away customers, drive away customers, scares customers away, scare customers away, scares away customers | -2
royal treatment, vip treatment, red carpet treatment, red-carpet treatment, well served, well-served | cue:friendly +2.2
# more of a hotel's service: arriving, the car, the room's care ("check-in was a nightmare", "the valet was quick")
check-in, checkin, check-in desk, check-in process, check in desk, check in process, front office, guest relations, valet, valets, valet parking, bellhop, bellhops, maid, maids, maid service, cleaning staff, turndown service, shuttle driver, reservations desk, reservations team, booking team | svc:friendly
# --- service: SaaS support targets ---
support, customer support, customer service, client service, tech support, technical support, support team, support staff, support agent*, support rep*, success team | svc:resolution
agent, agents, rep, reps, representative*, specialist*, technician*, engineer from support, advisor*, adviser*, consultant*, operator* | svc:resolution
helpdesk, help desk, service desk, help center, help centre, support desk, support ticket*, ticket, tickets, case number, support case, support cases, support request, support requests, escalation, escalations | svc:resolution
# a ticket that is paid for, a fare or a seat at a show, is the price or the trip, no support ticket ("our tickets were
# cheaper than the train", "the train tickets were expensive") (round analyzer80)
train ticket, train tickets, plane ticket, plane tickets, flight ticket, flight tickets, bus ticket, bus tickets, coach ticket, coach tickets, ferry ticket, ferry tickets, rail ticket, rail tickets, concert ticket, concert tickets, cinema ticket, cinema tickets, movie ticket, movie tickets, theatre ticket, theatre tickets, theater ticket, theater tickets, show ticket, show tickets, match ticket, match tickets, festival ticket, festival tickets, event ticket, event tickets, lottery ticket, lottery tickets, raffle ticket, raffle tickets, parking ticket, parking tickets, speeding ticket, speeding tickets, return ticket, return tickets, season ticket, season tickets, day ticket, day tickets, entry ticket, entry tickets, entrance ticket, entrance tickets, museum ticket, museum tickets, ticket price, ticket prices, ticket fare, tickets were cheap, tickets were cheaper, tickets are cheap, tickets are cheaper, tickets cost, tickets were cheaper than, bought tickets, bought our tickets, bought the tickets, bought my ticket, bought a ticket, booked tickets, booked our tickets, booked the tickets, tickets for the show, tickets for the game, tickets for the match, tickets for the concert | asp only
# the support named by a contact counted (first-contact resolution): "fixed it on the first call", "solved within one
# chat"; a call alone is the guest's ("I'll call again") and names no one
first call, first phone call, single call, one call, one phone call, single phone call, first chat, one chat, single chat, first email, one email, single email | svc:resolution
# help as a noun with its owner or article is what the service gave, judged ("the help they gave us was useless",
# "their help was great"); "with the help of a friend" is no one's service
the help, their help, his help, her help, your help | svc:resolution judged
# ... but not when a longer name of service begins there ("the help desk")
the help desk, the help center, the help centre, the help line, their help desk, their help center, their help centre, their help line, your help desk, your help center, your help centre, your help line, his help desk, his help center, his help centre, his help line, her help desk, her help center, her help centre, her help line | svc:resolution
with the help of, the help page, the help pages, the help article, the help articles, the help docs, the help section, the help menu, the help button, the help text, the help icon, their help page, their help pages, their help article, their help articles, their help docs, their help section, their help menu, their help button, their help text, their help icon, your help page, your help pages, your help article, your help articles, your help docs, your help section, your help menu, your help button, your help text, your help icon | none
# the promised response time of a support contract ("they missed the SLA twice"), and news of a case that never came;
# "sla" is English only (Dutch "sla" is lettuce)
sla, slas, service level agreement | svc:speed only
missed the sla, missed their sla, breached the sla, sla breach, sla breaches, no update, no updates, no status update, never got an update, never received an update, without an update, without any update, without any updates | cue:speed -1.8
account manager*, customer success, success manager*, csm, csms, onboarding, onboarded, implementation team, implementation, kickoff, kick-off, trainer, training session*, training | svc:onboarding
live chat, chat, chats, chatbot, phone support, phone line, hotline, call center, call centre, support line, email support, callback, call back, call me back, contact form, in-app chat | svc:availability
response, responses, response time, reply, replies, first response, turnaround, turnaround time, resolution time | svc:speed
# --- service: cues (said only of service) ---
attentive, attentively, attentiveness, attention | cue:friendly +1.8
inattentive, unattentive, not attentive | cue:friendly -2.2
friendl*, freindly, frendly, freindl* | cue:friendly +2.2
unfriendl* | cue:friendly -2.3
polite, politely, courteous, courteously, respectful, gracious, cordial, hospitable, welcoming, warmly, kindly | cue:friendly +2.1
rude, rudely, ruder, rudest, impolite, discourteous, uncourteous, ungracious, disrespectful, condescending, dismissive, arrogant, snobby, snobbish, snooty, snotty, surly, hostile, obnoxious, grumpy, unpleasant, abrupt, curt, short with | cue:friendly -2.7
# staff laughing at the guest or at a complaint mock them ("laughed when we told him the soup was cold")
laughed at us, laughed at me, laughing at us, laughing at me, laughs at us, laughed in our faces, laughed in our face, laughed in my face, laughed when we told, laughed when i told, laughed when we complained, laughed when i complained, just laughed, only laughed | cue:friendly -2.3
# clearing a browser's cache or cookies is a step of support, not a judgement ("the agent told me to clear my cache")
clear my cache, clear the cache, clear your cache, clear cache, clear my cookies, clear the cookies, clear your cookies, clear cookies, clear my browser, clear the browser, clear my history, clear the history, clear your history, cleared my cache, cleared the cache, cleared my cookies, cleared the cookies, clearing my cache, clearing the cache, clearing cookies, clearing my cookies, clear my data, clear the data, clear the app data, made it clear, make it clear, makes it clear, made it very clear, made it quite clear | none
helpful, very helpful, super helpful | cue:resolution +2.1
unhelpful, not helpful | cue:resolution -2.3
accommodat*, accomodat*, flexible, cater*, went out of their way, went out of his way, went out of her way, extra mile, bent over backwards | cue:friendly +2.3
professional, professionally, professionalism, knowledgeable, competent, expert, experienced, well trained, well-trained, informed | cue:knowledge +2
unprofessional, incompetent, clueless, inexperienced, untrained, amateur*, ignorant | cue:knowledge -2.6
prompt, responsive, efficient, efficiently, speedy, swift | cue:speed +1.8
unresponsive, slow to respond, slow to reply, took forever, takes forever, taking forever, long wait, long waits, ages to | cue:speed -2.2
late | cat:speed -1
slow, slowly, slower, slowest, sluggish, delayed, delay, delays, overdue, rushed, rushing, rush, hurried | cue:speed -1.8
# what came "finally" or "eventually" came late ("the waiter finally brought the bill")
finally, eventually | cat:speed -1
delivery, deliveries | svc:speed
# the verb tells what happened to the goods ("the pizza was delivered cold", "if only they delivered"), not how
# anyone served: a hint of speed beside a mention, none of its own
delivered, deliver, delivers | cat:speed
fast, faster, fastest, quick, quicker, rapid, timely, on time | cue:speed +1.5
wait, waits, waiting, waited | cue:speed -0.4 wait
short wait, no wait at all, small wait, quick turnaround | cue:speed +1.5
minutes, mins, hour, hours, forever, ages, days, weeks | cat:speed
served, serving, serves | cat:speed
promptly, timely | cue:speed +1.6
# "complimentary" is what came free (bread, a dessert), said of the dish; it keeps VADER's praise but makes no mention
offered, offering, on the house, comped | cue:friendly +0.8
take forever, takes forever, take for ever, took for ever, takes for ever, forever to, ages to, long overdue | cue:speed -2.2
first class, 1st class, world-class, like royalty, royalty, like royality, royality | +2.5
# seating the guest is an act of serving like bringing the dishes: service whatever the clause opened with ("the
# restaurant was half empty and still we were not seated")
# being given a table is the same act ("they got us a table right away"); the prospect of one ("hard to get a
# table", "getting a table") tells how busy the place is and is not listed
seated, seat us, sat us, seated us, got a table, gotten a table, given a table, gave us a table, get us a table, got us a table | cue:speed
# being asked to wait is a plain act; how long the wait was judges it ("asked me to wait for two hours") (round analyzer73)
asked me to wait, asked us to wait, told me to wait, told us to wait, asked me to hold, asked us to hold, asked me to take a seat, asked us to take a seat, told us to take a seat | cue:speed wait
greet*, welcomed, welcome | cue:friendly +0.8
seat, sit anywhere | cue:speed
acknowledg* | cue:friendly +0.8
care, cares, cared, caring | cue:friendly +1.2 only
walked away, walked off, walks away, turned away, stormed off | cue:friendly -1.5
asked, asking, ask them, told us, told me, tells you, said to us, request*, special requests | cue:resolution
# being told, in the passive, is what the staff answered the guest, and in a review it mostly brings the bad news or
# the excuse ("we were told the kitchen was closed", "I was told someone would call me back"): a mild complaint
we were told, i was told, we were informed, i was informed | cue:resolution -0.8
didn't know, did not know, doesn't know, does not know, don't know, do not know, no idea, had no idea, no clue, clueless about | cat:knowledge -2
took our order, take our order, taken our order, took my order, brought, refill*, topped up, cleared, checked on us, check on us, checking on us, came over, came by, came to our table, stopped by | cue:speed
# clearing the table is an act of serving like bringing the dishes, not VADER's "clear" (+1.6, of the adjective): "kept
# trying to clear our plates" is no praise
clear our plates, clear the plates, clear my plate, clear the table, clear our table, clear the dishes, clear our dishes, clear away, clearing our plates, clearing the plates, clearing my plate, clearing the table, clearing our table, clearing the dishes, clearing away | cue:speed
tip, tipped, tipping, gratuity | cue:friendly only
ignored, ignore, ignoring, neglected, neglecting, forgot, forgotten, forgetting, forget, forgets, disappearing, vanishing | cue:friendly -2
smile, smiles, smiled, smiling, smiley, cheerful, warm, warmth, caring, kind, kinder, kindness, patient, patience, sweet, genuine, thoughtful, personable, charming | cat:friendly +1.8
attitude, impatient, lazy, indifferent, apathetic, careless, cold shoulder | cue:friendly -2
# someone seen or heard to be bored is the one serving ("looking bored behind the counter"); the guest's own boredom
# ("we left bored") is not listed
looked bored, looking bored, looks bored, look bored, seemed bored, seeming bored, seems bored, seem bored, sounded bored, sounding bored, sounds bored, sound bored, looked more bored | cue:friendly -1.8
apolog* | cue:friendly +0.5
# information that was wrong is the agent's competence failing, not a problem left unsolved
wrong information, wrong info, incorrect information, misinformed, misinformation, wrong answer, wrong answers, incorrect answer, incorrect answers, conflicting information, conflicting answers, wrong advice, bad advice | cat:knowledge -2
guided, suggested, recommendation*, advice, knew, knows | cat:knowledge +0.8
# guiding the customer through a task is a patient act of the staff, whoever names them ("she walked me through the refund process")
walked me through, walked us through, talked me through, talked us through, walks you through, walked me thru, guided me through, guided us through, took me through, took us through | cue:knowledge +1.2
# a verb of telling is an act, told plainly it judges nothing ("the server explained the specials"): praise comes from
# how it was told ("patiently explained", "explained everything clearly")
explained, explain*, advised | cat:knowledge
patiently explained, explained patiently, clearly explained, explained clearly, explained everything clearly, explained it clearly, explained things clearly, carefully explained, explained carefully, explained in detail, explained everything in detail, explained it in detail, took the time to explain, explained everything well, explained it well, explained things well, explained it so well, explained everything so well | cue:knowledge +1.5 only
helped us, helped me, helped, fixed it, sorted it | cue:resolution +1.5
help, helps | cat:resolution +1.2
# understanding the customer's problem is the agent's competence (and lifts the problem's blame, as solving it does)
understood my, understand my, understands my, understood our, understand our, understands our, understood me, understand me, understands me, understood us, understand us, understands us | cat:knowledge +1
taken care of, took care of, well taken care of, take care of | cue:resolution +1.5
resolved, resolve, solved, solve, fixed, fix, sorted, sorted out, handled, escalated, escalate, refund, replacement | cat:resolution +1.2
# with "they" or the house for subject an answer is the service answering (`reply`: "The hotel responded quickly", round analyzer73)
answered, responded, got back to, get back to, getting back to, replied, respond*, reply to, replying | cat:speed +0.9 reply
# a problem left unsolved is the support's failure even when no one is named ("my issue was never resolved")
unresolved, did not solve, didn't solve, did not fix, didn't fix, did not resolve, didn't resolve, could not solve, couldn't solve, could not fix, couldn't fix, could not resolve, couldn't resolve, never resolved, never got resolved, never been resolved, still not resolved, still unresolved, never fixed, never got fixed, never been fixed, still not fixed, never solved, never got solved, still not solved, not been resolved, not been fixed, not been solved, hasn't been resolved, hasn't been fixed, hasn't been solved, wasn't resolved, wasn't fixed, wasn't solved, was not resolved, was not fixed, was not solved | cue:resolution -2
instead of helping, rather than helping, instead of answering, rather than answering, instead of fixing, rather than fixing | cue:resolution -2
# how someone is to deal with ("lovely to deal with", "a nightmare to deal with") is their manner
to deal with | cat:friendly
# analyzer60: the runaround told with its pronoun or its count ("passed me around", "transferred me three times", "kept transferring me")
runaround, run around, passed around, bounced around, transferred, passed me around, passed us around, bounced me around, bounced us around, transferred me around, transferred us around, transferred again, transferred back and forth, kept transferring, kept transferring me, kept getting transferred, transferred multiple times, transferred several times, transferred many times, transferred three times, transferred twice, transferred me three times, transferred me twice, transferred me multiple times, transferred me again, transferred me back and forth, copy paste, copy-paste, canned response*, scripted | cue:resolution -2
# analyzer60: a question asked as a complaint ("is it too much to ask for a reply?", "how many times do I have to call?")
too much to ask, how many times do i have to, how many times do we have to, how many times must i, how many more times do i have to, how many more times | cue:resolution -2
# analyzer74: asking whether anyone "actually" or "even" does the job doubts that anyone does, a complaint ("Is anyone
# actually reading these tickets?", "Has anyone at support even looked at my ticket?"); no cue, so it judges only a
# service word it shares the sentence with ("Does anyone actually use this feature?" names no service)
is anyone actually, is anybody actually, does anyone actually, does anybody actually, has anyone actually, has anybody actually, did anyone actually, did anybody actually, do any of you actually, do you actually, is anyone even, is anybody even, does anyone even, does anybody even, has anyone even, has anybody even, did anyone even, did anybody even, do you even, does anyone there actually, does anyone there even, is anyone there, is anybody there, is anyone out there, is anybody out there, is anyone home | cat:resolution -1.8 only
# a ticket closed again and again is the runaround ("the agent keeps closing my ticket")
keep closing, keeps closing, kept closing, keep closing my ticket, keeps closing my ticket, kept closing my ticket, closed my ticket again, closed it again without | cat:resolution -1.8 only
# a known issue told is what the product has, no blame of whoever told it ("the agent told me it was a known issue"); an
# issue not fixed still blames by its negation
known issue, known issues, known bug, known bugs, known problem, known problems | none only
on hold, put on hold, hung up, hold time, unreachable, unavailable, impossible to reach, no way to contact | cue:availability -2.2
# a wait on the line is a wait: the guest's pardon excuses it as it does a slow answer ("They put me on hold twice. That
# was fine.")
on hold, put on hold, hold time | hold only
# an answer that never came is the slowest answer: responsiveness, not a missing channel
unanswered, no response, no reply, no answer, never answered, never replied, never responded, never got back | cue:speed -1.8
# support answers in days, not minutes: an answer that took days or has not come yet is slow service
heard nothing, heard nothing back, heard nothing more, heard nothing since, heard nothing from them, heard nothing from anyone, didn't hear back, did not hear back, didnt hear back, never heard anything, never heard anything back, took days, took weeks, took a week, took over a week, took a few days, took several days, takes days, takes weeks, still waiting, still no reply, still no response, still no answer, haven't heard back, have not heard back, never heard back | cue:speed -1.8
# hearing nothing but good of a place is hearsay of praise, not a silence (analyzer75)
heard nothing but, have heard nothing but, i've heard nothing but, ive heard nothing but | none
# the unit leads its phrase ("waited three days for a reply", "took them two weeks to answer"): the unit counts the
# number before it as a wait does, so a limiter before it plays the wait down (round analyzer59)
days to respond, days to reply, days to answer, days to get back, days for a reply, days for a response, days for an answer, days to get a reply, days to get an answer, days to get a response, days to hear back | cue:speed -1.8 dur:1440
weeks to respond, weeks to reply, weeks to answer, weeks to get back, weeks for a reply, weeks for a response, week to respond, week to reply, week to answer, week to get back, week to get a reply, week to get an answer, week to get a response, week to hear back, week for a reply, week for a response, week for an answer, weeks to get a reply, weeks to get an answer, weeks to get a response, weeks to hear back | cue:speed -1.8 dur:10080
# support open only part of the day is its availability, not its speed ("only available in US hours")
business hours, office hours, working hours, us hours, uk hours, eu hours | cat:availability
only available, limited hours | cat:availability -1
offline | cat:availability -1.5
available, reachable, 24/7, around the clock, reach, reached, contact, contacted, call, called, phone, email, emailed | cat:availability
# support the customer did without ("never needed support", "no need for support", "didn't even need to open a ticket")
# is no experience of it and no complaint
need, needed, needs, needing, no need for, had to contact, have to contact, has to contact, had to call, have to call, had to email, have to email, had to reach out, have to reach out, had to open, have to open, had to use, have to use, had to raise, have to raise, had to submit, have to submit, had to file, have to file | need
# getting a person at all is the support's availability: said of anyone it is nearly always denied ("can never reach
# anyone", "impossible to get anyone on the phone", "you can't talk to a human"), which blames through the negated cue;
# said of someone it is the channel working ("I can just ping someone on Slack")
reach anyone, reach anybody, reach someone, reach somebody, reach a human, reach a real person, reach a person, reach a live person, reached someone, reached a human, reached a real person, get hold of anyone, get hold of anybody, get hold of someone, getting hold of anyone, getting hold of anybody, getting hold of someone, got hold of someone, got hold of anyone, get through to anyone, get through to someone, getting through to anyone, got through to someone, get anyone on the phone, get anybody on the phone, get someone on the phone, getting anyone on the phone, got someone on the phone, talk to a human, talk to a real person, talk to a live person, speak to a human, speak to a real person, speak to a live person, talking to a human, speaking to a human, talk to anyone, speak to anyone, ping someone, ping somebody, someone picks up, somebody picks up, someone picked up, somebody picked up, get anyone to help, get anyone to respond, get someone to help, get someone to respond | cue:availability
nobody picks up, no one picks up, nobody ever picks up, no one ever picks up, nobody ever picked up, no one ever picked up | cue:availability -2
# what cannot be done at all ("getting hold of anyone is impossible")
impossible | -1.5
# a reply that is only a pointer or a copy ("support just links to the docs", "copy-pasted the FAQ") answers nothing
just links to, just linked to, just linked me, just link to, just sent me a link, just sent a link, just send a link, just sends a link, just pointed me to, just points to, sent me a link to the faq, sent me a link to the docs, link to the faq, links to the faq, copy-pasted, copy pasted, copy-pastes, copy pastes, copypasted, copy and paste, copy-and-paste, copy and pasted | cue:resolution -2
# reading from a script, each agent telling another story: the agents do not know the product
reads from a script, read from a script, reading from a script, reads off a script, read off a script, reading off a script, a different answer, different answers, a different answer every time, something different every time, tells me something different, told me something different, tell me something different, inconsistent answers, inconsistent information, contradictory answers, contradictory information, contradicting answers | cue:knowledge -2
# knowing the product is the agents' competence, not a judgement of the product ("nobody knows the product as well as Sam")
knows the product, know the product, knew the product, knows their product, know their product, knew their product, knows their own product, know their own product, knew their own product, knows the software, know the software, knew the software, knows his stuff, knows her stuff, knows their stuff, know their stuff, knew his stuff, knew her stuff, knew their stuff, know his stuff, know her stuff, know your stuff | cue:knowledge +1.5
# the customer made to tell the problem again, sent between people or in circles: the support failed them
had to explain, have to explain, had to re-explain, repeat myself, repeating myself, had to repeat, have to repeat, bounced between, passed between, bounced from, in circles, going in circles, round in circles | cue:resolution -2
# slow or quick to put right is how well the problem was solved, not how fast the answer came
slow to resolve, slow to fix, slow to solve, slow to sort, slow at fixing, slow in fixing, slow in resolving | cue:resolution -2
quick to resolve, quick to fix, quick to solve, fast to fix, fast to resolve | cue:resolution +2
# keeping the customer informed after the first answer is responsiveness ("zero follow-up after the outage")
follow up, follow-up, followed up, follow-ups, follow ups, following up, followup, followups, got back to me, got back to us, get back to me, get back to us, getting back to me, getting back to us | cue:speed +1
# a vote of thanks to someone ("five stars for Jenna", "props to the team") praises them
five stars for, 5 stars for, five stars to, 5 stars to, props to, big thanks to, special thanks to, a big thank you to, huge thanks to | +2.5
setup, set up, set-up, getting started, walkthrough, demo, migration, onboard | cat:onboarding

# qualities of food and drink: beside an act of serving alone they judge the dish ("what came to our table was burnt")
fresh, stale, tasty, delicious, yummy, flavorful, flavourful, mouthwatering, scrumptious, bland, tasteless, greasy, soggy, burnt, burned, raw, undercooked, overcooked, salty, cold, chilly, lukewarm, inedible, delicous, delicios, deliscious | dish

# --- other aspects (take the sentiment near them) ---
food, meal, meals, dish, dishes, dinner, lunch, breakfast, brunch, cuisine, menu, portion*, pizza*, sushi, pasta, steak*, burger*, dessert*, drink*, wine*, beer*, cocktail*, coffee, tea, appetizer*, entree*, entrée*, salad*, soup*, sauce*, chicken, fish, seafood, bread, rice, noodle*, fries, cheese, meat, flavor*, flavour*, taste, tastes, tasted, kitchen, chef, chefs, cook, cooks | asp
price, prices, pricing, value, bill, cost, costs | asp
decor, décor, atmosphere, ambiance, ambience, music, location, view, views, interior, terrace, patio, bar | asp
place, restaurant, spot, joint, establishment, venue, experience, overall, room, rooms, bed, beds, bathroom, pool, beach, hotel, lobby, parking, wifi, wi-fi, breakfast buffet | asp
product, products, app, application, software, tool, tools, feature*, platform, interface, ui, dashboard, integration*, plan, plans, subscription, update*, website, site, release, version | asp
# not about service
quick bite, quick lunch, quick meal, quick dinner, quick breakfast, quick snack, worth the wait, well worth the wait, what more can you ask for, what more could you ask for, wait in line, wait on line, wait to go back, wait to return, co-workers, coworkers, co workers, a few tips, service charge, service fee, fast food, self service, self-service, room service menu, serving size, servings, serving of, full service bar | none

# more review vocabulary
made us feel welcome, made us feel at home, felt welcome, felt at home, feel welcome, like a regular, like regulars, went above and beyond, above & beyond, could not have been nicer, couldn't have been nicer, could not have been more helpful, couldn't have been more helpful, bent over backwards, on top of everything, on top of things, on the ball, know their stuff, knows his stuff, knows her stuff, knew their stuff, knowledgeable staff, pleasure to deal with, pleasure to work with | cue:friendly +2.6
superstar, superstars, rockstar, rockstars, rock star, rock stars, lifesaver, lifesavers, life saver, legend, legends, was a star, is a star, were stars, are stars, an absolute star, a real star, a total star, a true star, such a star, an absolute gem, a real gem | +2.6
# nothing could surpass it: the wish phrase "could be" and "better" say the opposite of what these mean
nothing could be better, nothing could have been better, couldn't ask for more, could not ask for more, couldn't ask for better, could not ask for better, can't ask for more, cannot ask for more, could not have asked for more, couldn't have asked for more, could not have asked for better, couldn't have asked for better, couldn't have asked for a better, could not have asked for a better, couldn't ask for a better, could not ask for a better | +2.8
made us wait, kept us waiting, left us waiting, had to wait, had to ask, had to flag, flag down, flagged down, nowhere to be found, nowhere to be seen, disappeared, vanished, never came back, never came, never showed, never checked, never brought, never returned, never refilled, ignored us, didn't care, did not care, could not care less, couldn't care less, could not have cared less, couldn't have cared less, couldnt have cared less, no apology, not even an apology, without apology, without an apology, attitude problem, bad attitude, rolled her eyes, rolled his eyes, rolled their eyes, eye roll, eye-roll, yelled, yelling, shouted, shouting, screamed, argued, arguing, snapped, snapping, glared, scolded, lectured, kicked us out, rushed us, rushing us, hurried us, hurry us, hurrying us, pressured us, pressure us, pressuring us, pushed us to | cue:friendly -2.5
# the need to chase denied: they acted without being chased ("there was no need to chase the support team", "I never had to
# chase them"; "had to chase" blames) (round analyzer73)
no need to chase, never any need to chase, no need to keep chasing, never had to chase, never have to chase, never needed to chase, didn't have to chase, didnt have to chase, did not have to chase, didn't need to chase, did not need to chase, don't have to chase, do not have to chase, without having to chase, without any chasing, no chasing | cue:resolution +1.5
# staff who would not leave the guest alone hovered: a complaint ("the waiter never left us alone"; "never left us waiting" praises)
never left us alone, never left me alone, never leaves you alone, never leave you alone, wouldn't leave us alone, wouldnt leave us alone, would not leave us alone, wouldn't leave me alone, would not leave me alone, won't leave you alone, wont leave you alone, won't leave us alone, didn't leave us alone, did not leave us alone, didn't leave me alone, did not leave me alone, couldn't leave us alone, could not leave us alone, kept hovering, hovering over us, hovered over us, hovering around us, hovered around us | cue:friendly -1.8
# a courier's careless act with the customer's parcel is the delivery failing them, whoever did it ("the driver left the
# parcel in the rain": "driver" alone stays no staff, analyzer66) (round analyzer73)
left the parcel in the rain, left the parcel out in the rain, threw the parcel over the fence, thrown the parcel over the fence, dumped the parcel in the rain, left the parcel in the bin, left the parcel in a puddle, left my parcel in the rain, left my parcel out in the rain, threw my parcel over the fence, thrown my parcel over the fence, dumped my parcel in the rain, left my parcel in the bin, left my parcel in a puddle, left our parcel in the rain, left our parcel out in the rain, threw our parcel over the fence, thrown our parcel over the fence, dumped our parcel in the rain, left our parcel in the bin, left our parcel in a puddle, left the package in the rain, left the package out in the rain, threw the package over the fence, thrown the package over the fence, dumped the package in the rain, left the package in the bin, left the package in a puddle, left my package in the rain, left my package out in the rain, threw my package over the fence, thrown my package over the fence, dumped my package in the rain, left my package in the bin, left my package in a puddle, left our package in the rain, left our package out in the rain, threw our package over the fence, thrown our package over the fence, dumped our package in the rain, left our package in the bin, left our package in a puddle, left the box in the rain, left the box out in the rain, threw the box over the fence, thrown the box over the fence, dumped the box in the rain, left the box in the bin, left the box in a puddle, left my box in the rain, left my box out in the rain, threw my box over the fence, thrown my box over the fence, dumped my box in the rain, left my box in the bin, left my box in a puddle, left it in the rain, left it out in the rain, threw it over the fence, thrown it over the fence, dumped it in the rain, left it in the bin, left it in a puddle, left the delivery in the rain, left the delivery out in the rain, threw the delivery over the fence, thrown the delivery over the fence, dumped the delivery in the rain, left the delivery in the bin, left the delivery in a puddle, left my delivery in the rain, left my delivery out in the rain, threw my delivery over the fence, thrown my delivery over the fence, dumped my delivery in the rain, left my delivery in the bin, left my delivery in a puddle, left my order in the rain, left my order out in the rain, threw my order over the fence, thrown my order over the fence, dumped my order in the rain, left my order in the bin, left my order in a puddle, left our order in the rain, left our order out in the rain, threw our order over the fence, thrown our order over the fence, dumped our order in the rain, left our order in the bin, left our order in a puddle, threw the parcel, threw my parcel, threw the package, threw my package, thrown over the fence, threw it over the gate, left soaking wet on the doorstep | cue:resolution -2
# no straight answer is a non-answer: evasion, not praise of an answer ("the bank never gave me a straight answer")
never gave me a straight answer, never gave me a clear answer, never gave me a direct answer, never gave me a proper answer, never gave me a straight reply, never gave me a clear reply, never gave us a straight answer, never gave us a clear answer, never gave us a direct answer, never gave us a proper answer, never gave us a straight reply, never gave us a clear reply, didn't give me a straight answer, didn't give me a clear answer, didn't give me a direct answer, didn't give me a proper answer, didn't give me a straight reply, didn't give me a clear reply, didnt give me a straight answer, didnt give me a clear answer, didnt give me a direct answer, didnt give me a proper answer, didnt give me a straight reply, didnt give me a clear reply, did not give me a straight answer, did not give me a clear answer, did not give me a direct answer, did not give me a proper answer, did not give me a straight reply, did not give me a clear reply, didn't give us a straight answer, didn't give us a clear answer, didn't give us a direct answer, didn't give us a proper answer, didn't give us a straight reply, didn't give us a clear reply, did not give us a straight answer, did not give us a clear answer, did not give us a direct answer, did not give us a proper answer, did not give us a straight reply, did not give us a clear reply, couldn't give me a straight answer, couldn't give me a clear answer, couldn't give me a direct answer, couldn't give me a proper answer, couldn't give me a straight reply, couldn't give me a clear reply, couldnt give me a straight answer, couldnt give me a clear answer, couldnt give me a direct answer, couldnt give me a proper answer, couldnt give me a straight reply, couldnt give me a clear reply, could not give me a straight answer, could not give me a clear answer, could not give me a direct answer, could not give me a proper answer, could not give me a straight reply, could not give me a clear reply, couldn't give us a straight answer, couldn't give us a clear answer, couldn't give us a direct answer, couldn't give us a proper answer, couldn't give us a straight reply, couldn't give us a clear reply, could not give us a straight answer, could not give us a clear answer, could not give us a direct answer, could not give us a proper answer, could not give us a straight reply, could not give us a clear reply, wouldn't give me a straight answer, wouldn't give me a clear answer, wouldn't give me a direct answer, wouldn't give me a proper answer, wouldn't give me a straight reply, wouldn't give me a clear reply, wouldnt give me a straight answer, wouldnt give me a clear answer, wouldnt give me a direct answer, wouldnt give me a proper answer, wouldnt give me a straight reply, wouldnt give me a clear reply, would not give me a straight answer, would not give me a clear answer, would not give me a direct answer, would not give me a proper answer, would not give me a straight reply, would not give me a clear reply, wouldn't give us a straight answer, wouldn't give us a clear answer, wouldn't give us a direct answer, wouldn't give us a proper answer, wouldn't give us a straight reply, wouldn't give us a clear reply, would not give us a straight answer, would not give us a clear answer, would not give us a direct answer, would not give us a proper answer, would not give us a straight reply, would not give us a clear reply, won't give me a straight answer, won't give me a clear answer, won't give me a direct answer, won't give me a proper answer, won't give me a straight reply, won't give me a clear reply, wont give me a straight answer, wont give me a clear answer, wont give me a direct answer, wont give me a proper answer, wont give me a straight reply, wont give me a clear reply, can't give me a straight answer, can't give me a clear answer, can't give me a direct answer, can't give me a proper answer, can't give me a straight reply, can't give me a clear reply, cant give me a straight answer, cant give me a clear answer, cant give me a direct answer, cant give me a proper answer, cant give me a straight reply, cant give me a clear reply, cannot give me a straight answer, cannot give me a clear answer, cannot give me a direct answer, cannot give me a proper answer, cannot give me a straight reply, cannot give me a clear reply, never got a straight answer, never got a clear answer, never got a direct answer, never got a proper answer, never got a straight reply, never got a clear reply, couldn't get a straight answer, couldn't get a clear answer, couldn't get a direct answer, couldn't get a proper answer, couldn't get a straight reply, couldn't get a clear reply, couldnt get a straight answer, couldnt get a clear answer, couldnt get a direct answer, couldnt get a proper answer, couldnt get a straight reply, couldnt get a clear reply, could not get a straight answer, could not get a clear answer, could not get a direct answer, could not get a proper answer, could not get a straight reply, could not get a clear reply, can't get a straight answer, can't get a clear answer, can't get a direct answer, can't get a proper answer, can't get a straight reply, can't get a clear reply, cant get a straight answer, cant get a clear answer, cant get a direct answer, cant get a proper answer, cant get a straight reply, cant get a clear reply, cannot get a straight answer, cannot get a clear answer, cannot get a direct answer, cannot get a proper answer, cannot get a straight reply, cannot get a clear reply, never get a straight answer, never get a clear answer, never get a direct answer, never get a proper answer, never get a straight reply, never get a clear reply, didn't get a straight answer, didn't get a clear answer, didn't get a direct answer, didn't get a proper answer, didn't get a straight reply, didn't get a clear reply, did not get a straight answer, did not get a clear answer, did not get a direct answer, did not get a proper answer, did not get a straight reply, did not get a clear reply, no one could give me a straight answer, no one could give me a clear answer, no one could give me a direct answer, no one could give me a proper answer, no one could give me a straight reply, no one could give me a clear reply, nobody could give me a straight answer, nobody could give me a clear answer, nobody could give me a direct answer, nobody could give me a proper answer, nobody could give me a straight reply, nobody could give me a clear reply, no one gave me a straight answer, no one gave me a clear answer, no one gave me a direct answer, no one gave me a proper answer, no one gave me a straight reply, no one gave me a clear reply, nobody gave me a straight answer, nobody gave me a clear answer, nobody gave me a direct answer, nobody gave me a proper answer, nobody gave me a straight reply, nobody gave me a clear reply, no straight answer, no straight answers, no clear answer, no clear answers, no direct answer | cue:knowledge -2
finally got a straight answer, finally a straight answer, got a straight answer, gave me a straight answer, gave us a straight answer, gave a straight answer, gives a straight answer, gave me a clear answer, gave us a clear answer, got a clear answer | cue:knowledge +1.5
who cares | none
leaves a lot to be desired, leaves much to be desired, left a lot to be desired, left much to be desired, needs improvement, needs work, room for improvement, not up to par, below par, lacking, lacked, lackluster, lacklustre, sloppy, careless, clumsy, awkward, amateurish, disorganized, disorganised, chaotic, overwhelmed, understaffed, short staffed, short-staffed, spotty, scatty, inconsistent | cat:friendly -2

# --- units of time: a number of them long enough is a wait (WaitingTime) ---
minute, minutes, min, mins | dur
hour, hours, hr, hrs | dur:60
# days and longer are a wait for an answer only when measured by a word that measures a wait ("every reply takes at
# least two days", "it took them the best part of a week"); unmeasured they are stays and opening days ("open 7 days")
# ("a week" counts one); the singular alone is left unknown, it mostly names a day or an event ("restaurant week")
days, a day, a full day, a whole day | dur:1440 cat:speed
weeks, a week, a full week, a whole week | dur:10080 cat:speed
months | dur:43200
a month, a full month, a whole month | dur:43200 cat:speed
# numbers in words count units of time like digits, but only after a word that measures a wait ("took forty minutes",
# "took them over an hour", "after half an hour") or a verb of waiting ("waited an hour"): unled they mostly tell
# how long the guest stayed ("spent three hours there", "an hour before closing")
an, one | num:1
half | num:0.5
two | num:2
three | num:3
four | num:4
five | num:5
ten | num:10
fifteen | num:15
twenty | num:20
thirty | num:30
forty | num:40
fifty | num:50
sixty | num:60
ninety | num:90
six | num:6
seven | num:7
eight | num:8
nine | num:9
eleven | num:11
twelve | num:12
took, take, takes, taking, taken, after | span
# a span followed by "later" is how long something took to come ("they fixed it a month later", "two weeks later")
later | span
# most of a span, measured ("took the best part of an hour"): a measure of the wait, not praise
the best part of, the better part of, the greater part of, a good part of | span
within, in under, in less than, in no more than, less than, under | within
no less than, not less than | none
walk, walking, walks, drive, driving, ride, by car, by taxi, by cab, by train, by bus, by metro, by subway, by tube, on foot, away | far

# effort on the guest's behalf
did their best, doing their best, do their best, did her best, did his best, tried their best, tried hard, made an effort, make an effort | cue:friendly +1.8

# the guest forgetting a waiter's name speaks of the guest, not of the service
forgot her name, forgot his name, forgot their name, forgot the name, forget her name, forget his name, forgotten her name, forgotten his name, don't remember her name, don't remember his name, can't remember her name, can't remember his name, didn't catch her name, didn't catch his name, didn't get her name, didn't get his name, do not remember her name, do not remember his name | none

# "stop" as a visit or a pause ("we stopped in for lunch", "did not stop to apologize") carries none of VADER's -1.2;
# "stopped by" is already a service cue (a waiter stopping by the table)
stop in, stops in, stopped in, stopping in, stop at, stopped at, stop for, stopped for, stop to, stops to, stopped to, stopping to, a quick stop, pit stop | none

# a comparative denied after a modal is top praise or blame ("could not have been friendlier", "couldn't be worse");
# praise in the comparative after a modal alone is what was missing ("support could be faster", "would be better")
can, could, can't, cant, couldn't, couldnt, cannot, would, wouldn't, wouldnt, should, shouldn't, shouldnt, might | modal
more | more
can't be beat, cannot be beat, can't be beaten, cannot be beaten, couldn't be beat, could not be beat | +3

# "experienced" as a verb tells what the guest went through, not the staff's skill
have experienced, has experienced, had experienced, i've experienced, ive experienced, we've experienced, i experienced, we experienced, you experienced, they experienced, ever experienced, never experienced | none
# a "-friendly" compound praises what suits a kind of guest (menu, place, product), not how the staff behaved
vegetarian-friendly, vegetarian friendly, vegan-friendly, vegan friendly, kid-friendly, kid friendly, kids-friendly, child-friendly, child friendly, family-friendly, family friendly, pet-friendly, pet friendly, dog-friendly, dog friendly, budget-friendly, budget friendly, wallet-friendly, wallet friendly, user-friendly, user friendly, eco-friendly, eco friendly, gluten-free friendly, allergy-friendly, allergy friendly | +1.5

# ("subpar service" is no phrase of its own: it would hide its service word; "subpar" alone blames it)
# complaints about how the staff carried themselves
can't stand, cannot stand, couldn't stand, could not stand | -2.2
doing us a favor, doing you a favor, doing me a favor, doing us a favour, doing you a favour, doing me a favour | cue:friendly -2
unappreciative, overbearing, over-bearing, intrusive, pushy | cue:friendly -1.8
take my business elsewhere, take our business elsewhere, take your business elsewhere | -2.5
without so much as, not so much as, without even | neg
as family, like kings, like a king, like a queen, like vips, like a vip | +2.5
# a bound on a wait ("wait for max 10 minutes", "ten minutes tops")
max, maximum, at most, tops | within
# words of service used of something else: advice to the reader, a verb of hosting, a slow day
forget about, let's not forget, lets not forget, don't forget, dont forget, do not forget, never forget | none
to host, host a, host an, host your | none
lazy saturday, lazy sunday, lazy afternoon, lazy morning, lazy evening, lazy day | none
# being served quickly is the other side of a wait: service whatever came so quickly ("the pasta was served promptly")
served promptly, served quickly, served fast, served timely, served efficiently, served immediately, served right away, served in a timely manner, served in no time, came out quickly, came out fast, came out promptly, brought out quickly, brought out promptly | cue:speed +1.8 wait
# the same of a delivery: how fast it came, or that it came to the door, is the service
delivered quickly, delivered fast, delivered promptly, delivered on time, delivered in no time, delivered right away, delivered hot, delivered to the door, delivered right to the door, delivered to our door, delivered to my door, delivered right to our door, delivered right to my door, delivers quickly, delivers fast, delivers promptly, delivers on time, deliver quickly, deliver fast, deliver promptly, deliver on time | cue:speed +1.8 wait
# common misspellings of everyday judgements (reviews are typed fast)
excelent, exellent, excellant, impecable, impecible, impeccible, magnificant, fantasic, fabolous, awsome, wonderfull | +3.1
delicous, delicios, deliscious | +2
attentative, attentitive, atentive | cue:friendly +1.8
profesional, proffesional, proffessional | cue:knowledge +2
unprofesional, unproffesional | cue:knowledge -2.6
horible, horrable, terible, aweful, attrocious | -3.2
rediculous, ridiculus | -2
# the guest's own pace: waiting while doing something else, eating fast, people queueing for the place
while we waited, while we wait, while i waited, while you wait, while waiting, people waiting, eat fast, ate fast, eating fast, eat quickly, ate quickly, eating quickly | none
# the guest describing their own pace ("we were quick to order", "I was slow to decide") or their own indifference
# ("neither of us cared", "we didn't care that the room was small"): the guest is the subject, not the staff
we were quick to, we were fast to, we were slow to, i was quick to, i was fast to, i was slow to, we were quick, we were fast, i was quick, i was fast | none
# the guest in a hurry or rushing on their own ("we were in a rush", "we rushed through dinner to make the show")
in a rush, in a hurry, we rushed, i rushed, we rushed through, i rushed through, we hurried, i hurried, we finished fast, we finished quickly, i finished fast, we ate fast, we left quickly, we left fast | none
neither of us cared, none of us cared, neither of us minded, we don't care, we dont care, we do not care, we didn't care, we didnt care, we did not care, i don't care, i dont care, i do not care, i didn't care, i didnt care, i did not care, you don't care, you dont care, you do not care, we couldn't care less, i couldn't care less, we could not care less, i could not care less | none
# the guest's own hurry: rushing off somewhere, being in a rush to get somewhere
rush off, rushing off, rushed off, rush out to, rushing out to, rushed out to, rush over, rushing over, rushed over, rush back, rushing back, rushed back, rush to catch, rushing to catch, in a rush to, in a hurry to, in a rush to get, had to rush, have to rush, having to rush | none
# other guests and people in general: a judgement right before them describes them ("loud and rude family", "you
# lazy folks"), not the staff
folks, family, families, crowd, customers, diners, patron, patrons, tourists, locals, kids, children, guests, person, couple, couples, wannabes | asp
# what the staff did to the guest tells of the service with no word of service: charging, handling the table,
# getting the order wrong, remembering the guest
overcharged, overcharging, overcharge, overcharges, double charged, double-charged, charged us twice, charged me twice, charged twice, was charged twice, were charged twice, been charged twice, got charged twice, was charged double, were charged double, charged double, billed twice, billed us twice, billed me twice, was billed twice, were billed twice, billed double, was billed double, were billed double, shortchanged, short-changed, short changed, overbilled, padded the bill, added to our bill, added to my bill | cue:resolution -2.3 trouble
# a charge the house admits was a mistake is its billing error, however the sum between names the bill ("a second
# bottle was mistakenly added to our tab"); "added" only in the passive, as the guest's own "I mistakenly
# added it to my cart" is not the house's act
wrongly charged, wrongly billed, was wrongly added, were wrongly added, been wrongly added, wrongfully charged, wrongfully billed, was wrongfully added, were wrongfully added, been wrongfully added, incorrectly charged, incorrectly billed, was incorrectly added, were incorrectly added, been incorrectly added, mistakenly charged, mistakenly billed, was mistakenly added, were mistakenly added, been mistakenly added, erroneously charged, erroneously billed, was erroneously added, were erroneously added, been erroneously added | cue:resolution -2.3 trouble
spilled, spilt, spilling, splashed, knocked over, bumped into, stepped on, dropped our, dropped my, dropped a plate, dropped the ball, threw the, dumped, snatched, grabbed our, grabbed my | cue:friendly -1.8
wrong order, wrong orders, got our order wrong, got my order wrong, mixed up our order, mixed up my order, mixed up the order, messed up our order, messed up my order, messed up the order, brought the wrong, brought us the wrong, brought me the wrong, served the wrong, served us the wrong | cue:resolution -2 trouble
# an order that came wrong or incomplete, or someone else's, is the staff's mistake whatever the dish was ("half our
# order was missing", "the bill had someone else's drinks on it")
order was wrong, orders were wrong, order came out wrong, orders wrong, order wrong, order was incorrect, order was missing, order was incomplete, missing from our order, missing from my order, someone else's food, someone else's order, someone else's drinks, someone else's bill, someone else's check, someone else's dish, someone else's meal, somebody else's food, somebody else's order | cue:resolution -2 trouble
remembered us, remembered me, remembered our, remembered my, recognized us, recognised us, recognized me, recognised me, knew our names, knew my name, checked in on us, made sure we, made sure that we, made sure everything, took the time to, takes the time to, take the time to, pampered, spoiled us, doted on, looked after us, looked after me, took good care | cue:friendly +2
# waiting for a table, at the bar or in a queue tells how busy the place is, not how the staff served
wait for a table, waited for a table, waiting for a table, wait for our table, waited for our table, waiting for our table, wait for a seat, waited for a seat, waiting for a seat, wait for seats, wait at the bar, waited at the bar, waiting at the bar, wait to get in, waited to get in, waiting to get in, wait in the queue, waited in the queue, waited in line, waiting in line | none
# a wait the reader is warned of, or one worth it, speaks of how popular the place is
may have to wait, might have to wait, will have to wait, you'll have to wait, youll have to wait, you will have to wait, expect to wait, be prepared to wait, prepare to wait, be ready to wait, plan to wait, plan on waiting, worth waiting for, worth waiting | none
expect a wait, expect a long wait, expect a short wait, expect a bit of a wait, always a wait, usually a wait, often a wait, always a long wait, usually a long wait, there's a wait, theres a wait, there is a wait, there will be a wait, there may be a wait, there might be a wait, there can be a wait, can be a wait, can be a long wait, will be a wait, may be a wait, might be a wait, prepared for a wait, ready for a wait | none
# "treated us like …" is praise or blame by what follows ("like royalty", "like old friends" / "like dirt", "like
# children"); "treated" is the service cue
like old friends, like friends, like an old friend, like a friend, like gold | +2.5
like dirt, like garbage, like trash, like crap, like cattle, like children, like kids, like idiots, like criminals, like second class citizens, like second-class citizens, like a nuisance, like an inconvenience, like a burden, like an annoyance | -2.5
# idioms of staff who did not care or did not manage, and of staff who saw to everything
drop the ball, drops the ball, nobody bothered to, no one bothered to, nobody even bothered, no one even bothered, couldn't be bothered, could not be bothered, can't be bothered, cannot be bothered, didn't bother to, did not bother to, never bothered to, didn't even bother, did not even bother, could care less, fell short, falls short, fall short, off night, off day, bad night | cat:friendly -2
made sure, make sure, makes sure, looked after us, look after us, looks after us, looked after, looking after us | cat:friendly +1.5
# "he was", "she is" before anyone is named in the sentence, in a sentence with no other word of service, stand for
# the staff the sentences before spoke of ("She was brilliant from start to finish"): a mention only when its own
# clause judges it (`pron`); the bare pronoun narrates too often ("he ordered the lamb")
he was, he is, she was, she is, hes, he's, she's, he always, she always | svc:friendly pron
# people other than the staff: a pronoun after them stands for them ("my wife said she was thrilled"); kin in the
# plural too, so "they" after them is not the house ("my parents came along and they brought a cake"; analyzer47)
husband, wife, boyfriend, girlfriend, partner, fiance, fiancee, friend, friends, date, mom, mother, dad, father, son, daughter, brother, sister, kid, child, baby, colleague, boss, cousin, aunt, uncle, grandmother, grandfather, parents, sons, daughters, brothers, sisters, cousins, grandparents, in-laws, inlaws, chef, cook, reviewer, critic, local, guy next to us, woman next to us, man next to us | person
# the guest's party named in the plural: "they" after them are them ("my kids came along and they brought crayons"),
# while the words stay other people a judgement before them describes ("loud kids")
kids, children, grandkids, grandchildren | person only
# a fire where the guest sat or the food was cooked is no blame ("they seated us by the fire", "a wood-fired oven")
by the fire, near the fire, next to the fire, beside the fire, in front of the fire, close to the fire, by the fireplace, near the fireplace, open fire, wood fire, wood-fired, wood fired, fire pit, firepit | none only
# advice to the reader: an imperative opening the sentence, after at most two of the leading words, tells the reader
# what to do ("Just ignore the crowd", "Always ask the bartender"): the verb is no service word, and the staff its
# clause names make a mention only when that clause judges them ("Go there for the lovely staff")
ask, tell, skip, ignore, forget, try, go, check, order, get, come, visit, bring, stay, book, grab, insist, make sure, pay attention, look for | imp
just, always, please, simply, also, and, so, then, definitely, do, next time, when in doubt | lead
# English words that other lexicons use for service (nl "excuses" apologies, es "metre" the maître d', fr "formation"
# training): English text would borrow those meanings for want of its own ("coming up with excuses to go back")
excuses, metre, formation | none
# the owner makes a mention only when the clause judges them: named alone they own or built the place ("it must
# have cost the owners a fortune"), and their judged acts are service ("the owner greeted us warmly")
owner, owners, proprietor, proprietors | svc:friendly judged
# so does the management: named alone it runs the place ("under new management"); judged, it is service
manager, managers, management | svc:friendly judged
# the person serving, named by the act ("the lady serving us", "the man who served us"): staff when judged; unjudged it
# narrates the meal ("they were serving us bread")
people serving, person serving, girl serving, guy serving, lady serving, man serving, woman serving, who served us, who served me, who served you, serving us, serving you, serving me | svc:friendly judged

# --- polarity round of 2026-11-24 (analyzer17): judgements of the service that a word lexicon misreads ---
# what the service used to be is what it no longer is ("service used to be great here")
used to be, it used to be, they used to be | neg
# staff too taken with something else to serve ("too busy chatting to notice us", "too busy on her phone")
too busy, too preoccupied, too distracted, too absorbed | -2
# a rhetorical question for someone who should have been there ("where was our waiter?")
where was our, where were our, where was the staff, where were the staff, where was everyone | -1.5
# nothing the guest asked for was a burden to the staff: praise ("nothing was too much trouble")
nothing was too much, nothing is too much, nothing seemed too much, nothing too much, no request too big | +2.5
# staff who could not do enough for the guest did all they could: praise
could not do enough, couldn't do enough, can't do enough, cannot do enough, could not have done more, couldn't have done more | cue:friendly +2.6
# a cold welcome is unfriendly ("the welcome was frosty")
frosty welcome, frosty reception, frosty greeting, icy welcome, icy reception, icy greeting, chilly welcome, chilly reception, chilly greeting, cold welcome, cold reception, cold greeting, welcome was frosty, welcome was icy, welcome was chilly, welcome was cold, reception was frosty, reception was icy, reception was chilly, greeting was frosty, greeting was icy, greeting was chilly, greeting was cold | cue:friendly -2
# endearments said of staff praise their manner ("our server was a sweetheart")
sweetheart, sweethearts, an angel, a treasure, a doll | +2
# an answer that came in minutes is a quick one ("support replied within minutes")
within minutes, within seconds, in minutes, in seconds, within a few minutes, in a few minutes | cat:speed +1.5
# the guest treated as a burden ("the staff made us feel like a nuisance")
a bother, a nuisance, an inconvenience, a burden, an annoyance | -1.5
# attention elsewhere: staff more taken with something else than with the guest ("more interested in his phone than in us")
# (analyzer45) what makes up for a flaw is praised by it ("the service made up for the cramped tables", "the staff more
# than compensate"); denied it blames ("nothing could make up for the rudeness")
makes up for, made up for, make up for, making up for, compensates for, compensated for, compensate for, compensating for, overcompensate, overcompensates, overcompensated, saving grace, the saving grace, redeeming feature, redeeming quality | +1.5
# (analyzer45) what stands between the phrase and "than" is what the staff put first, not a judgement of the service
# ("more concerned with looking good than actually serving": "looking good" praises nothing)
more interested in, more concerned with, more concerned about, more concerned of, more focused on, more worried about, more preoccupied with, more bothered about, more intent on | -1.5 prefer
than | prefer
# manners still to be learnt are missing ("the staff need to learn some manners")
need to learn, needs to learn, should learn, could learn | -1.5
# staff who serve without attention or heart, or with too much of it
overworked, stretched thin, spread thin, forgetful, absent-minded, aloof, uninterested, disinterested, unenthusiastic, brusque, patronizing, patronising, unapologetic, inept, perfunctory, half-hearted, halfhearted, going through the motions, robotic, hovering, hovered | cat:friendly -1.8
# staff who kept everything going ("didn't miss a beat")
didn't miss a beat, did not miss a beat, never missed a beat, didn't skip a beat, did not skip a beat, never skipped a beat, without missing a beat | cat:friendly +2
# a judgement limited to the moments staff could be found, or with nothing beyond it ("fine when you could find someone",
# "polite, but that's about it"), and the elliptic "less so" after praise of something else
when he showed up, when she showed up, when they showed up, when he was around, when she was around, when they were around, when we could find, when you can find, if you can find, when you could find, if you could find, that's about it, that is about it, that's about all, less so | -1.5
# service failures told as events with no staff word (analyzer20, product grounds: no figure moved down)
# the phone rang out, the booking vanished, the card charged again
nobody picked up, no one picked up, nobody answered, no one answered, nobody answers, no one answers, rang and rang, hung up on, hung up on us, hung up on me, never called back, never called us back, never called me back | cue:availability -2
# a booking lost or given away is a mistake the staff may put right (a recovery after it lifts its blame)
lost our reservation, lost my reservation, lost our booking, lost my booking, no record of our reservation, no record of my reservation, no record of our booking, no record of it, double booked, double-booked, gave away our table, gave our table away, gave away my table, ran our card twice, ran my card twice | cue:availability -2 trouble
# a bill that came wrong is the staff's mistake, not the price ("the check was wrong")
check was wrong, bill was wrong, wrong check, wrong bill, check was incorrect, bill was incorrect, mistake on the bill, mistake on our bill, mistake on the check, mistakes on the bill, error on the bill, error on our bill, error on the check | cue:resolution -2 trouble
# needing to catch someone's attention is attention that did not come ("impossible to get anyone's attention")
get anyone's attention, get someone's attention, get somebody's attention, get their attention, get her attention, get his attention, get the attention of, get our server's attention, get our waiter's attention, get our waitress's attention, getting anyone's attention, getting someone's attention, getting their attention, got someone's attention, got their attention, catch someone's eye, catch anyone's eye, catch their eye, caught someone's eye, wave someone down, waved someone down, flag someone down, flagged someone down, flagging someone down, wave down, waved down, waving down, flag a waiter, flag down a waiter, wave over, waved over | cue:friendly -2
# doing the staff's work oneself: nobody served
pour our own, poured our own, pour my own, find our own, found our own, get our own, got our own, fetch our own, clear our own, cleared our own, bus our own, serve ourselves, served ourselves, help ourselves, had to go up to the bar, had to get up, had to walk up, had to go find, had to go get | cue:speed -2
# what the staff did only when reminded or asked again was forgotten first ("no bread until we asked for it")
until we asked, until i asked, until we asked for it, until i asked for it, until we reminded, until i reminded, only after we asked, only after i asked, only after asking, only when we asked, had to remind, having to remind, had to keep asking, kept having to ask, reminded them, reminded our server, reminded the waiter | cue:speed -1.8
# staff socialising among themselves while guests wait
chatting among themselves, talking among themselves, chatting with each other, talking to each other, chatted among themselves, chatting with their friends, chatting with his friends, chatting with her friends, socializing with each other, gossiping, standing around, stood around, hanging out at the bar | cue:friendly -2
# others served out of turn: those who came after the guest were served first
came in after us, arrived after us, came after us, seated after us, sat down after us, who came in after, served before us, seated before us, served first, got their food before us, before we did | cue:speed -2
# a dish or a guest forgotten is the staff's doing, whatever was forgotten ("our drinks were forgotten")
was forgotten, were forgotten, got forgotten, been forgotten, was forgotten about, were forgotten about, forgotten about, forgot about us | cue:speed -2 wait
# what the staff did without telling the guest, or never told them
without telling us, without telling me, without anyone telling us, without anyone telling me, without anybody telling us, without anybody telling me, without anyone asking us, without anyone asking me, without anybody asking us, without anybody asking me, without anyone warning us, without anyone letting us know, without anyone letting me know, without asking us, without asking me, without warning us, without letting us know, without letting me know, never told us, never told me, no one told us, nobody told us, didn't tell us, did not tell us, didn't warn us, did not warn us, neglected to mention, failed to mention, forgot to mention, forgot to tell us, neglected to tell us, failed to tell us | cue:resolution -1.8
# that the staff could have done more is a complaint; that nobody could have is praise ("nobody could have done more for us")
could have done more, could've done more, could do more, should have done more, should've done more, could have done much more, could have done a lot more | cat:resolution -1.5
# what the staff did before the guest had to ask is attention
without us asking, without being asked, without having to ask, before we asked, before we could ask, before we even asked, before i asked, before i could ask, never had to ask | cue:friendly +1.8
# more words for the people serving: the counter, the register, the door, delivery
cashier, cashiers, clerk, clerks, desk clerk, attendant, attendants, bouncer, bouncers, doormen, bus boy, bus boys, counter staff, counter person, counter people, counter guy, counter guys, counter girl, counter girls, counterman, countermen, counter help, delivery guy, delivery guys, delivery boy, delivery man, delivery men, delivery driver, delivery drivers, delivery person, greeter, greeters, barkeep, barkeeper, barkeepers, mixologist, mixologists, wine steward, manageress, maitre'd, maitre-d, matre d | svc:friendly
# the guest's own forgetting blames nobody ("we forgot our umbrella", "I forgot to book")
we forgot, i forgot, we had forgotten, i had forgotten, we'd forgotten, i'd forgotten | none
# feeling rushed, as one phrase, so that a negator before "made" still reaches it ("never made us feel rushed")
made us feel rushed, made me feel rushed, made us feel hurried, made me feel hurried, make you feel rushed, made us feel pressured, made me feel pressured | cue:speed -1.8

# --- English rules round of 2026-11-24 (analyzer27): error classes of the first halves ---
# "to do a service to" something is to do it a favour (or, as a disservice, harm): an idiom, not the staff's service
# ("the sauce does a great service to the dish")
does a service to, do a service to, did a service to, doing a service to, does a great service to, do a great service to, did a great service to, does a real service to, did a real service to, does a disservice to, do a disservice to, did a disservice to, doing a disservice to | none
# the guest bringing someone or something along is no act of serving ("I brought some friends and they loved it")
i brought, we brought, i've brought, we've brought, i have brought, we have brought, i always bring, we always bring | none
# a round or a dessert the house gave is a kindness of the staff ("the manager bought us a round of drinks")
bought us a round, bought us a drink, bought us drinks, bought us a bottle, bought us dessert, bought us a dessert, bought us desserts, bought us shots, bought us a shot, sent over a free, sent over a complimentary, sent over dessert, sent over drinks, sent over a round, round on the house, drinks on the house, dessert on the house, desserts on the house | cue:friendly +2
# what the guest got was all there was, and not enough ("all we got was an apology")
all we got was, all we got were, all i got was, all we received was, all i received was, all we were given was, all we were offered was, all they offered was, all they gave us was, all they did was | -2
# room for a number of guests is the size of the place, not the staff accommodating anyone ("round tables to
# accommodate large groups", "the suite can accommodate up to six")
tables to accommodate, tables to accomodate, space to accommodate, room to accommodate, seats to accommodate, big enough to accommodate, large enough to accommodate, can accommodate up to, accommodates up to, accommodate up to, can accomodate up to | none
# a wait that was not worth it judges what was waited for (the food, the place), as "worth the wait" does
not worth the wait, wasn't worth the wait, wasnt worth the wait, isn't worth the wait, isnt worth the wait, not really worth the wait, not worth waiting for, not worth the long wait | -1.5
# the guest's own punctuality ("we arrived on time for our reservation")
we arrived on time, i arrived on time, we got there on time, i got there on time, we showed up on time, we were on time, i was on time, we were right on time, we arrived early, i arrived early, we got there early | none
# staff glad to do what the guest asked ("they were happy to change it", "the kitchen immediately obliged")
happy to help, glad to help, willing to help, eager to help, quick to help, happy to oblige, glad to oblige, happy to change, happy to swap, happy to substitute, immediately obliged, happily obliged, gladly obliged, kindly obliged, graciously obliged, readily obliged, obliged us | cue:friendly +2
# a way of cooking is the dish, not the pace of the service ("the slow-cooked pork", "not a quick-cooked item")
slow cooked, slow roasted, slow braised, slow smoked, slow cooker, slow cook, slow cooking, slow baked, slow simmered, quick cooked, quick fried, quick fry, flash fried, quick pickled, fast casual | none
# the guest feeling rushed or pressured is how the staff served, whatever the clause opened with ("one thing I liked
# about this place is that I never felt rushed")
felt rushed, feel rushed, feeling rushed, felt hurried, feel hurried, feeling hurried, felt pressured, feel pressured, feeling pressured, felt pushed, feel pushed, felt any pressure, feel any pressure, felt pressure, feel pressure | cue:speed -1.8 wait
# a personal pronoun is a subject of its own: an aspect before it is not what a service word after it describes ("the
# food is great and they are always friendly", "the pasta was fine and we never felt rushed")
they | subj

# --- product grounds (analyzer27): own-sentence misreadings named by the lead ---
# overlooking the guest is ignoring them ("superb at overlooking customers"); "overlooking the river" is a view
overlooked us, overlooking us, overlooked me, overlooking me, overlooks customers, overlooked customers, overlooking customers, overlooking guests, overlooked guests, overlooking the customers, overlooked our table, overlooking our table | cue:friendly -2
# many contacts to get one thing done is support that failed ("it took five calls to fix the billing error"); one
# call is "first call", "single call"
calls to fix, calls to get, calls to sort, calls to resolve, calls to solve, calls to cancel, calls to reach, phone calls to, emails to get, emails to fix, emails to sort, emails to resolve, chats to get, chats to fix, attempts to reach, attempts to contact, tries to reach, numerous calls, countless calls, endless calls, repeated calls, numerous emails, countless emails, endless emails, repeated emails | cue:resolution -2
# a sign that says "staff only" names a door, not the staff
said staff only, says staff only, reads staff only, read staff only, marked staff only, labelled staff only, labeled staff only, sign saying staff only | none
# the guest's own waiting for the weather, companions or a ride tells nothing of the service ("we had to wait for the
# rain to stop")
wait for the rain, wait for the rain to stop, wait for the storm to pass, wait for our friends, wait for my friends, wait for our friend, wait for my friend, wait for the rest of our party, wait for the rest of the party, wait for the others, wait for a taxi, wait for a cab, wait for our taxi, wait for our cab, wait for our ride, wait for the bus, wait for the train, waited for the rain, waited for the rain to stop, waited for the storm to pass, waited for our friends, waited for my friends, waited for our friend, waited for my friend, waited for the rest of our party, waited for the rest of the party, waited for the others, waited for a taxi, waited for a cab, waited for our taxi, waited for our cab, waited for our ride, waited for the bus, waited for the train, waiting for the rain, waiting for the rain to stop, waiting for the storm to pass, waiting for our friends, waiting for my friends, waiting for our friend, waiting for my friend, waiting for the rest of our party, waiting for the rest of the party, waiting for the others, waiting for a taxi, waiting for a cab, waiting for our taxi, waiting for our cab, waiting for our ride, waiting for the bus, waiting for the train, had to wait for the rain, had to wait for the rain to stop, had to wait for the storm to pass, had to wait for our friends, had to wait for my friends, had to wait for our friend, had to wait for my friend, had to wait for the others, had to wait for a taxi, had to wait for a cab, had to wait for our taxi, had to wait for our cab, had to wait for our ride, had to wait for the bus, had to wait for the train | none
# glasses that never ran empty were refilled in time: praise of the service whatever the clause opened with ("our
# water glasses were never empty")
glasses were never empty, glass was never empty, glasses never went empty, glass never went empty, glasses were never empty, drinks were never empty, cups were never empty, cup was never empty, glasses were always full, glass was always full, glasses always full, glasses were always topped up, glasses were always refilled, never had an empty glass, never had empty glasses, never saw an empty glass, never saw the bottom of our glasses | cue:speed +2 wait
# never letting the glasses go empty is the same praise told as what the staff never let happen ("our waiter never let
# our glasses go empty"): VADER's "empty" under "never" read blame
never let our glasses go empty, never let our glass go empty, never let my glass go empty, never let our glasses run empty, never let my glass run empty, never let our glasses run dry, never let our drinks run dry, never let our drinks go empty, never let the glasses go empty, never let our water glasses go empty, never let our cups go empty, never let my cup go empty, never let our coffee run out | cue:speed +2 wait only
# what never came was not served, whatever it was ("our drinks never arrived", "the engineer didn't turn up", analyzer75); an order that came wrong or someone
# else's is the staff's mistake whatever the clause opened with ("the bill came with someone else's drinks on it")
never came, never arrived, never showed up, never turned up, didn't turn up, did not turn up, didnt turn up, didn't show up, did not show up, didnt show up, failed to turn up, failed to show up, failed to show | cue:friendly -2.5 wait
order was wrong, orders were wrong, order came out wrong, orders wrong, order wrong, order was incorrect, order was missing, order was incomplete, missing from our order, missing from my order, someone else's food, someone else's order, someone else's drinks, someone else's bill, someone else's check, someone else's dish, someone else's meal, somebody else's food, somebody else's order | wait

# service recovery (analyzer28): the staff putting right what went wrong, by fixing, replacing, refunding or making up
# for it, is the service's resolution and praise of it; a problem (`trouble`) told before it in the sentence is what
# they put right and carries no blame ("the kitchen got our order wrong but the waiter replaced it at once")
replaced it, replaced them, replaced my, replaced our, replaced the dish, replaced the meal, replaced the drink, replaced the order, replaced the item, replaced the part, replaced the broken, replaced the faulty, replaced the damaged, sent a new one, sent us a new one, sent me a new one, brought a new one, brought us a new one, brought me a new one, sent a replacement, sent me a replacement, sent us a replacement, sent out a replacement, shipped a replacement, brought a replacement, remade it, remade them, remade my, remade our, remade the dish, remade the drink, remade the order, redid it, redid my, redid our, made it right, made things right, made it up to us, made it up to me, put it right, put things right, set it right, set things right, off the bill, off our bill, off my bill, off the check, off our check, off the tab, off our tab, removed it from the bill, removed it from our bill, removed them from the bill, didn't charge us for, did not charge us for, didn't charge me for, did not charge me for, refused to charge us, wouldn't let us pay, would not let us pay, upgraded us, upgraded me, upgraded our room, upgraded my room, gave us an upgrade, gave me an upgrade, refunded, refunded us, refunded me, full refund, issued a refund, issued me a refund, issued us a refund, credited my account, credited our account, credited us, credited me, shipped a fix, pushed a fix, rolled out a fix, released a fix, deployed a fix, patched it, sorted it out, sorted out my, sorted out our | cue:resolution +2 wait only
# a recovery that came only in the end, or after chasing, is grudging ("they eventually refunded me after five emails")
eventually refunded, finally refunded, eventually replaced, finally replaced, eventually fixed, finally fixed, eventually sorted, finally sorted, eventually resolved, finally resolved, eventually got a refund, finally got a refund, eventually got my refund, finally got my refund, after chasing, after weeks of chasing, after months of chasing, had to chase, had to keep chasing, kept chasing | cue:resolution -2.5 wait only
# what the customer fixed alone is no recovery by the service ("I fixed the issue myself")
i fixed, we fixed, i solved, we solved, i sorted, we sorted, i resolved, we resolved, i replaced, we replaced, fixed it myself, fixed it ourselves, sorted it myself, sorted it ourselves, solved it myself, solved it ourselves, fixed it himself, fixed it herself, fixed it themselves, sorted it himself, sorted it herself, sorted it themselves, solved it himself, solved it herself, repaired it himself, repaired it herself | none only
# the customer's own people named by their trade are no staff: "my husband is a mechanic", "my sister is a nurse", and the
# product their own vet or doctor recommended ("my vet recommended this food") (round analyzer73)
is a mechanic, is a plumber, is a nurse, is an electrician, is a vet, is a doctor, is a builder, is a carpenter, is a technician, is an engineer, is a hairdresser, is a pharmacist, is a dentist, is a chef, is a paramedic, is a joiner, is a decorator, works as a mechanic, works as a nurse, works as a plumber, works as an electrician | person only
my vet recommended, our vet recommended, my vet suggested, our vet suggested, my vet recommends, our vet recommends, recommended by my vet, recommended by our vet, recommended by the vet, vet recommended, my doctor recommended, my doctor suggested, recommended by my doctor, my dentist recommended, recommended by my dentist, my pharmacist recommended, my physio recommended, recommended by my physio | none only
# the people serving in businesses beyond restaurants, hotels and software (analyzer28): care, shops and salons, trades
# at home, travel, banks, a software account's own people. A mention only when judged (`judged`): named alone they
# mostly narrate a visit ("the nurse took my blood", "the mechanic said the car was fine"). Not listed: the coach that
# is a bus, the trainer that is a shoe, the engineer who built the product, the installer and decorator of software,
# the driver, guide or courier of another firm, and the doctor, whose words in a review mostly report a diagnosis
# ("the doctor said my tests were fine")
nurse, nurses, midwife, midwives, dentist, dentists, dental nurse, hygienist, hygienists, pharmacist, pharmacists, vet, vets, vet nurse, vet nurses, veterinarian, veterinarians, veterinary nurse, optician, opticians, optometrist, optometrists, physio, physiotherapist, physical therapist, therapist, massage therapist, masseuse, masseur, carer, carers, caregiver, caregivers, paramedic, paramedics | svc:friendly judged only
florist, florists, jeweller, jewellers, jeweler, jewelers, tailor, tailors, seamstress, dressmaker, barber, barbers, hairdresser, hairdressers, hair stylist, hairstylist, hairstylists, stylist, stylists, beautician, beauticians, nail tech, nail technician, groomer, dog groomer | svc:friendly judged only
mechanic, mechanics, plumber, plumbers, electrician, electricians, locksmith, handyman, fitter, fitters, removal men, removal man, removals team, removal team, removal company, movers, moving crew, maintenance man, maintenance guy, maintenance team, maintenance staff, maintenance crew | svc:friendly judged only
engineer who came, engineer came, engineer arrived, engineer turned up, engineer showed up, sent an engineer, sent out an engineer, field engineer, service engineer, heating engineer, gas engineer, boiler engineer, broadband engineer, support engineer, support engineers, solutions engineer, solutions engineers, sales engineer, sales engineers, customer engineer, implementation manager, implementation specialist, account executive | svc:friendly judged only
driving instructor, driving instructors, instructor, instructors, personal trainer, personal trainers, fitness instructor, fitness instructors, fitness coach, swim coach, swimming coach, tennis coach, golf coach, teller, tellers, bank teller, bank clerk, cabin crew, flight attendant, flight attendants, steward, stewards, stewardess, stewardesses, air hostess, gate agent, gate agents, ground staff, check-in staff | svc:friendly judged only
# the people serving in shops, deliveries, travel, insurance and banks, and the field staff sent out (analyzer66).
# Those whose name says they serve the customer are service wherever named ("I asked a sales assistant about a
# refund"); those named as often in a story of their own, or as another firm's, a mention only when judged (`judged`).
# Not listed: "driver" alone (a printer driver, the driver in front), "guide" alone (a setup guide), "installer"
# alone (a software installer), "engineer" alone (the customer's own), "advisor" as a software tool (below)
shop assistant, shop assistants, sales assistant, sales assistants, store assistant, store assistants, shop staff, store staff, sales staff, sales associate, sales associates, store associate, store associates, sales clerk, sales clerks, shop worker, shop workers, checkout staff, checkout girl, checkout girls, checkout lady, checkout guy, checkout operator, till staff, till operator, lady on the till, girl on the till, guy on the till, man on the till, woman on the till, lady at the till, guy at the till, lady at the checkout, guy at the checkout, personal shopper, personal shoppers, chambermaid, chambermaids, room attendant, room attendants, bell boy, bell boys, bellboys, deliveryman, deliverymen, delivery lady, delivery woman, delivery girl, rental desk, car rental desk, car hire desk, hire desk, rental counter | svc:friendly only
postman, postmen, postwoman, postie, mailman, mail carrier, salesman, salesmen, saleswoman, saleswomen, salesperson, salespeople, sales person, sales people, sales guy, sales rep, sales reps, courier, couriers, courier driver, taxi driver, taxi drivers, cab driver, cab drivers, cabbie, uber driver, bus driver, bus drivers, coach driver, transfer driver, chauffeur, chauffeurs, our driver, tour guide, tour guides, tour leader, tour rep, holiday rep, resort rep, our guide, dispatcher, dispatchers, installers, installation team, installation crew, install team, engineer they sent, technician they sent | svc:friendly judged only
call handler, call handlers, claims handler, claims handlers, claim handler, case handler, case handlers, loss adjuster, loss adjusters, claims adjuster, claims adjusters, adjuster, adjusters, claims team, claims department, relationship manager, relationship managers, personal banker, bank manager, branch manager, billing team, billing department, accounts department, someone in billing, someone from billing, someone in accounts, someone from accounts | svc:resolution only
# the people serving in garages, clinics, pharmacies, care and field work, and support's later lines (analyzer75).
# Named by what they serve, wherever named: the insurer's assessor ("the loss assessor was fair"), support's second
# line or tier 2 ("the tier 2 team fixed it"), and whoever stood at the counter, desk or shop floor of the business
# ("the woman at the pharmacy counter asked for my date of birth", "someone in the store helped me"). As often in a
# story of their own, or someone's own, only when judged (`judged`, as analyzer28's carers and mechanics): "assessor"
# and "surveyor" alone, care workers, repairmen, the cable guy, a field or service tech. Not listed: "man/guy in the
# store" (as often another shopper), "tier 2" and "second line" alone (a plan's tier, a line of text)
loss assessor, loss assessors, claims assessor, claims assessors, claim assessor, insurance assessor, insurance assessors, assessor they sent, assessor the insurer sent, second line support, second-line support, 2nd line support, 2nd-line support, third line support, third-line support, first line support, first-line support, tier 1 support, tier one support, tier 2 support, tier two support, tier 3 support, tier three support, level 2 support, level two support, second line team, second-line team, 2nd line team, tier 2 team, tier two team, tier 3 team, tier 2 agent, tier 2 agents, tier two agent, tier two agents, tier 2 tech, tier 2 techs, tier 2 engineer, tier 2 engineers, tier two engineer, tier two engineers, tier 3 engineer, tier 3 engineers, tier 3 agent, tier 3 agents, level 2 engineer, level 2 agent, third line engineer, third-line engineer, second line engineer, second line engineers, second-line engineer, second-line engineers, 2nd line engineer, 2nd line engineers, escalation team, escalations team | svc:resolution only
someone in the store, someone at the store, someone in the shop, someone at the shop, someone at the counter, someone at the desk, someone at the garage, someone from the garage, someone at the pharmacy, someone from the pharmacy, someone at the clinic, someone from the clinic, someone at the surgery, someone from the surgery, someone at the branch, someone in the branch, someone from the branch, someone at the bank, someone from the bank, someone from the insurer, person at the counter, person at the desk, lady at the counter, woman at the counter, girl at the counter, guy at the counter, man at the counter, lady at the desk, woman at the desk, girl at the desk, guy at the desk, man at the desk, lady at the pharmacy, woman at the pharmacy, lady at the pharmacy counter, woman at the pharmacy counter, guy at the pharmacy counter, man at the pharmacy counter | svc:friendly only
assessor, assessors, surveyor, surveyors, surveyor they sent, care worker, care workers, care assistant, care assistants, healthcare assistant, healthcare assistants, health care assistant, nursing assistant, nursing assistants, pharmacy assistant, pharmacy assistants, dental assistant, dental assistants, repairman, repairmen, repair man, repair men, repair guy, cable guy, internet guy, field tech, field techs, service tech, service techs, tech they sent, techs they sent | svc:friendly judged only
# the visit or appointment of whom the provider sends is its service ("they cancelled the engineer appointment twice")
engineer visit, engineer visits, engineer appointment, engineer appointments, technician visit, technician visits, technician appointment, technician appointments, engineer booking | svc:availability only
# shops, deliveries, garages, clinics and pharmacies (analyzer83). The pharmacy, the clinic or the surgery doing an act
# of serving is the house, as the garage is ("The pharmacy had my prescription ready", "The clinic called me back")
pharmacy, chemist, chemists, clinic, surgery, practice, hospital | house
# acts of the shop floor and the courier that say how the customer was treated ("the garage tried to upsell me", "the
# security guard followed us round", "they put a card through the door without knocking", "the courier called ahead to say"; the
# customer calls ahead to ask, so "called ahead" alone is not listed)
tried to upsell, tried to upsell me, tried to upsell us, kept trying to upsell, upsold me, upsold us, tried to sell me, tried to sell us, kept trying to sell me, kept trying to sell us, followed us round, followed us around, followed me round, followed me around, following us round, following us around, following me round, following me around, watched us like a hawk, watched me like a hawk, barely looked at me, barely looked at us, sent me away, sent us away | cue:friendly -2
without knocking, without even knocking, didn't knock, didn't even knock, did not knock, never knocked, didn't ring the bell, didn't even ring the bell, did not ring the bell, never rang the bell, card through the door, card through my door, card through the letterbox, in full view of the street, in full view of the road, came back dirty, came back filthy, came back covered in, returned it dirty, greasy marks, greasy handprints, greasy fingerprints, oily handprints | cue:resolution -2
# losing what the customer left with them is a failure of the house only when the house or "they" did it, as a refusal
# is (`refuse`): "The pharmacy lost my prescription", "they lost my parcel"; "I lost my prescription" names no one
lost my prescription, lost the prescription, lost my paperwork, lost my parcel, lost the parcel, lost my order, lost my file, lost my records | cat:resolution -2 refuse
called ahead to let me know, called ahead to let us know, called ahead to say, rang ahead to let me know, rang ahead to say, phoned ahead to let me know, phoned ahead to say, texted ahead to let me know, texted ahead to say, called to check on, rang to check on, phoned to check on, next day to check on, called back to check on, price matched, price-matched, matched the price | cue:resolution +1.5
waited for me, waited for us, waited until i, waited till i, waited while i, waited while we, waited patiently for me, waited patiently for us, fitted me in, fitted us in, fit me in, fit us in, had my prescription ready, had the prescription ready, had my prescriptions ready, had the car ready, had my car ready | cue:speed +1.5
# the garage keeping the car for days is slow work ("they kept the car for a week"); the owner keeping it for years is
# not named ("I kept my car for ten years")
kept the car for a week, kept the car for two weeks, kept the car for days, kept the car for over a week, kept my car for a week, kept my car for two weeks, kept my car for days, kept my car for over a week, kept it for a week, kept it for two weeks, kept it for days | cue:speed -1.5
# a quote told plainly is a plain act ("the garage gave me a quote for the clutch"); explaining the fault or calling
# when the car was ready keeps the customer informed, a courtesy; the fault and the worn or damaged part are the car's,
# not the mechanic's ("explained the fault clearly and showed me the worn part", "sorted out the damaged bumper"): the
# incident's own bad words carried to no one
gave me a quote, gave us a quote, gave me an estimate, gave us an estimate | cue:knowledge only
explained the fault, explained what was wrong, explained what the problem was, explained what needed doing, called when it was ready, called when the car was ready, rang when it was ready, rang when the car was ready, called me when it was ready, let me know when it was ready | cue:knowledge +1
sorted out the problem, sorted out the issue, sorted out the fault, sorted out the leak, sorted out the damaged, fixed the damaged, repaired the damaged | cue:resolution +2 wait only
worn part, worn parts, worn brake pads, worn pads, worn tyres, worn tires, worn brakes, worn clutch, worn belt, old part, old parts, damaged part, damaged parts, damaged bumper, faulty part, faulty parts | asp only
# store security named by their job: a mention only when judged, as the trades are
security guard, security guards, store detective, store security | svc:friendly judged only
# missed mentions of staff and of unnamed service (analyzer87). Nobody at the counter, desk, branch or shop floor is
# the staff not serving: a target that keeps "nobody"'s own negation, fronting and mild blame, so what its clause says
# is denied as after "nobody" ("nobody at the desk looked up" blames, "no one at the till was rude" praises); anyone
# there, after a negator, is the staff denied ("I couldn't find anyone at the counter"), as "no staff" is
nobody at the branch, nobody in the branch, nobody at the bank, nobody at the counter, nobody at the desk, nobody at the front desk, nobody at the reception, nobody at the till, nobody at the checkout, nobody at the checkouts, nobody at the store, nobody in the store, nobody at the shop, nobody in the shop, nobody at the pharmacy, nobody at the clinic, nobody at the surgery, nobody at the garage, nobody at the service desk, nobody at the information desk, nobody at the returns desk, nobody at the rental desk, no one at the branch, no one in the branch, no one at the bank, no one at the counter, no one at the desk, no one at the front desk, no one at the reception, no one at the till, no one at the checkout, no one at the checkouts, no one at the store, no one in the store, no one at the shop, no one in the shop, no one at the pharmacy, no one at the clinic, no one at the surgery, no one at the garage, no one at the service desk, no one at the information desk, no one at the returns desk, no one at the rental desk, not one person at the branch, not one person in the branch, not one person at the bank, not one person at the counter, not one person at the desk, not one person at the front desk, not one person at the reception, not one person at the till, not one person at the checkout, not one person at the checkouts, not one person at the store, not one person in the store, not one person at the shop, not one person in the shop, not one person at the pharmacy, not one person at the clinic, not one person at the surgery, not one person at the garage, not one person at the service desk, not one person at the information desk, not one person at the returns desk, not one person at the rental desk, not a single person at the branch, not a single person in the branch, not a single person at the bank, not a single person at the counter, not a single person at the desk, not a single person at the front desk, not a single person at the reception, not a single person at the till, not a single person at the checkout, not a single person at the checkouts, not a single person at the store, not a single person in the store, not a single person at the shop, not a single person in the shop, not a single person at the pharmacy, not a single person at the clinic, not a single person at the surgery, not a single person at the garage, not a single person at the service desk, not a single person at the information desk, not a single person at the returns desk, not a single person at the rental desk | svc:friendly neg front -0.5 only
anyone at the branch, anyone in the branch, anyone at the bank, anyone at the counter, anyone at the desk, anyone at the front desk, anyone at the reception, anyone at the till, anyone at the checkout, anyone at the checkouts, anyone at the store, anyone in the store, anyone at the shop, anyone in the shop, anyone at the pharmacy, anyone at the clinic, anyone at the surgery, anyone at the garage, anyone at the service desk, anyone at the information desk, anyone at the returns desk, anyone at the rental desk, anybody at the branch, anybody in the branch, anybody at the bank, anybody at the counter, anybody at the desk, anybody at the front desk, anybody at the reception, anybody at the till, anybody at the checkout, anybody at the checkouts, anybody at the store, anybody in the store, anybody at the shop, anybody in the shop, anybody at the pharmacy, anybody at the clinic, anybody at the surgery, anybody at the garage, anybody at the service desk, anybody at the information desk, anybody at the returns desk, anybody at the rental desk, someone at the front desk, someone at the reception, someone at the till, someone at the checkout, someone at the checkouts, someone at the service desk, someone at the information desk, someone at the returns desk, someone at the rental desk, somebody at the branch, somebody in the branch, somebody at the bank, somebody at the counter, somebody at the desk, somebody at the front desk, somebody at the reception, somebody at the till, somebody at the checkout, somebody at the checkouts, somebody at the store, somebody in the store, somebody at the shop, somebody in the shop, somebody at the pharmacy, somebody at the clinic, somebody at the surgery, somebody at the garage, somebody at the service desk, somebody at the information desk, somebody at the returns desk, somebody at the rental desk | svc:friendly only
# a person from the utility or the council is the provider's ("the woman from the council was kind"), named
# wherever told; whoever the provider sent is its staff when judged ("they sent a man who broke a tile"); the
# customer sends people too ("I sent someone to collect it"), so unjudged that is no mention
someone from the gas company, someone from the electricity company, someone from the electric company, someone from the water company, someone from the energy company, someone from the power company, someone from the phone company, someone from the broadband company, someone from the internet company, someone from the cable company, someone from the utility company, someone from the gas board, someone from the water board, someone from the electricity board, someone from the energy supplier, someone from the council, somebody from the gas company, somebody from the electricity company, somebody from the electric company, somebody from the water company, somebody from the energy company, somebody from the power company, somebody from the phone company, somebody from the broadband company, somebody from the internet company, somebody from the cable company, somebody from the utility company, somebody from the gas board, somebody from the water board, somebody from the electricity board, somebody from the energy supplier, somebody from the council, man from the gas company, man from the electricity company, man from the electric company, man from the water company, man from the energy company, man from the power company, man from the phone company, man from the broadband company, man from the internet company, man from the cable company, man from the utility company, man from the gas board, man from the water board, man from the electricity board, man from the energy supplier, man from the council, men from the gas company, men from the electricity company, men from the electric company, men from the water company, men from the energy company, men from the power company, men from the phone company, men from the broadband company, men from the internet company, men from the cable company, men from the utility company, men from the gas board, men from the water board, men from the electricity board, men from the energy supplier, men from the council, guy from the gas company, guy from the electricity company, guy from the electric company, guy from the water company, guy from the energy company, guy from the power company, guy from the phone company, guy from the broadband company, guy from the internet company, guy from the cable company, guy from the utility company, guy from the gas board, guy from the water board, guy from the electricity board, guy from the energy supplier, guy from the council, guys from the gas company, guys from the electricity company, guys from the electric company, guys from the water company, guys from the energy company, guys from the power company, guys from the phone company, guys from the broadband company, guys from the internet company, guys from the cable company, guys from the utility company, guys from the gas board, guys from the water board, guys from the electricity board, guys from the energy supplier, guys from the council, woman from the gas company, woman from the electricity company, woman from the electric company, woman from the water company, woman from the energy company, woman from the power company, woman from the phone company, woman from the broadband company, woman from the internet company, woman from the cable company, woman from the utility company, woman from the gas board, woman from the water board, woman from the electricity board, woman from the energy supplier, woman from the council, lady from the gas company, lady from the electricity company, lady from the electric company, lady from the water company, lady from the energy company, lady from the power company, lady from the phone company, lady from the broadband company, lady from the internet company, lady from the cable company, lady from the utility company, lady from the gas board, lady from the water board, lady from the electricity board, lady from the energy supplier, lady from the council, bloke from the gas company, bloke from the electricity company, bloke from the electric company, bloke from the water company, bloke from the energy company, bloke from the power company, bloke from the phone company, bloke from the broadband company, bloke from the internet company, bloke from the cable company, bloke from the utility company, bloke from the gas board, bloke from the water board, bloke from the electricity board, bloke from the energy supplier, bloke from the council, chap from the gas company, chap from the electricity company, chap from the electric company, chap from the water company, chap from the energy company, chap from the power company, chap from the phone company, chap from the broadband company, chap from the internet company, chap from the cable company, chap from the utility company, chap from the gas board, chap from the water board, chap from the electricity board, chap from the energy supplier, chap from the council, engineer from the gas company, engineer from the electricity company, engineer from the electric company, engineer from the water company, engineer from the energy company, engineer from the power company, engineer from the phone company, engineer from the broadband company, engineer from the internet company, engineer from the cable company, engineer from the utility company, engineer from the gas board, engineer from the water board, engineer from the electricity board, engineer from the energy supplier, engineer from the council, engineers from the gas company, engineers from the electricity company, engineers from the electric company, engineers from the water company, engineers from the energy company, engineers from the power company, engineers from the phone company, engineers from the broadband company, engineers from the internet company, engineers from the cable company, engineers from the utility company, engineers from the gas board, engineers from the water board, engineers from the electricity board, engineers from the energy supplier, engineers from the council, person from the gas company, person from the electricity company, person from the electric company, person from the water company, person from the energy company, person from the power company, person from the phone company, person from the broadband company, person from the internet company, person from the cable company, person from the utility company, person from the gas board, person from the water board, person from the electricity board, person from the energy supplier, person from the council | svc:friendly only
sent someone, sent somebody, sent someone round, sent someone out, sent someone over, sent a man, sent a guy, sent a bloke, sent a woman, sent a lady, sent a technician, sent a tech, sent a plumber, sent an electrician, sent a fitter | svc:friendly judged only
# the mess a visitor left judges whoever left it, so a hint only, no mention by itself ("the dog made a mess")
left a mess, left such a mess, left mud, left muddy footprints, left muddy boot prints, left dirt, left their rubbish, left rubbish, left the place a mess, left it a mess, left everything a mess, made a mess, made such a mess, trod mud | cat:resolution -2 only
# the staff who bill and train named by their office or floor ("trainers" alone are shoes)
billing office, billing offices, billing staff, billing desk, billing clerk, billing clerks, billing people, billing person, billing lady, billing dept, billing folks, accounts office, business office | svc:resolution only
gym trainer, gym trainers, fitness trainer, fitness trainers, gym instructor, gym instructors, gym staff, trainer at the gym, trainers at the gym, trainer at this gym, trainers at this gym, trainers at my gym, class instructor, class instructors | svc:friendly judged only
# nobody turning up or ringing is the service absent, as "never turned up" is ("no one turned up to fix the boiler")
nobody showed, nobody showed up, nobody turned up, no one showed, no one showed up, no one turned up, nobody rang, no one rang | cue:friendly -2.5 wait only
# seen by the clinic or the salon only long after the booked time is a wait ("I wasn't seen until after lunch")
wasn't seen until, wasn't seen till, was not seen until, weren't seen until, weren't seen till, were not seen until, didn't get seen until, didn't get seen till, not seen until, not seen till, only seen after, wasnt seen until, wasnt seen till | cue:speed -1.8 only
# the customer's own help desk and IT people ("our internal help desk is swamped", "our IT person set it up"), as "our help desk" is
our internal help desk, our internal helpdesk, our internal service desk, our internal support, our internal support team, our internal it, our internal it team, internal help desk, internal helpdesk, internal it team, our in-house it, in-house it, in-house it team, our it guy, our it person, our it people, our it staff, our it admin, our it manager, our it lead, our it support, my it guy, my it person, our sysadmin, our sysadmins, our own help desk, our own helpdesk, our own support, our own it, i manage the help desk, i run the help desk, i manage the helpdesk, i run the helpdesk, i manage the support team, i run the support team, i lead the support team | person only
# whom the customer spoke to, named by the talk alone ("the person I spoke to was lovely", "the guy on the phone")
person i spoke to, person i spoke with, person i talked to, lady i spoke to, lady i spoke with, guy i spoke to, guy i spoke with, man i spoke to, woman i spoke to, girl i spoke to, whoever i spoke to, whoever i spoke with, whoever i talked to, whoever answered, whoever picked up, person on the phone, lady on the phone, guy on the phone, man on the phone, woman on the phone, girl on the phone | svc:resolution only
# an "advisor" that is a feature of the software, not a person
robo advisor, robo advisors, robo-advisor, robo-advisors, robo adviser, ai advisor, ai adviser, virtual advisor | none
# what the staff said of something else judges what it was said of, not the speaker ("the mechanic said the brakes
# were worn", "the nurse said my blood test was fine"): a narrated act; how they said it still judges them ("the
# mechanic rudely said")
said, says, told, tells, mentioned, claimed, insisted, told us, told me, tells you, said to us, warned, warns, warned us, warned me, warns you | say only
# what the staff noticed judges what they noticed, as what they said does ("the waiter noticed the dish was cold",
# "our server spotted that the steak was overcooked"): the noticing is a plain act; missing it still blames them
# ("the waiter didn't notice the dish was cold": "notice" is not listed) (round analyzer80)
noticed, noticed that, spotted, spotted that, realised, realised that, realized, realized that, saw that | say only
# a silence of the staff is no negation of what follows ("the staff said nothing and ignored us"): it blames their manner
said nothing, said not a word, didn't say a word, did not say a word, never said a word | cue:friendly -1.2
# what such people work on takes what is said of it ("the nurse said my blood test was fine", "the mechanic said the
# brakes were worn"): another aspect, like a dish
x-ray, x-rays, blood test, blood tests, test results, teeth, tooth, prescription, prescriptions, medication, medicine, car, engine, brakes, tyres, tires, boiler, haircut, nails, blood pressure, blood sample, bloods | asp only

# --- product grounds (analyzer34): acts of the business toward the guest that a customer tells without a word of service ---
# closing up around guests still at their table is showing them the door ("they started stacking chairs around us at
# 9:45", "the staff were mopping around our feet"): the staff's manner, whoever "they" are
stacking chairs, stacked chairs, stacking the chairs, stacked the chairs, stack the chairs, putting chairs up, put the chairs up, putting the chairs up, putting chairs on the tables, put chairs on the tables, chairs on the tables, chairs up on the tables, mopping around us, mopped around us, mopping around our, vacuuming around us, vacuumed around us, hoovering around us, sweeping around us, swept around us, cleaning around us, cleaned around us, turned the lights up on us, turned off the music, switched off the music, started closing up, started to close up, closing up around us, shooing us out, shooed us out, ushered us out, hurried us out, rushed us out, herded us out | cue:friendly -2
# the guest sent away outright (analyzer38): told to go ("okay, you guys are outta here") or put out of the door
showed us the door, show us the door, shown the door, threw us out, throw us out, throwing us out, kick us out, kicking us out, kicked us right out, pushed us out, push you out, rush you out, hurry you out, kick you out, throw you out, wanted us out, want us out, wanted us gone, you're outta here, you are outta here, you guys are outta here, y'all are outta here, you're out of here, you guys are out of here | cue:friendly -2
# guests seated or served before the guest who booked or came first were served out of turn ("they seated a walk-in
# before us even though we had a reservation")
walk-in before us, walk-ins before us, walk in before us, walk ins before us, walk-in ahead of us, walk-ins ahead of us, seated a walk-in, seated walk-ins, sat a walk-in, seated ahead of us, served ahead of us, sat ahead of us, seated others first, seated them first, seated everyone else, served everyone else first, gave our table to, gave our table away to, gave away our table to, even though we had a reservation, even though we had a booking, even though we had booked, even though we'd booked, although we had a reservation, though we had a reservation, despite our reservation, despite having a reservation, despite having booked, despite our booking, despite having a booking, in spite of our reservation | cue:speed -2
# what is still to come: a fix or a refund promised is no recovery yet ("support told me the bug would be fixed next
# week", "they promised to refund us"), and the problem it is promised for no complaint about the service either
will, would, it'll, they'll, he'll, she'll, going to, gonna, promised, promised to, promise to, promises to, promised us, promised me, supposed to, assured us, assured me, guaranteed | promise only
# taking responsibility for a problem is owning its resolution; denied ("no one took responsibility for the outage")
# it blames the support
took responsibility, take responsibility, takes responsibility, taking responsibility, taken responsibility, took ownership, take ownership, takes ownership, taking ownership, taken ownership | cue:resolution +1.5
# a raising verb is no distance for a negator: "nobody there seems to care" denies the caring ("No one seemed to know
# what they were doing")
seem to, seems to, seemed to, appear to, appears to, appeared to | raise only
# knowing how to do a thing is doing it, for a negator: "nobody on the support team knew how to fix it" denies the fix
know how to, knew how to, knows how to, knowing how to | raise only
# what support never left unanswered it answered: the negator reaches through "leave" ("never left a question unanswered")
leave, leaves, left, leaving | raise only
# a negator reaches through "made me feel" to the feeling it denies ("the agent never made me feel stupid") (round analyzer88)
made me feel, made us feel, make me feel, make us feel, makes me feel, makes us feel, make you feel, made you feel, makes you feel | raise only
# knowing what one is doing is competence, said of whoever serves ("the staff knew what they were doing"); denied it
# blames it ("no one seemed to know what they were doing")
know what they were doing, know what they are doing, know what they're doing, knew what they were doing, knows what he is doing, knows what she is doing, knows what he's doing, knows what she's doing, knew what he was doing, knew what she was doing, know what he was doing, know what she was doing, know what he is doing, know what she is doing, know what he's doing, know what she's doing, knew what they are doing | cue:knowledge +2 only
# a count after an act of the staff (`count`, `rare`): a request made again and again was not met ("I asked three
# times for a glass of water", "asked for the bill twice"), an act of attention done rarely was attention missing
# ("the waitress checked on us maybe twice during the entire meal"); counted otherwise ("we've been three times") they
# say nothing
twice, three times, four times, five times, several times, multiple times, many times, numerous times, countless times, a few times, a couple of times, repeatedly, again, again and again, over and over, a second time, a third time, more than once, 2 times, 3 times, 4 times, 5 times | count cat:speed only
only once, just once, maybe once, once or twice, maybe twice, only twice, just twice, barely once, barely twice, at most once, at most twice, hardly ever, twice during the, once during the, twice in the whole, once in the whole, twice the whole, once the whole, twice the entire, once the entire, twice all night, once all night, twice all evening, once all evening | rare cat:friendly only
# the guest's verdict on a wait told before it pardons the wait ("we got a refund a week later, which was fine")
which was fine, which is fine, which was ok, which is ok, which was okay, which is okay, which was acceptable, which is acceptable, which was reasonable, which is reasonable, which was understandable, which is understandable, which was expected, which was no problem, which was not a problem, which wasn't a problem, which was not bad, which wasn't bad, which was not too bad, which wasn't too bad | pardon only
# the same verdict may open the next sentence ("It took a week. That was fine.") or tell that the guest did not mind
# ("which we didn't mind"); the verdict keeps its own praise
that was fine, that's fine, that is fine, that was reasonable, that's reasonable, that was fair, fair enough | pardon +0.9 only
that was ok, that's ok, that was okay, that's okay, that was acceptable, that's acceptable, that was understandable, that's understandable, that is understandable, understandable, totally understandable, completely understandable | pardon only
no big deal, not a big deal, that was no problem, that wasn't a problem, that was not a problem | pardon +1.5 only
# a sentence saying only that this was all there was, after an act of serving ("The staff greeted us. That was it."):
# the least the service did, faint praise that blames (SaysNothingMore)
that was it, that's it, that is it, that was all, that's all, that is all, that was about it, that's about it, and that was it, and that's it | nomore only
which we didn't mind, which i didn't mind, which we did not mind, which i did not mind, we didn't mind, i didn't mind, we did not mind, i did not mind, we didn't really mind, we did not really mind | pardon +1 cat:friendly only
# the guest's pardon after "but" takes back the blame before it ("the service is not exactly five star, but that's no
# big deal"); the customer's problem denied there ("but it's not a problem") pardons the same way (SentenceScorer)
not really a big deal, not such a big deal, not that big a deal, not that big of a deal, not a huge deal, not a deal breaker, not a dealbreaker, no biggie, no harm done | pardon only
# the guest staying late is the guest's choice, no delay of the service ("we stayed late")
stayed late, stay late, staying late, stays late, stayed until closing, stayed till closing, stayed past closing, stayed after closing | none only
# not minding is tolerance: the people who let the guest be ("nobody seemed to mind that we stayed late", "they didn't
# mind us lingering") are kind, and the guest who does not mind something is not complaining of it
nobody minded, no one minded, nobody seemed to mind, no one seemed to mind, nobody seems to mind, no one seems to mind, nobody mind, nobody minds, no one minds, nobody cared that we, no one cared that we, didn't mind, did not mind, don't mind, do not mind, doesn't mind, does not mind, didn't seem to mind, did not seem to mind, never minded, never seemed to mind, wouldn't mind, would not mind | +1 cat:friendly only
# a limiter before an act of attention makes a bare count after it rare ("the waitress only came to our table once",
# "our server only checked on us twice"); "once" alone counts nothing ("they came by once we had ordered")
only, merely, just | limit only
once | rare cat:friendly only
# an icy or frosty drink is a good one and a cold dish a poor one (qualities of food and drink, `dish`); said of the
# staff or their welcome they blame its manner ("the reception we got was icy", "our waitress was frosty")
icy, frosty | dish only
# billing the guest (`bill`, with VADER's -0.8 of "charged"): named alone it tells of the price, but a charge for what
# its own clause then denies ("we were charged for drinks we didn't order", "they billed us for a meal we never
# received") is the business's mistake, a service mention whatever the clause opened with
were charged, was charged, been charged, got charged, get charged, charged us, charged me, charged for, charged us for, charged me for, billed, billed us, billed me, billed for, billed us for, billed me for, charge us for, charge me for, charging us for, charging me for, charging for | -0.8 cat:resolution bill only

# --- lead, session 14: a little more given than was ordered is a kindness of the staff, as the house's rounds are
# ("the waitress wrapped up the leftovers and added some extra bread"); extra charges are not
threw in some extra, threw in an extra, threw in a few extra, threw in a free, threw in extra, threw in a complimentary, gave us a free, gave us free, gave me a free, sent us a free, sent out a free, sent out a complimentary, brought us a free, brought out a free, added some extra, added a few extra, added a little extra, gave us some extra, gave us a few extra, gave us a little extra, gave me some extra, gave me a few extra, brought us some extra, brought us a few extra | cue:friendly +1.5
added some extra charges, added some extra fees, added a few extra charges, added a few extra fees, added a little extra to the bill, added some extra to the bill | cue:resolution -2.3 trouble

# the guest made one of the house is how the staff treat them ("they make you feel like family", "greeted like old
# friends"); a dish or a way of eating like a family's is not ("tastes like family dinner", "served like family style")
like family, like part of the family, part of the family, like one of the family, like old friends, like an old friend | cue:friendly +2.5 only
like family style, like family-style, like family dinner, like family dinners, like family meal, like family meals, like family recipes, like family cooking | none only
# how the place is run is the competence of the people who run it, service whatever the clause opened with, as a
# wait is ("the place is poorly managed", "badly run")
poorly run, badly run, poorly managed, badly managed, mismanaged, terribly run, terribly managed | cue:knowledge -2 wait only

# --- analyzer39: the house refusing the guest what they asked for or were due is blame of the service ("they wouldn't
# let us sit at the bar", "they didn't give us the special until we asked"); not letting the guest down is praise.
# `refuse` (analyzer47): no service cue by itself (lead: "it won't let me export"), but with "they" for subject the house
# refuses the guest, a service mention (MentionExtractor.TheyRefuseOrAnswer)
wouldn't let us, wouldnt let us, would not let us, won't let us, wont let us, will not let us, didn't let us, didnt let us, did not let us, refused to let us, wouldn't let me, wouldnt let me, would not let me, won't let me, wont let me, will not let me, didn't let me, didnt let me, did not let me, refused to let me, wouldn't even let us, wouldnt even let us, wouldn't even let me, wouldnt even let me, didn't give us, didnt give us, did not give us, wouldn't give us, wouldnt give us, would not give us, won't give us, never gave us, didn't give me, didnt give me, did not give me, wouldn't give me, wouldnt give me, would not give me, won't give me, never gave me | cat:friendly -2 refuse
didn't let us down, didnt let us down, did not let us down, didn't let me down, didnt let me down, did not let me down, won't let you down, wont let you down, will not let you down, never let us down, never let me down, never lets you down, never let you down | +2

# --- analyzer40: a number that identifies something (an order, an account, a ticket) is no quantity and no praise,
# whatever VADER gives "number" ("the agent asked for my order number")
order number, account number, phone number, case number, ticket number, reference number, tracking number, confirmation number, booking number, reservation number, invoice number, serial number, membership number, card number, room number, table number, number of | none only
# a policy named after what it covers is a rule of the business, no refund given ("the agent explained the refund policy")
refund policy, return policy, returns policy, cancellation policy, exchange policy | none only

# what the reader may want (`desire`) names a want, not what the guest found: when the rest of the sentence gives the
# verdict the praise of the want counts for nothing ("If you are after great service, stay away", "If you want good
# service, go elsewhere"); without one it stands ("If you want great service, this is the place")
if you are after, if you're after, if you want, if you are looking for, if you're looking for, if you expect, if you are expecting, if you're expecting, if you like, if you prefer, if you need, if you care about, if you value, if you are hoping for, if you're hoping for, for those who want, for anyone who wants, for people who want, for those looking for, for anyone looking for, for people looking for, for those who like, for anyone who likes | desire only
# the verdict that sends the reader away, or tells them to look no further
go elsewhere, look elsewhere, try elsewhere, go somewhere else, look somewhere else, try somewhere else, go anywhere else, eat elsewhere, eat somewhere else | -2.3 only
look no further, look no farther | +2 only

# weighing something against a standard and finding it wanting (`standard`): the standard after outweighs what fell
# short of it, as across "but" ("A smile from the waiter does not amount to good service", "a free dessert is no
# substitute for decent service")
does not amount to, doesn't amount to, do not amount to, don't amount to, did not amount to, didn't amount to, does not add up to, doesn't add up to, is no substitute for, are no substitute for, was no substitute for, were no substitute for, is not a substitute for, isn't a substitute for, was not a substitute for, wasn't a substitute for, does not equal, doesn't equal, does not make it, doesn't make it, is not the same as, isn't the same as, does not replace, doesn't replace | neg standard only

# --- lead, session 15: the customer's own people ("my team loves the product", "our staff find it slow", "our support
# team uses it to answer tickets") are the customer's organisation, not the service it gets: in business feedback a
# team, staff or agents the writer calls "my"/"our" are their own. The one person assigned to them stays service ("our
# account manager", "our rep", "our CSM"), and so does "our waiter", who serves the guest
my team, our team, my whole team, our whole team, my entire team, our entire team, my own team, our own team, my teams, our teams, my staff, our staff, my own staff, our own staff, my agents, our agents, my support team, our support team, our own support team, my support agents, our support agents, my employees, our employees, my colleagues, our colleagues, my coworkers, our coworkers, my co-workers, our co-workers, my people, our people, our engineers, my engineers, our developers, my developers, our users, my users, our customers, my customers | person only

# --- round analyzer46 (support NPS comments, second round) ---
# keeping the customer informed, above all through an outage, is a service act: responsiveness, like follow-up
# ("they kept us updated every hour", "zero communication during the outage"); "communication" itself is a mention
# only when its clauses judge it ("communication from their side was poor"), since named alone it mostly tells what
# something is about
kept us updated, kept us informed, kept us posted, kept us in the loop, keeps us updated, keeps us informed, keeps us posted, keeps us in the loop, keep us updated, keep us informed, keep us posted, keep us in the loop, kept me updated, kept me informed, kept me posted, kept me in the loop, keeps me updated, keeps me informed, keeps me posted, keeps me in the loop, keep me updated, keep me informed, keep me posted, keep me in the loop, regular updates, status updates, let us know in advance, let us know well in advance, let us know ahead of time, told us in advance, warned us in advance, transparent about, open and transparent, very transparent | cue:speed +1.8
zero communication, no communication, lack of communication, absence of communication, radio silence, total silence, complete silence, left in the dark, kept in the dark, kept us in the dark, left us in the dark, no heads up, no heads-up, no warning | cue:speed -2.2
great communication, good communication, excellent communication, clear communication, proactive communication, communication was great, communication was excellent, communication was good, communication was clear, communication is great, communication is excellent, communication is good, communicated well, communicated clearly, communicates well, communicate well | cue:speed +2
poor communication, bad communication, terrible communication, awful communication, communication was poor, communication was bad, communication was terrible, communication was lacking, communication is poor, communication is bad, communication is terrible, communication is lacking, communicated poorly, communicates poorly | cue:speed -2
their communication, communication from their side, communication from them, communication from support, communication from the vendor | svc:speed judged
# a fix the vendor made is the support's resolution ("they fixed the bug within an hour of my report", "the issue was
# resolved the same day"); what the customer fixed alone keeps its own lines ("we fixed", "fixed it myself")
fixed the bug, fixed the issue, fixed the problem, fixed our issue, fixed my issue, fixed our problem, fixed my problem, fixed our bug, fixed my bug, solved it, solved the issue, solved the problem, solved my issue, solved our issue, resolved it, resolved the issue, resolved my issue, resolved our issue, patched it, patched the bug, patched the issue, was resolved, were resolved, got resolved, was fixed, were fixed, got fixed, was solved, got solved, was sorted, got sorted, was sorted out, got sorted out | cue:resolution +1.5
still no fix, still no solution, still no resolution, no fix yet, no solution yet, no resolution yet, still waiting for a fix, still waiting on a fix | cue:resolution -2
# the promised response time met or broken ("they met the SLA every time", "the SLA was breached")
met the sla, met our sla, met their sla, meet the sla, meets the sla, meet our sla, meets our sla, within sla, within the sla, within our sla, within their sla | cue:speed +1.8
breached, breach, breaches | cat:speed -1.8 only
# a promise kept ("the callback came the next morning as promised")
as promised, just as promised, like they promised, as agreed | +1.5
# support open only part of the day or week, or not in the customer's time zone, is its availability ("support hours
# don't cover our time zone", "there is no weekend support")
support hours, support hour, weekend support, weekend cover, weekend coverage, after-hours support, out-of-hours support, overnight support, night support | svc:availability
time zone, time zones, timezone, timezones, weekend, weekends, overnight, after hours, out of hours | cat:availability
# a support bot is a channel of support ("the chatbot" already was); being handed to a person from it is the channel
# working, the same answer sent again is no answer, mail that bounces reaches no one
support bot, support bots, ai bot, virtual assistant, virtual agent | svc:availability only
handed me over to a human, handed me to a human, handed me over to a person, handed me to a person, passed me to a human, transferred me to a human, transferred me to a person, transferred me to a real person, put me through to a human, put me through to a person, put me through to a real person, connected me to a human, connected me with a human, connected me to a person, connected me with a person, connected me to a real person | cue:availability +1.8
kept sending me the same, keeps sending me the same, kept sending the same, keeps sending the same, kept giving me the same, keeps giving me the same, sent me the same, same canned | cue:resolution -2
emails bounce, email bounces, emails bounced, email bounced, bounced back, mails bounce, messages bounce | cue:availability -2
# pressing the customer to buy more is the account team's manner ("our CSM is always pushing upsells")
upsell, upsells, upselling, upsold, pushing upsells, pushed upsells, push upsells, upsell attempts | cat:friendly -1.5
# the customer's own helpdesk and a chat widget are what the customer runs on the product, not support received
# ("our helpdesk runs on it", "my team uses the chat widget"); working a queue is the customer's agents' work
# ("our support team uses it to answer tickets faster")
our helpdesk, our help desk, our service desk, our support desk, my helpdesk, my help desk, our support queue, our ticket queue, our queue, our it team, our own it team, my it team, our it department, our it dept, our it guys, our dev team, our own dev team, our own developers, our admins, our ops team, our engineering team, our own engineers, our sales team, our marketing team, our managers, our management | person only
chat widget, chat widgets, chat tool, chat feature, chat app, chat integration, chat window, live chat widget, ticketing system, ticketing tool, ticketing software, helpdesk software, help desk software, helpdesk tool, syncing | asp
# a service word naming a part of the product is the product, no service mention (analyzer61): a module, integration,
# widget, plug-in, app or feature named by it ("the customer support module is clunky", "the helpdesk integration keeps
# breaking"), the uptime or outages of the hosted service (a status page judged is the vendor's word to its customers, analyzer59's line below); the vendor's people stay service ("their support team")
customer support module, customer support modules, customer support integration, customer support integrations, customer support widget, customer support widgets, customer support plugin, customer support plugins, customer support add-on, customer support add-ons, customer support addon, customer support feature, customer support features, customer support app, customer support api, customer support dashboard, customer service module, customer service modules, customer service integration, customer service integrations, customer service widget, customer service widgets, customer service plugin, customer service plugins, customer service add-on, customer service add-ons, customer service addon, customer service feature, customer service features, customer service app, customer service api, customer service dashboard, support module, support modules, support integration, support integrations, support widget, support widgets, support plugin, support plugins, support add-on, support add-ons, support addon, support feature, support features, support app, support api, support dashboard, helpdesk module, helpdesk modules, helpdesk integration, helpdesk integrations, helpdesk widget, helpdesk widgets, helpdesk plugin, helpdesk plugins, helpdesk add-on, helpdesk add-ons, helpdesk addon, helpdesk feature, helpdesk features, helpdesk app, helpdesk api, helpdesk dashboard, help desk module, help desk modules, help desk integration, help desk integrations, help desk widget, help desk widgets, help desk plugin, help desk plugins, help desk add-on, help desk add-ons, help desk addon, help desk feature, help desk features, help desk app, help desk api, help desk dashboard, service desk module, service desk modules, service desk integration, service desk integrations, service desk widget, service desk widgets, service desk plugin, service desk plugins, service desk add-on, service desk add-ons, service desk addon, service desk feature, service desk features, service desk app, service desk api, service desk dashboard, live chat module, live chat modules, live chat integration, live chat integrations, live chat widget, live chat widgets, live chat plugin, live chat plugins, live chat add-on, live chat add-ons, live chat addon, live chat feature, live chat features, live chat app, live chat api, live chat dashboard, chat support module, chat support modules, chat support integration, chat support integrations, chat support widget, chat support widgets, chat support plugin, chat support plugins, chat support add-on, chat support add-ons, chat support addon, chat support feature, chat support features, chat support app, chat support api, chat support dashboard, ticketing module, ticketing modules, ticketing integration, ticketing integrations, ticketing widget, ticketing widgets, ticketing plugin, ticketing plugins, ticketing add-on, ticketing add-ons, ticketing addon, ticketing feature, ticketing features, ticketing app, ticketing api, ticketing dashboard, ticket module, ticket modules, ticket integration, ticket integrations, ticket widget, ticket widgets, ticket plugin, ticket plugins, ticket add-on, ticket add-ons, ticket addon, ticket feature, ticket features, ticket app, ticket api, ticket dashboard, service uptime,  service reliability, service availability, service outage, service outages, support portal search, help center search, help centre search, portal search, old help desk, old helpdesk, previous help desk, previous helpdesk, existing help desk, existing helpdesk, current help desk, current helpdesk, old ticketing system, old support tool | asp
answer tickets, answering tickets, answers tickets, close tickets, closing tickets, closes tickets, handle tickets, handling tickets, handles tickets, resolve tickets, resolving tickets, resolves tickets, triage tickets, triaging tickets, work tickets, working tickets | asp
# getting past a bot to a person is no judgement of the bot ("once I got past the bot, the agent was great")
got past the bot, get past the bot, getting past the bot, gotten past the bot, got past the chatbot, get past the chatbot, getting past the chatbot, got past the bots, get past the bots | none
# the service asked back and denied ("Customer support? Never heard of it.", "Support? Non-existent.")
never heard of it, never heard of them, never even heard of it, never even heard of them, never heard of such a thing | -1.8
non-existent, nonexistent, non existent, practically non-existent, virtually non-existent | cat:availability -2.5
# what is used is the product, not the service ("our staff use it every day and find it slow")
use it, uses it, using it, used it, use the product, uses the product, using the product, use the tool, uses the tool, using the tool | asp
# explaining the product to others is the customer training their own people, not a non-answer from support ("I had to
# explain the tool to my whole team myself")
had to explain the tool, had to explain the product, had to explain the software, had to explain the platform, had to explain the app, had to explain the system, have to explain the tool, have to explain the product, have to explain the software, have to explain the platform, have to explain the app, have to explain the system | none
# the support as the reason the customer stays is the highest praise ("Jake in support is the only reason we're still
# customers"); mail to it that bounces reaches no one ("emails to support bounce")
the only reason we're still customers, the only reason we are still customers, the only reason we're still here, the only reason we are still here, the only reason we stay, the only reason we stayed, the only reason we haven't left, the only reason we have not left, the only reason we haven't switched, the only reason we have not switched, the only reason we renewed, the only reason we keep renewing, the only reason i stay, the only reason i stayed, the only reason i haven't left, the only reason i renewed | +2.5
bounce, bounces | cat:availability -1.5 only
# --- support NPS leftovers (analyzer50) ---
# a ticket closed before its problem was put right is a case shut, not solved ("they closed my ticket before the
# problem was fixed")
before the problem was fixed, before the issue was fixed, before the problem was solved, before the issue was solved, before the problem was resolved, before the issue was resolved, before it was fixed, before it was resolved, before it was solved, before anything was fixed, before anyone looked at it, before anyone had looked at it, before anyone had even looked at it, before we could confirm, before we could confirm the fix, before we confirmed the fix | cue:resolution -2
# a customer who would rather talk to a person than to the bot blames the channel ("I'd much rather talk to a person
# than to their bot")
rather talk to a person, rather speak to a person, rather talk to a human, rather speak to a human, rather talk to a real person, rather speak to a real person, rather deal with a person, rather deal with a human, rather chat with a person, rather chat with a human, prefer a real person, prefer a human, prefer talking to a human, prefer talking to a person, prefer speaking to a human, prefer speaking to a person | cue:availability -2
# news the customer had from elsewhere before the vendor said it is the vendor keeping them uninformed ("we heard about
# the outage on Twitter before they told us anything")
before they told us, before they said a word, before they said anything, before they let us know, before they informed us, before they notified us, before they warned us, before we heard from them, before hearing from them, before they even told us | cue:speed -2
# many contacts counted to get one thing done ("cancelling our subscription took three phone calls"); one is fine
took two calls, took two phone calls, took two emails, took two chats, took two tickets, took two attempts, took three calls, took three phone calls, took three emails, took three chats, took three tickets, took three attempts, took four calls, took four phone calls, took four emails, took four chats, took four tickets, took four attempts, took five calls, took five phone calls, took five emails, took five chats, took five tickets, took five attempts, took six calls, took six phone calls, took six emails, took six chats, took six tickets, took six attempts, took seven calls, took seven phone calls, took seven emails, took seven chats, took seven tickets, took seven attempts, took eight calls, took eight phone calls, took eight emails, took eight chats, took eight tickets, took eight attempts, took nine calls, took nine phone calls, took nine emails, took nine chats, took nine tickets, took nine attempts, took ten calls, took ten phone calls, took ten emails, took ten chats, took ten tickets, took ten attempts, took several calls, took several phone calls, took several emails, took several chats, took several tickets, took several attempts, took multiple calls, took multiple phone calls, took multiple emails, took multiple chats, took multiple tickets, took multiple attempts, took many calls, took many phone calls, took many emails, took many chats, took many tickets, took many attempts, took a dozen calls, took a dozen phone calls, took a dozen emails, took a dozen chats, took a dozen tickets, took a dozen attempts, took a few calls, took a few phone calls, took a few emails, took a few chats, took a few tickets, took a few attempts, takes two calls, takes two phone calls, takes two emails, takes two chats, takes two tickets, takes two attempts, takes three calls, takes three phone calls, takes three emails, takes three chats, takes three tickets, takes three attempts, takes several calls, takes several phone calls, takes several emails, takes several chats, takes several tickets, takes several attempts, takes multiple calls, takes multiple phone calls, takes multiple emails, takes multiple chats, takes multiple tickets, takes multiple attempts, takes many calls, takes many phone calls, takes many emails, takes many chats, takes many tickets, takes many attempts | cue:resolution -2 wait
# support away when the customer needs it ("support is asleep when we need it"; "asleep" alone is a baby's)
asleep when we need it, asleep when we need them, asleep when we need you, asleep when we need help, asleep when we need it most, never around when we need it, never around when we need them, not around when we need it, not around when we need them, nowhere to be found when we need it, sleeps while we work, sleep while we work, asleep while we work, asleep during our working hours, asleep during our business hours | cue:availability -2
# an answer that never came ("our team never got an answer"), as "never got a reply" already blames
never got an answer, never received an answer, never got any answer, never got any reply, never got any response, never received any answer, never received any reply, never received any response, never got an answer back | cue:speed -1.8
not a single update, not a single status update, not one update, not one status update, not a single word from them | cue:speed -1.8
# the service that goes down is the customer's system, not the support ("no status updates while the service was down")
while the service was down, when the service was down, whilst the service was down, while the service is down, when the service is down, service was down for, service is down for, service has been down, service went down, service goes down, service outage, service outages, service disruption, service interruption | none
# --- round analyzer56 (customer-visible misreadings) ---
# the customer's own delay is no failing of the vendor's onboarding or support ("our team never got around to the
# training videos", "we never found the time for the webinars"); what follows is support they did without, like a need
# denied, no mention (round analyzer65: the phrase says its own denial, `denied`)
we never got around to, we never got round to, we didn't get around to, we did not get around to, we haven't got around to, we haven't gotten around to, we have not got around to, we never found the time for, we never found time for, we never made time for, we never had time for, i never got around to, i never got round to, i didn't get around to, i did not get around to, i haven't got around to, i haven't gotten around to, i have not got around to, i never found the time for, i never found time for, i never made time for, i never had time for, our team never got around to, our team never got round to, our team didn't get around to, our team did not get around to, our team haven't got around to, our team haven't gotten around to, our team have not got around to, our team never found the time for, our team never found time for, our team never made time for, our team never had time for, my team never got around to, my team never got round to, my team didn't get around to, my team did not get around to, my team haven't got around to, my team haven't gotten around to, my team have not got around to, my team never found the time for, my team never found time for, my team never made time for, my team never had time for, our staff never got around to, our staff never got round to, our staff didn't get around to, our staff did not get around to, our staff haven't got around to, our staff haven't gotten around to, our staff have not got around to, our staff never found the time for, our staff never found time for, our staff never made time for, our staff never had time for, our people never got around to, our people never got round to, our people didn't get around to, our people did not get around to, our people haven't got around to, our people haven't gotten around to, our people have not got around to, our people never found the time for, our people never found time for, our people never made time for, our people never had time for, our admins never got around to, our admins never got round to, our admins didn't get around to, our admins did not get around to, our admins haven't got around to, our admins haven't gotten around to, our admins have not got around to, our admins never found the time for, our admins never found time for, our admins never made time for, our admins never had time for, our users never got around to, our users never got round to, our users didn't get around to, our users did not get around to, our users haven't got around to, our users haven't gotten around to, our users have not got around to, our users never found the time for, our users never found time for, our users never made time for, our users never had time for, my staff never got around to, my staff never got round to, my staff didn't get around to, my staff did not get around to, my staff haven't got around to, my staff haven't gotten around to, my staff have not got around to, my staff never found the time for, my staff never found time for, my staff never made time for, my staff never had time for | need denied only
# the customer's own people not using the help offered, told with their subject ("our admins still haven't watched the
# training webinars", "we never attended the onboarding call"): support they did without, like a need denied
we still haven't got around to, we still haven't got round to, we still haven't gotten around to, we haven't got round to, we never watched, we haven't watched, we still haven't watched, we didn't watch, we did not watch, we never attended, we haven't attended, we still haven't attended, we didn't attend, we did not attend, we never opened, we haven't opened, we never read, we haven't read, we never used, we haven't used, we still haven't used, we didn't use, i still haven't got around to, i still haven't got round to, i still haven't gotten around to, i haven't got round to, i never watched, i haven't watched, i still haven't watched, i didn't watch, i did not watch, i never attended, i haven't attended, i still haven't attended, i didn't attend, i did not attend, i never opened, i haven't opened, i never read, i haven't read, i never used, i haven't used, i still haven't used, i didn't use, our team still haven't got around to, our team still haven't got round to, our team still haven't gotten around to, our team haven't got round to, our team never watched, our team haven't watched, our team still haven't watched, our team didn't watch, our team did not watch, our team never attended, our team haven't attended, our team still haven't attended, our team didn't attend, our team did not attend, our team never opened, our team haven't opened, our team never read, our team haven't read, our team never used, our team haven't used, our team still haven't used, our team didn't use, my team still haven't got around to, my team still haven't got round to, my team still haven't gotten around to, my team haven't got round to, my team never watched, my team haven't watched, my team still haven't watched, my team didn't watch, my team did not watch, my team never attended, my team haven't attended, my team still haven't attended, my team didn't attend, my team did not attend, my team never opened, my team haven't opened, my team never read, my team haven't read, my team never used, my team haven't used, my team still haven't used, my team didn't use, our staff still haven't got around to, our staff still haven't got round to, our staff still haven't gotten around to, our staff haven't got round to, our staff never watched, our staff haven't watched, our staff still haven't watched, our staff didn't watch, our staff did not watch, our staff never attended, our staff haven't attended, our staff still haven't attended, our staff didn't attend, our staff did not attend, our staff never opened, our staff haven't opened, our staff never read, our staff haven't read, our staff never used, our staff haven't used, our staff still haven't used, our staff didn't use, our admins still haven't got around to, our admins still haven't got round to, our admins still haven't gotten around to, our admins haven't got round to, our admins never watched, our admins haven't watched, our admins still haven't watched, our admins didn't watch, our admins did not watch, our admins never attended, our admins haven't attended, our admins still haven't attended, our admins didn't attend, our admins did not attend, our admins never opened, our admins haven't opened, our admins never read, our admins haven't read, our admins never used, our admins haven't used, our admins still haven't used, our admins didn't use, our users still haven't got around to, our users still haven't got round to, our users still haven't gotten around to, our users haven't got round to, our users never watched, our users haven't watched, our users still haven't watched, our users didn't watch, our users did not watch, our users never attended, our users haven't attended, our users still haven't attended, our users didn't attend, our users did not attend, our users never opened, our users haven't opened, our users never read, our users haven't read, our users never used, our users haven't used, our users still haven't used, our users didn't use, our people still haven't got around to, our people still haven't got round to, our people still haven't gotten around to, our people haven't got round to, our people never watched, our people haven't watched, our people still haven't watched, our people didn't watch, our people did not watch, our people never attended, our people haven't attended, our people still haven't attended, our people didn't attend, our people did not attend, our people never opened, our people haven't opened, our people never read, our people haven't read, our people never used, our people haven't used, our people still haven't used, our people didn't use | need denied only
# an answer got is the support's reply ("every request gets an answer within two hours"): "answer" alone is a verb as often
get an answer, gets an answer, got an answer, getting an answer, receive an answer, receives an answer, received an answer | svc:speed only
# the customer's own device is no channel of support ("it is slow to load on my phone"); "on the phone" still is one
on my phone, on your phone, on our phones, on my mobile, on my tablet, on my ipad, on my iphone, on my android, on my laptop, on my computer, on my pc, on my mac | none only
# software that is slow to load or open is the product's speed, not the support's ("slow to load", "takes forever to load")
slow to load, slow to open, slow to start, slow to launch, slow to boot, slow to sync, slow to render, slow to refresh, slow to log in, slow to export, takes forever to load, take forever to load, took forever to load, takes ages to load, loading takes forever, loads slowly, load slowly, loaded slowly | -1.5 asp only
# the customer's own helpdesk staff ("our helpdesk agents are fast with customers thanks to it")
our helpdesk agents, our help desk agents, our service desk agents, our helpdesk staff, our help desk staff, our helpdesk team, our help desk team, our service desk team, my helpdesk agents, my help desk agents, my helpdesk team, our support reps | person only
# more of working a ticket queue, the customer's agents' work on the product ("our helpdesk agents track their tickets in it")
track tickets, tracking tickets, tracks tickets, track their tickets, track our tickets, tracks their tickets, manage tickets, managing tickets, manages tickets, manage their tickets, manage our tickets, assign tickets, assigning tickets, assigns tickets, route tickets, routing tickets, routes tickets, tag tickets, tagging tickets, tags tickets, log tickets, logging tickets, logs tickets | asp
# a case the customer closed themselves is their own act, no case the vendor shut ("we closed the ticket ourselves
# before the problem was fixed"): the ticket stays a neutral mention, the closing blames no one
ourselves before the problem was fixed, ourselves before the issue was fixed, ourselves before the problem was solved, ourselves before the issue was solved, ourselves before the problem was resolved, ourselves before the issue was resolved, ourselves before it was fixed, ourselves before it was resolved, ourselves before it was solved, ourselves before anything was fixed, myself before the problem was fixed, myself before the issue was fixed, myself before the problem was solved, myself before the issue was solved, myself before the problem was resolved, myself before the issue was resolved, myself before it was fixed, myself before it was resolved, myself before it was solved, myself before anything was fixed | none only
# the service the customer gives their own customers is no service they get ("I use it to give my customers better
# service"), as "our customers" are their own people
our customers better service, our customers great service, our customers good service, our customers faster service, our customers quicker service, our customers excellent service, our customers the best service, our clients better service, our clients great service, our clients good service, our clients faster service, our clients quicker service, our clients excellent service, our clients the best service, my customers better service, my customers great service, my customers good service, my customers faster service, my customers quicker service, my customers excellent service, my customers the best service, my clients better service, my clients great service, my clients good service, my clients faster service, my clients quicker service, my clients excellent service, my clients the best service, service to our customers, service to our clients, service to my customers, service to my clients, service for our customers, service for our clients, service for my customers, service for my clients, our customer service, my customer service, our own customer service, our customer service team, our customer support, our own customer support | asp only
our own customers, my own customers, our own users, my own users, our clients, my clients, our own clients, my own clients, our end users, our end-users | person only
# a call returned is the support's answer ("they called back within ten minutes"); "never called back" blames already
called back, called us back, called me back, calls back, calls us back, calls me back, rang back, rang us back, rang me back | svc:availability only
# walking the customer's people through something is help that knows its way ("walked our whole team through the setup")
walked our team through, walked our whole team through, walked my team through, walked everyone through, walked them through, walks us through, walks me through, walk us through, walk you through, walks you through | cat:knowledge +0.8
# being sent from one department to the next is no resolution ("billing kept sending us to sales")
kept sending us to, kept sending me to, keeps sending us to, keeps sending me to, kept passing us to, kept passing me to, sent us back and forth, sent me back and forth, passed us back and forth, passed me back and forth, ping-ponged, ping ponged | cue:resolution -2
# loading tickets is the product's work ("our support agents love how quickly it loads tickets")
loads tickets, load tickets, loading tickets, loaded tickets | asp
# --- analyzer55: "they" as the house, dealing with the guest (kind recurring in both English first halves) ---
# the house deceiving the guest blames the service, the house glad to have the guest praises it: `refuse` (analyzer47's
# tag, MentionExtractor.TheyRefuseOrAnswer) makes them a mention only with "they" for subject ("they lie on the phone",
# "they are glad you came"); with another subject they judge only it ("my friends lied", "you'll be glad you came")
lie, lied, lies, lying, lie to us, lied to us, lie to you, lied to you, lie to me, lied to me, lie about, lied about, cheat, cheats, cheated, cheated us, cheated me, cheat you, misled us, misled me, mislead you, misleads you, tricked us, trick you, ripped us off, ripped me off, rip you off, rips you off, conned us, scammed us | cat:friendly -2.6 refuse
glad to see you, glad to see us, happy to see you, happy to see us, pleased to see you, pleased to see us, thrilled to see us, excited to see us, glad to have you, glad to have us, happy to have you, happy to have us, glad you came, glad we came, happy you came, happy we came, glad you're there, glad you are there | cat:friendly +2.2 refuse
# the refusal said to the reader, the generic "you" of a review ("they won't let you sit at the bar"); not letting you
# down stays praise
won't let you, wont let you, will not let you, wouldn't let you, wouldnt let you, would not let you, don't let you, dont let you, do not let you, didn't let you, didnt let you, did not let you, refuse to let you, refused to let you, won't give you, wont give you, wouldn't give you, wouldnt give you, don't give you, dont give you, didn't give you, didnt give you, never give you, never gave you | cat:friendly -2 refuse
don't let you down, dont let you down, do not let you down, didn't let you down, didnt let you down, did not let you down, wouldn't let you down, would not let you down | +2
# the regular known by name, told to the reader ("everyone knows your name", "the bartender remembers your order"), as
# "knew our names" is told of the writer
know your name, knows your name, knew your name, know you by name, knows you by name, knew you by name, know us by name, knows us by name, knew us by name, know our names, knows our names, know my name, knows my name, remember your name, remembers your name, remembered your name, remember our names, remembers our names, remembers you, remembered you, remember your order, remembers your order, remembered your order, know your order, knows your order, recognizes you, recognises you, greets you by name, greeted you by name, greeted us by name, greeted me by name | cue:friendly +2
# the guest hurried: the staff's act came before the guest had finished or could order ("cleared my plate before I had
# finished", "brought the check before we had a chance to order dessert"); a judgement of the act, no service word, so
# that "the music started while we were still eating" names no one; before the guest could ask is attention (above)
before i had finished, before we had finished, before i was finished, before we were finished, before i was done, before we were done, before i finished, before we finished, before i could finish, before we could finish, while i was still eating, while we were still eating, while i was still drinking, while we were still drinking, before we had a chance to order, before i had a chance to order, before we had a chance to finish, before i had a chance to finish, before we had a chance to decide, before we had a chance to look | -1.8 only
before we had a chance to ask, before i had a chance to ask, before we could even ask, before i could even ask | cue:friendly +1.8
# --- round analyzer59 (support comments the rules miss) ---
# contacts counted, told as separate or different ones ("changing the billing address took four separate emails"), and
# messages counted like emails ("it took us six messages to get someone to look")
messages to get, messages to fix, messages to sort, messages to resolve, numerous messages, countless messages, endless messages, repeated messages | cue:resolution -2
took two separate calls, took two separate phone calls, took two separate emails, took two separate chats, took two separate tickets, took two separate attempts, took two separate messages, took two different calls, took two different phone calls, took two different emails, took two different chats, took two different tickets, took two different attempts, took two different messages, took two messages, took three separate calls, took three separate phone calls, took three separate emails, took three separate chats, took three separate tickets, took three separate attempts, took three separate messages, took three different calls, took three different phone calls, took three different emails, took three different chats, took three different tickets, took three different attempts, took three different messages, took three messages, took four separate calls, took four separate phone calls, took four separate emails, took four separate chats, took four separate tickets, took four separate attempts, took four separate messages, took four different calls, took four different phone calls, took four different emails, took four different chats, took four different tickets, took four different attempts, took four different messages, took four messages, took five separate calls, took five separate phone calls, took five separate emails, took five separate chats, took five separate tickets, took five separate attempts, took five separate messages, took five different calls, took five different phone calls, took five different emails, took five different chats, took five different tickets, took five different attempts, took five different messages, took five messages, took six separate calls, took six separate phone calls, took six separate emails, took six separate chats, took six separate tickets, took six separate attempts, took six separate messages, took six different calls, took six different phone calls, took six different emails, took six different chats, took six different tickets, took six different attempts, took six different messages, took six messages, took seven separate calls, took seven separate phone calls, took seven separate emails, took seven separate chats, took seven separate tickets, took seven separate attempts, took seven separate messages, took seven different calls, took seven different phone calls, took seven different emails, took seven different chats, took seven different tickets, took seven different attempts, took seven different messages, took seven messages, took eight separate calls, took eight separate phone calls, took eight separate emails, took eight separate chats, took eight separate tickets, took eight separate attempts, took eight separate messages, took eight different calls, took eight different phone calls, took eight different emails, took eight different chats, took eight different tickets, took eight different attempts, took eight different messages, took eight messages, took nine separate calls, took nine separate phone calls, took nine separate emails, took nine separate chats, took nine separate tickets, took nine separate attempts, took nine separate messages, took nine different calls, took nine different phone calls, took nine different emails, took nine different chats, took nine different tickets, took nine different attempts, took nine different messages, took nine messages, took ten separate calls, took ten separate phone calls, took ten separate emails, took ten separate chats, took ten separate tickets, took ten separate attempts, took ten separate messages, took ten different calls, took ten different phone calls, took ten different emails, took ten different chats, took ten different tickets, took ten different attempts, took ten different messages, took ten messages, took several separate calls, took several separate phone calls, took several separate emails, took several separate chats, took several separate tickets, took several separate attempts, took several separate messages, took several different calls, took several different phone calls, took several different emails, took several different chats, took several different tickets, took several different attempts, took several different messages, took several messages, took multiple separate calls, took multiple separate phone calls, took multiple separate emails, took multiple separate chats, took multiple separate tickets, took multiple separate attempts, took multiple separate messages, took multiple different calls, took multiple different phone calls, took multiple different emails, took multiple different chats, took multiple different tickets, took multiple different attempts, took multiple different messages, took multiple messages, took many separate calls, took many separate phone calls, took many separate emails, took many separate chats, took many separate tickets, took many separate attempts, took many separate messages, took many different calls, took many different phone calls, took many different emails, took many different chats, took many different tickets, took many different attempts, took many different messages, took many messages, took a dozen separate calls, took a dozen separate phone calls, took a dozen separate emails, took a dozen separate chats, took a dozen separate tickets, took a dozen separate attempts, took a dozen separate messages, took a dozen different calls, took a dozen different phone calls, took a dozen different emails, took a dozen different chats, took a dozen different tickets, took a dozen different attempts, took a dozen different messages, took a dozen messages, took a few separate calls, took a few separate phone calls, took a few separate emails, took a few separate chats, took a few separate tickets, took a few separate attempts, took a few separate messages, took a few different calls, took a few different phone calls, took a few different emails, took a few different chats, took a few different tickets, took a few different attempts, took a few different messages, took a few messages, takes two separate calls, takes two separate phone calls, takes two separate emails, takes two separate chats, takes two separate tickets, takes two separate attempts, takes two separate messages, takes two different calls, takes two different phone calls, takes two different emails, takes two different chats, takes two different tickets, takes two different attempts, takes two different messages, takes two messages, takes three separate calls, takes three separate phone calls, takes three separate emails, takes three separate chats, takes three separate tickets, takes three separate attempts, takes three separate messages, takes three different calls, takes three different phone calls, takes three different emails, takes three different chats, takes three different tickets, takes three different attempts, takes three different messages, takes three messages, takes four separate calls, takes four separate phone calls, takes four separate emails, takes four separate chats, takes four separate tickets, takes four separate attempts, takes four separate messages, takes four different calls, takes four different phone calls, takes four different emails, takes four different chats, takes four different tickets, takes four different attempts, takes four different messages, takes five separate calls, takes five separate phone calls, takes five separate emails, takes five separate chats, takes five separate tickets, takes five separate attempts, takes five separate messages, takes five different calls, takes five different phone calls, takes five different emails, takes five different chats, takes five different tickets, takes five different attempts, takes five different messages, takes six separate calls, takes six separate phone calls, takes six separate emails, takes six separate chats, takes six separate tickets, takes six separate attempts, takes six separate messages, takes six different calls, takes six different phone calls, takes six different emails, takes six different chats, takes six different tickets, takes six different attempts, takes six different messages, takes seven separate calls, takes seven separate phone calls, takes seven separate emails, takes seven separate chats, takes seven separate tickets, takes seven separate attempts, takes seven separate messages, takes seven different calls, takes seven different phone calls, takes seven different emails, takes seven different chats, takes seven different tickets, takes seven different attempts, takes seven different messages, takes eight separate calls, takes eight separate phone calls, takes eight separate emails, takes eight separate chats, takes eight separate tickets, takes eight separate attempts, takes eight separate messages, takes eight different calls, takes eight different phone calls, takes eight different emails, takes eight different chats, takes eight different tickets, takes eight different attempts, takes eight different messages, takes nine separate calls, takes nine separate phone calls, takes nine separate emails, takes nine separate chats, takes nine separate tickets, takes nine separate attempts, takes nine separate messages, takes nine different calls, takes nine different phone calls, takes nine different emails, takes nine different chats, takes nine different tickets, takes nine different attempts, takes nine different messages, takes ten separate calls, takes ten separate phone calls, takes ten separate emails, takes ten separate chats, takes ten separate tickets, takes ten separate attempts, takes ten separate messages, takes ten different calls, takes ten different phone calls, takes ten different emails, takes ten different chats, takes ten different tickets, takes ten different attempts, takes ten different messages, takes several separate calls, takes several separate phone calls, takes several separate emails, takes several separate chats, takes several separate tickets, takes several separate attempts, takes several separate messages, takes several different calls, takes several different phone calls, takes several different emails, takes several different chats, takes several different tickets, takes several different attempts, takes several different messages, takes several messages, takes multiple separate calls, takes multiple separate phone calls, takes multiple separate emails, takes multiple separate chats, takes multiple separate tickets, takes multiple separate attempts, takes multiple separate messages, takes multiple different calls, takes multiple different phone calls, takes multiple different emails, takes multiple different chats, takes multiple different tickets, takes multiple different attempts, takes multiple different messages, takes multiple messages, takes many separate calls, takes many separate phone calls, takes many separate emails, takes many separate chats, takes many separate tickets, takes many separate attempts, takes many separate messages, takes many different calls, takes many different phone calls, takes many different emails, takes many different chats, takes many different tickets, takes many different attempts, takes many different messages, takes many messages, takes a dozen separate calls, takes a dozen separate phone calls, takes a dozen separate emails, takes a dozen separate chats, takes a dozen separate tickets, takes a dozen separate attempts, takes a dozen separate messages, takes a dozen different calls, takes a dozen different phone calls, takes a dozen different emails, takes a dozen different chats, takes a dozen different tickets, takes a dozen different attempts, takes a dozen different messages, takes a few separate calls, takes a few separate phone calls, takes a few separate emails, takes a few separate chats, takes a few separate tickets, takes a few separate attempts, takes a few separate messages, takes a few different calls, takes a few different phone calls, takes a few different emails, takes a few different chats, takes a few different tickets, takes a few different attempts, takes a few different messages | cue:resolution -2 wait
# the vendor's own engineers are who fix the customer's problem ("their engineer patched it the same afternoon"); the
# customer's own ("our engineer", "our dev team") keep their lines
their engineer, their engineers, their developer, their developers, their devs, their dev team, their engineering team, their engineering, their tech team, their technical team, their technician, their technicians | svc:resolution
patched, hotfixed | cat:resolution +1.5
# the same day is quick for a fix or an answer ("patched the same afternoon", "answered the same day")
the same day, the same afternoon, the same morning, the same evening, within the same day | cat:speed +0.8
# nobody from the vendor's side, doing anything, is their absence ("during the outage nobody from their side answered
# the phone", "no one on their end replied")
nobody from their side, no one from their side, nobody on their side, no one on their side, nobody on their end, no one on their end, nobody from their end, no one from their end, nobody from their team, no one from their team, nobody from the vendor, no one from the vendor | cue:availability -1.5 neg
# support in the customer's own language is its availability ("they answered in Spanish, which was a nice touch")
answered in spanish, answered in french, answered in german, answered in italian, answered in portuguese, answered in dutch, answered in polish, answered in japanese, answered in chinese, answered in our language, answered in my language, answered in our own language, answered in my own language, replied in spanish, replied in french, replied in german, replied in italian, replied in portuguese, replied in dutch, replied in our language, replied in my language, responded in spanish, responded in french, responded in german, responded in our language, responded in my language, support in spanish, support in french, support in german, support in italian, support in portuguese, support in dutch, support in our language, support in my language, support in our own language, support in my own language | svc:availability
# more product meanings of service words (analyzer75): the help desk or customer service software the customer bought
# or compares ("the help desk software crashes", "their help desk platform is cheaper"; with the article or owner that
# "the help desk" would take first), the reply suggestions and templates of such software, what a status page says of
# the hosted services ("all services operational"), a ticket as a price, a fare or a count ("ticket price", "ticket
# volume"), the car's or boiler's service as the job done ("annual service", "service history")
help desk platform, help desk platforms, help desk tool, help desk tools, help desk system, help desk systems, help desk suite, help desk product, help desk products, help desk package, helpdesk platform, helpdesk platforms, helpdesk tools, helpdesk system, helpdesk systems, helpdesk suite, helpdesk product, helpdesk products, helpdesk package, customer support software, customer support platform, customer support platforms, customer support tool, customer support tools, customer support system, customer support systems, customer support suite, customer support product, customer support products, customer support package, customer service software, customer service platform, customer service platforms, customer service tool, customer service tools, customer service system, customer service systems, customer service suite, customer service product, customer service products, customer service package, service desk software, service desk platform, service desk platforms, service desk tool, service desk tools, service desk system, service desk systems, service desk suite, service desk product, service desk products, service desk package, support desk software, support desk platform, support desk platforms, support desk tool, support desk tools, support desk system, support desk systems, support desk suite, support desk product, support desk products, support desk package, support ticket software, support ticket platform, support ticket platforms, support ticket tool, support ticket tools, support ticket system, support ticket systems, support ticket suite, support ticket product, support ticket products, support ticket package, ticketing platform, ticketing platforms, ticketing tools, ticketing systems, ticketing suite, ticketing product, ticketing products, ticketing package, the help desk software, the help desk platform, the help desk platforms, the help desk tool, the help desk tools, the help desk system, the help desk systems, the help desk suite, the help desk product, the help desk products, the help desk package, the help center software, the help center platform, the help center platforms, the help center tool, the help center tools, the help center system, the help center systems, the help center suite, the help center product, the help center products, the help center package, the help centre software, the help centre platform, the help centre platforms, the help centre tool, the help centre tools, the help centre system, the help centre systems, the help centre suite, the help centre product, the help centre products, the help centre package, their help desk software, their help desk platform, their help desk platforms, their help desk tool, their help desk tools, their help desk system, their help desk systems, their help desk suite, their help desk product, their help desk products, their help desk package, their help center software, their help center platform, their help center platforms, their help center tool, their help center tools, their help center system, their help center systems, their help center suite, their help center product, their help center products, their help center package, their help centre software, their help centre platform, their help centre platforms, their help centre tool, their help centre tools, their help centre system, their help centre systems, their help centre suite, their help centre product, their help centre products, their help centre package, our help desk software, our help desk platform, our help desk platforms, our help desk tool, our help desk tools, our help desk system, our help desk systems, our help desk suite, our help desk product, our help desk products, our help desk package, our help center software, our help center platform, our help center platforms, our help center tool, our help center tools, our help center system, our help center systems, our help center suite, our help center product, our help center products, our help center package, our help centre software, our help centre platform, our help centre platforms, our help centre tool, our help centre tools, our help centre system, our help centre systems, our help centre suite, our help centre product, our help centre products, our help centre package, your help desk software, your help desk platform, your help desk platforms, your help desk tool, your help desk tools, your help desk system, your help desk systems, your help desk suite, your help desk product, your help desk products, your help desk package, your help center software, your help center platform, your help center platforms, your help center tool, your help center tools, your help center system, your help center systems, your help center suite, your help center product, your help center products, your help center package, your help centre software, your help centre platform, your help centre platforms, your help centre tool, your help centre tools, your help centre system, your help centre systems, your help centre suite, your help centre product, your help centre products, your help centre package, my help desk software, my help desk platform, my help desk platforms, my help desk tool, my help desk tools, my help desk system, my help desk systems, my help desk suite, my help desk product, my help desk products, my help desk package, my help center software, my help center platform, my help center platforms, my help center tool, my help center tools, my help center system, my help center systems, my help center suite, my help center product, my help center products, my help center package, my help centre software, my help centre platform, my help centre platforms, my help centre tool, my help centre tools, my help centre system, my help centre systems, my help centre suite, my help centre product, my help centre products, my help centre package, reply suggestions, reply suggestion, suggested replies, suggested reply, suggested responses, suggested response, response suggestions, ai-suggested replies, ai suggested replies, smart replies, smart reply, reply templates, reply template, response templates, response template, saved replies, saved reply, all services operational, all services are operational, all services were operational, all systems operational, services operational, services are operational, services were operational, all services up, all services are up, all services back up, all services are back up, services are back up, services were back up, services back up, services restored, services were restored, services have been restored, services are down, services were down, services went down, all services down, ticket price, ticket prices, ticket cost, ticket costs, plane ticket, plane tickets, train ticket, train tickets, bus ticket, bus tickets, concert ticket, concert tickets, entry ticket, entry tickets, entrance ticket, entrance tickets, lottery ticket, parking ticket, parking tickets, speeding ticket, return ticket, season ticket, ticket office, ticket machine, ticket machines, ticket volume, ticket volumes, ticket count, ticket counts, ticket export, ticket exports, ticket data, ticket field, ticket fields, ticket form, ticket forms, ticket view, ticket views, ticket tags, export tickets, exporting tickets, exported tickets, import tickets, importing tickets, imported tickets, merge tickets, merging tickets, full service history, service history, service light, service interval, service intervals, service schedule, service plan, service plans, service book, service record, service records, annual service, interim service, major service, minor service, boiler service, mot and service, service and mot, in for a service, in for its service | asp
# a delivery that costs nothing, or its charge, is the offer or the price, not how it was delivered ("free next-day
# delivery is why I order here"); like the service charge
free delivery, free next-day delivery, free next day delivery, free home delivery, free shipping, free postage, free returns, delivery charge, delivery charges, delivery fee, delivery fees, delivery cost, delivery costs, delivery price, delivery prices, delivery area, delivery radius, delivery zone | none
# a room or area named for waiting is a place of the business ("the waiting room was clean"), not a wait
waiting area, waiting areas, waiting room, waiting rooms, waiting lounge, waiting hall | asp
# ... but sitting there is waiting, as "waited" is ("we sat in the waiting room for over an hour")
sat in the waiting room, sitting in the waiting room, sat in the waiting area, sitting in the waiting area, stuck in the waiting room, stuck in the waiting area, left in the waiting room, left sitting in the waiting room, kept in the waiting room, in the waiting room for, in the waiting area for | cue:speed -0.4 wait
# a status page is the vendor's word to its customers through an incident, as their updates are: a mention when judged
# ("the status page was never updated"); that it said all was well while the customer was down blames it
status page, status pages, their status page, the status page | svc:speed judged
# what should be kept current and was not blames whoever keeps it ("the status page was never updated")
was never updated, were never updated, never got updated, wasn't updated, was not updated, hasn't been updated, has not been updated, rarely updated | -1.5
while we were down, while we were completely down, while our site was down, while our app was down, while our system was down, while everything was down, while we were offline, while we were dead in the water | -1.5

# --- round analyzer65: the senses of service words, and support leftovers ---
# "server" is the waiter or the computer that hosts the product: with a word of computing near it in its clause it is
# the machine, another aspect ("our servers were down", "the database server", "restart the server", "server uptime");
# "down" counts only after "was", "went" … and not before "to" or an article (MentionExtractor.NamesMachine)
server, servers | machine
crash*, outage, outages, downtime, uptime, database, databases, cloud, hosting, hosted, reboot, rebooted, rebooting, restart, restarted, restarting, migration, backup, backups, offline, overloaded, latency, timing out, timed out, times out, web, sql, staging, maintenance, deploy, deployed, deployment, data center, data centre, datacenter, down | machine only
server-side, server side, serverside, serverless | asp
# crashing into something is a clumsy act, not a machine failing ("the server crashed into our table")
crashed into, crashing into, crash into, crashes into | trouble -1.3
# a phone answered at once is quick service: the ring it was answered on, or a timing phrase right after the answer
# ("they picked up on the first ring", "answered straight away"); the phone answered alone stays no cue (analyzer59)
on the first ring, on the second ring, on the first or second ring, at the first ring, after one ring, after the first ring, after a single ring, after two rings, first ring, second ring, before the second ring, before it even rang, before the phone even rang, within a ring or two | cue:speed +2
answered straight away, answered right away, answered immediately, answered instantly, answered within seconds, answered in seconds, picked up straight away, picked up right away, picked up immediately, picked up instantly, picked up within seconds, picked up in seconds | cue:speed +2
# a wait the guest had to sit through measures the span after it like "took": a number in words after it counts
# ("we only had to wait two hours", "made us wait three days"), so a limiter before it plays the long wait down as
# digits do (analyzer59 made them verbs of waiting, which cost the stage; here they only lead the number)
had to wait, made us wait, kept us waiting, left us waiting | span
# the customer's own side away or closed: an absence of answer told after it in its sentence is theirs ("Our office was
# closed during the outage, so nobody answered the phone"), no blame of the vendor
our office was closed, our office is closed, our office was shut, our offices were closed, our office was empty, we were closed, we were away, we were out of the office, we were on holiday, we were on vacation, we were offline, our team was away, our team was out, our team was off, our team was on holiday, our team was on vacation, our staff were away, our staff were off, our staff were on holiday, i was away, i was out of the office, i was on holiday, i was on vacation, i was off sick | away only
# the customer who missed the call from support missed it themselves: no blame of the service ("We were away, so we missed
# their call back") (round analyzer73)
we missed their call, we missed their call back, we missed their callback, we missed the call, we missed the callback, we missed the call back, i missed their call, i missed their call back, i missed their callback, i missed the call, i missed the callback, i missed the call back, missed their call, missed their call back, missed their callback | none only
# a reply that took hours, told without a number, is slow ("support took hours to respond"); the unit leads its answer
# phrase as analyzer59's days and weeks do, so a number before it counts as a wait ("only 3 hours to respond")
took hours, takes hours, taking hours | cue:speed -2.2
hours to respond, hours to reply, hours to answer, hours to get back, hours for a reply, hours for a response, hours for an answer, hours to hear back | cue:speed -1.8 dur:60
# nobody at the vendor's office is their absence, as nobody from their side is (analyzer59's line)
nobody at their office, no one at their office, nobody at their end, no one at their end, nobody at the vendor, no one at the vendor | cue:availability -1.5 neg
# --- analyzer63: plain contacts about the product's problem, and a refund named but not given
# what a ticket, a call or a report was about is its topic: the product's bug or crash named there blames no one who
# was contacted ("I opened a ticket about the login bug", "I reported the crash to support", "support asked for the
# logs of the error"); "complained" still blames by itself
about, regarding, concerning, reported, report, reporting, flagged, screenshot of, screenshots of, logs of, log of, log file of, recording of, video of, details of, steps to reproduce | topic
# a refund named as the matter of a form, a request or a question is none given ("emailed me a refund form", "I asked
# for a refund", "who do I contact about a refund?"); "refunded me", "issued a refund", "gave me a refund" still praise
refund form, refund forms, refund request, refund requests, refund request form, refund process, refund procedure, refund link, refund page, refund portal, refund status, refund details, refund option, refund options, refund application, refund claim, refund claims, for a refund, about a refund, about my refund, about the refund, request a refund, requested a refund, requesting a refund, to request a refund, apply for a refund, applied for a refund, claim a refund, claimed a refund, ask for a refund, asked for a refund, asking for a refund | none only
# a suggestion of the staff told plainly is an act that judges nothing ("the waitress suggested the soup of the day",
# "the waiter recommended the lamb"); praise comes from how it was made or how it turned out ("kindly suggested", "recommended a great wine")
recommended the, recommended a, recommended an, recommended us, recommended me, recommended we, recommended that, recommended some, recommended their, recommended his, recommended her, suggested the, suggested a, suggested an, suggested us, suggested me, suggested we, suggested that, suggested some, suggested their, suggested his, suggested her, suggested, recommends the, recommends a, suggests the, suggests a | cat:knowledge only
# what was suggested turned out well when it matched the meal ("suggested a wine that went very well with the fish")
went well with, went very well with, went so well with, went perfectly with, went great with, went nicely with, goes well with, goes very well with, goes perfectly with, goes great with, paired well with, paired perfectly with, paired nicely with, paired beautifully with, pairs well with, pairs perfectly with, perfect pairing, perfect match for | +1.5 only

# the business itself as the one who served (analyzer68): after "the", "this" or "our" opening its clause and doing an
# act of serving, answering or refusing a few words after it, it is the house, as "they" is (MentionExtractor.HouseActs:
# "The hotel never replied to my email", "The bank sorted it out within a day"); described it stays a place or a firm
# ("The hotel was beautiful", "the company's new app is slow"). `house` adds no aspect: "shop" or "company" named
# otherwise reads as before
hotel, restaurant, place, shop, store, company, bank, airline, firm, retailer, seller, supplier, vendor, provider, insurer, agency, garage, salon, cafe, café, bakery, pub, venue, hostel, inn, property, dealership, dealer, carrier | house
# the house refusing the remedy the customer asked for (a return, a refund, an exchange): `refuse`, so a mention with
# "they" or the business for subject ("The shop refused to take the item back", "they wouldn't refund us"), and only a
# judgement of whoever else refuses ("my brother refused to take the money back")
refused to take, refuses to take, refuse to take, refused to refund, refuses to refund, refuse to refund, wouldn't refund, wouldnt refund, would not refund, won't refund, wont refund, will not refund, refused to give a refund, refused to give me a refund, refused to give us a refund, refused a refund, refused to exchange, refuses to exchange, wouldn't exchange, would not exchange, won't exchange, refused to replace, refuses to replace, wouldn't replace, would not replace, won't replace, refused to give me, refused to give us, refused to honour, refused to honor, refuses to honour, refuses to honor, wouldn't honour, wouldn't honor, won't honour, won't honor, refused to cancel, refuses to cancel, wouldn't cancel, won't cancel | cat:resolution -2 refuse
# the incident is not the staff (analyzer72): a misfortune that befell the customer (`incident`) blames no one unless a
# service word stands before it in its clause with no occasion word between ("the engineer caused a leak"); an occasion
# word (`occasion`) dates a problem after it, which then only tells when the staff were praised ("the bank was very
# helpful when my card was stolen", "support was patient while the app kept crashing")
stolen, steal, stole, theft, thief, thieves, robbed, robbery, burgled, burglary, break-in, skimmed, cloned, hacked, fraud, fraudulent, fraudulently, identity theft, leak, leaked, leaking, leaks, burst, burst pipe, flood, flooded, flooding, accident, accidents, emergency, injured, injury, stranded, died, passed away, bereavement | incident
when, whenever, after, while, whilst | occasion
# the bank's team against fraud is staff, not a fraud ("the fraud team had it blocked within the hour")
fraud team, fraud teams, fraud department, fraud dept, fraud squad, fraud line, fraud prevention team, fraud services, fraud investigator, fraud investigators, fraud officer, fraud agent | svc:resolution
# cancelling or blocking what a thief could use (`safeguard`): alone a loss to the customer that blames whoever did it
# ("they blocked my card for no reason", VADER's -1.0 of "cancelled"), in a sentence that tells of an incident the
# help the customer needed ("my phone was stolen and the agent cancelled the line"); no cue, since the customer cancels
# their own card as often ("I cancelled my card and switched banks") (round analyzer80)
cancelled the line, cancelled my line, cancelled the card, cancelled my card, cancelled my cards, cancelled the cards, cancelled both cards, cancelled my bank card, cancelled the sim, cancelled my sim, cancelled the phone, cancelled my phone, cancelled my account, cancelled the account, canceled the line, canceled my line, canceled the card, canceled my card, canceled my cards, canceled the cards, canceled both cards, canceled my bank card, canceled the sim, canceled my sim, canceled the phone, canceled my phone, canceled my account, canceled the account, blocked the line, blocked my line, blocked the card, blocked my card, blocked my cards, blocked the cards, blocked both cards, blocked my bank card, blocked the sim, blocked my sim, blocked the phone, blocked my phone, blocked my account, blocked the account, froze the card, froze my card, froze my cards, froze the cards, froze both cards, froze my bank card, froze my account, froze the account, frozen the card, frozen my card, frozen my cards, frozen the cards, frozen both cards, frozen my bank card, frozen my account, frozen the account, stopped the card, stopped my card, stopped my cards, stopped the cards, stopped both cards, stopped my bank card, suspended the line, suspended my line, suspended the card, suspended my card, suspended my cards, suspended the cards, suspended both cards, suspended my bank card, suspended the sim, suspended my sim, suspended the phone, suspended my phone, suspended my account, suspended the account | cat:resolution -1 safeguard only
# knowing what was wrong is competence ("the engineer knew exactly what was wrong"), denied it blames ("the agent didn't
# know what was wrong"); what was wrong asked about or told is no complaint by itself ("the agent asked what was wrong")
knew exactly what was wrong, knew what was wrong, knew straight away what was wrong, knew right away what was wrong, knew immediately what was wrong, know what was wrong, knows what was wrong, knew exactly what the problem was, knew what the problem was, know what the problem was, knew what the issue was, know what the issue was, figured out what was wrong, worked out what was wrong, spotted what was wrong, saw what was wrong, diagnosed what was wrong, found what was wrong, found out what was wrong | cue:knowledge +2 only
what was wrong, what is wrong, what's wrong, what went wrong, what the problem was, what the issue was | none only
# staying with the customer until it was put right is persistence, praise of help ("she stayed on the call until it
# worked"); the subject is named, since "I stayed on the line until someone answered" is the customer's wait
he stayed on the call, she stayed on the call, they stayed on the call, he stayed on the line, she stayed on the line, they stayed on the line, he stayed on the phone, she stayed on the phone, they stayed on the phone, stayed on the call with me, stayed on the line with me, stayed on the phone with me, stayed on the call with us, stayed on the line with us, stayed on the phone with us, stayed with me until, stayed with us until, stayed with me on the phone, stayed with me on the line, he kept at it until, she kept at it until, they kept at it until | cue:resolution +2 only
# a time after the warranty ran out dates a fault of the product, no wait for the service ("the screen cracked two
# days after the warranty ended"): "after" inside the phrase measures nothing (round analyzer80)
after the warranty ended, after the warranty expired, after the warranty ran out, after the warranty had ended, after the warranty had expired, after the warranty had run out, after the warranty was up, after the warranty period, after my warranty ended, after my warranty expired, after its warranty ended, after its warranty expired, after the guarantee ended, after the guarantee expired, after the guarantee ran out, after the guarantee had ended, after the guarantee had expired, after the guarantee had run out, after the guarantee was up, after the guarantee period, after my guarantee ended, after my guarantee expired, after its guarantee ended, after its guarantee expired | none only
# the vendor's engineer on call is their staff, as a support engineer is ("the on-call engineer had it back up in twenty
# minutes"); "engineer" alone stays the customer's own (analyzer66) (round analyzer80)
on-call engineer, on-call engineers, on call engineer, on call engineers, engineer on call, engineers on call, on-call team, on call team, on-call support, on call support, their engineer, their engineers, their on-call engineer | svc:resolution only
# a service restored or an item swapped is a recovery ("the on-call engineer had it back up in twenty minutes")
had it back up, got it back up, had us back up, got us back up, had us back online, got us back online, got it back online, had it back online, got us running again, got it running again, got it working again, had it working again, got everything back up, had everything back up, swapped it, swapped it out, swapped it over, swapped them, exchanged it, exchanged them | cue:resolution +1.5 only
# finding what was lost, lifting a block and booking anew for the customer are recoveries too ("the agent tracked it down
# within an hour", "the bank unblocked my card", "the airline rebooked us"); the object is named because "I traced
# the fault to a cable" is the customer's own work (round analyzer88)
tracked it down, tracked them down, tracked down my, tracked down our, tracked down the, traced it, traced my, traced our, unblocked it, unblocked my, unblocked our, unblocked the, unfroze it, unfroze my, unfroze our, unfroze the, unlocked my account, unlocked our account, unlocked the account, rebooked us, rebooked me, rebooked everyone, rebooked our, rebooked my | cue:resolution +2 only
# falling silent on the customer is no answer ("support asked what was wrong and then went silent for a week")
went silent, gone silent, has gone silent, went radio silent, radio silence, went quiet on us, went quiet on me, gone quiet on us, gone quiet on me, ghosted us, ghosted me | cue:speed -2 only
# a fresh one brought in place of what was wrong is a recovery, as a new one is ("the waiter noticed the dish was cold
# and brought a fresh one right away")
brought a fresh one, brought us a fresh one, brought me a fresh one, brought out a fresh one, made a fresh one, made us a fresh one, made me a fresh one, sent out a fresh one, poured a fresh one, poured us a fresh one, poured me a fresh one | cue:resolution +2 wait only
# analyzer93: VADER words that are ordinary words of other languages, English only: "hago" (Spanish "I do"), "sete"
# (Portuguese "seven"), "sob" (Portuguese "under")
hago, sete, sob | only
