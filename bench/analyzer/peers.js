'use strict';
// Peer baselines for the embedded analyzer: an npm sentiment package plus a service keyword list.
// A sentence "mentions service" when it contains a keyword; its service polarity and its sentence polarity are both
// the package's whole-sentence polarity. Prints the same metric lines as ./eval.sh, with the same definitions
// (tools/SupportSignals.Eval/ServiceScore.cs).
// Usage: node peers.js <semeval.xml> --peer vader|multilang [--lang en|es|fr|nl|ru|tr|ar]
const fs = require('fs');
const vader = require('vader-sentiment');
const multilang = require('multilang-sentiment');

// Keyword lists a practitioner would write for each language: staff and the service itself.
const KEYWORDS = {
  en: ['service', 'staff', 'waiter', 'waitress', 'waiters', 'waitresses', 'server', 'servers', 'waitstaff', 'host',
    'hostess', 'manager', 'bartender', 'support', 'agent', 'agents', 'rep', 'customer service', 'helpdesk', 'onboarding',
    'account manager', 'reception', 'receptionist', 'employees', 'attentive', 'rude', 'friendly', 'helpful'],
  es: ['servicio', 'personal', 'camarero', 'camareros', 'camarera', 'camareras', 'atención', 'trato', 'empleados',
    'amable', 'atento', 'atentos', 'soporte'],
  fr: ['service', 'personnel', 'serveur', 'serveurs', 'serveuse', 'serveuses', 'accueil', 'patron', 'patronne',
    'équipe', 'aimable', 'sympathique', 'support'],
  nl: ['bediening', 'personeel', 'ober', 'obers', 'serveerster', 'service', 'ontvangst', 'gastvrouw', 'vriendelijk',
    'vriendelijke', 'klantenservice'],
  ru: ['обслуживан', 'персонал', 'официант', 'сервис', 'администратор', 'менеджер', 'вежлив', 'поддержк'],
  tr: ['servis', 'hizmet', 'garson', 'personel', 'çalışan', 'calisan', 'ilgili', 'destek'],
  ar: ['خدمة', 'خدمه', 'الخدمة', 'الخدمه', 'موظف', 'الموظفين', 'استقبال', 'الاستقبال', 'طاقم', 'العاملين', 'التعامل'],
};
// Languages whose words inflect: a keyword matches the start of a word.
const PREFIX_MATCH = new Set(['ru', 'tr', 'ar']);

const PEERS = {
  vader: text => {
    const compound = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
    return compound >= 0.05 ? 'positive' : compound <= -0.05 ? 'negative' : 'neutral';
  },
  multilang: (text, lang) => {
    const score = multilang(text, lang).score;
    return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
  },
};

function decode(s) {
  return s.replace(/&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]
    ?? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))));
}

// The same gold reading as GoldSentence.cs: service agreement and the strict majority of all opinions.
function load(path) {
  const xml = fs.readFileSync(path, 'utf8');
  const sentences = [];
  for (const [, body] of xml.matchAll(/<sentence\b[^>]*>([\s\S]*?)<\/sentence>/g)) {
    const text = /<text>([\s\S]*?)<\/text>/.exec(body);
    if (!text || !text[1].trim()) continue;
    const opinions = [...body.matchAll(/<(?:aspectCategory|Opinion)\b([^>]*)\/?>/g)].map(([, attrs]) => ({
      category: (/category="([^"]*)"/.exec(attrs) || [, ''])[1],
      polarity: (/polarity="([^"]*)"/.exec(attrs) || [, ''])[1],
    }));
    const service = [...new Set(opinions.filter(o => o.category.toLowerCase() === 'service'
      || o.category.toUpperCase().startsWith('SERVICE#')).map(o => o.polarity))];
    const counts = {};
    for (const o of opinions) if (['positive', 'negative', 'neutral'].includes(o.polarity)) counts[o.polarity] = (counts[o.polarity] || 0) + 1;
    const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    sentences.push({
      text: decode(text[1]),
      service: service.length > 0,
      servicePolarity: service.length === 1 && ['positive', 'negative', 'neutral'].includes(service[0]) ? service[0] : null,
      sentencePolarity: ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1]) ? null : ranked[0][0],
    });
  }
  return sentences;
}

function mentionsService(text, lang) {
  const lower = text.toLowerCase();
  const words = lower.split(/[^\p{L}\p{M}\p{N}]+/u);
  return KEYWORDS[lang].some(k => k.includes(' ') ? lower.includes(k)
    : PREFIX_MATCH.has(lang) ? words.some(w => w.startsWith(k)) : words.includes(k));
}

function score(sentences, analyse) {
  let tp = 0, fp = 0, fn = 0, polRight = 0, polTotal = 0, e2eRight = 0, e2ePred = 0, e2eGold = 0, sentRight = 0, sentTotal = 0;
  for (const s of sentences) {
    const { detected, polarity } = analyse(s.text);
    if (detected && s.service) tp++; else if (detected) fp++; else if (s.service) fn++;
    if (s.servicePolarity) {
      polTotal++; e2eGold++;
      if (polarity === s.servicePolarity) { polRight++; if (detected) e2eRight++; }
    }
    if (detected && !(s.service && !s.servicePolarity)) e2ePred++;
    if (s.sentencePolarity) { sentTotal++; if (polarity === s.sentencePolarity) sentRight++; }
  }
  const ratio = (a, b) => (b === 0 ? 0 : a / b);
  const f1 = (p, r) => (p + r === 0 ? 0 : 2 * p * r / (p + r));
  const p = ratio(tp, tp + fp), r = ratio(tp, tp + fn);
  return {
    service_precision: p, service_recall: r, service_f1: f1(p, r),
    service_polarity_accuracy: ratio(polRight, polTotal),
    service_end_to_end_f1: f1(ratio(e2eRight, e2ePred), ratio(e2eRight, e2eGold)),
    sentence_polarity_accuracy: ratio(sentRight, sentTotal),
  };
}

// Single-threaded, like the embedded harness: after the scoring pass (the warm-up), sentences in file order, round
// and round, for two seconds.
function throughput(sentences, analyse) {
  const start = process.hrtime.bigint();
  let analysed = 0, elapsed = 0;
  do {
    analyse(sentences[analysed % sentences.length].text);
    analysed++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < 2);
  return analysed / elapsed;
}

function languageOf(path) {
  const names = { english: 'en', spanish: 'es', french: 'fr', dutch: 'nl', russian: 'ru', turkish: 'tr', arabic: 'ar' };
  const found = Object.keys(names).find(n => path.toLowerCase().includes(n));
  return found ? names[found] : 'en';
}

function main(argv) {
  const path = argv[0];
  const option = name => { const i = argv.indexOf(name); return i > 0 ? argv[i + 1] : undefined; };
  const peer = option('--peer');
  const lang = option('--lang') || languageOf(path || '');
  if (!path || !fs.existsSync(path) || !PEERS[peer] || !KEYWORDS[lang]) {
    console.error('usage: node peers.js <semeval.xml> --peer vader|multilang [--lang en|es|fr|nl|ru|tr|ar]');
    process.exit(2);
  }
  const sentences = load(path);
  const analyse = text => ({ detected: mentionsService(text, lang), polarity: PEERS[peer](text, lang) });
  for (const [name, value] of Object.entries(score(sentences, analyse))) console.log(`${name}=${value.toFixed(4)}`);
  console.log(`sentences_per_second=${throughput(sentences, analyse).toFixed(0)}`);
}

main(process.argv.slice(2));
