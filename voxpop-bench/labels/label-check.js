#!/usr/bin/env node
// Scores the theme and sub-theme labels of one `voxpop analyze` output with a morphology that the
// engine does not use (Az.js over the OpenCorpora dictionary), so the check is not the labeller
// grading itself. Usage:
//   node label-check.js OUT_DIR LABELS.csv [GENERATOR_THEMES_DIR] [--list N]
// OUT_DIR holds themes.json and questions.csv; LABELS.csv has appeal_id, question_no (optional),
// theme, subtheme. With GENERATOR_THEMES_DIR each true theme's human label is the `label` line of
// its file; without it (real data) it is the most frequent true sub-theme label of the theme.
'use strict';
const fs = require('fs');
const path = require('path');
const Az = require('az');

const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const listN = listAt >= 0 ? Number(args[listAt + 1]) : 0;
if (listAt >= 0) args.splice(listAt, 2);
const [outDir, labelsCsv, genDir] = args;
if (!outDir || !labelsCsv) {
  console.error('usage: node label-check.js OUT_DIR LABELS.csv [GENERATOR_THEMES_DIR] [--list N]');
  process.exit(2);
}

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const head = rows.shift();
  return rows.filter(r => r.length === head.length).map(r => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

const themes = JSON.parse(fs.readFileSync(path.join(outDir, 'themes.json'), 'utf8')).themes;
const questions = parseCsv(fs.readFileSync(path.join(outDir, 'questions.csv'), 'utf8'));
const truth = new Map();
for (const r of parseCsv(fs.readFileSync(labelsCsv, 'utf8'))) {
  truth.set(r.appeal_id + '/' + (r.question_no || '1'), r);
}
const human = new Map();
if (genDir) {
  for (const f of fs.readdirSync(genDir).filter(f => f.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(genDir, f), 'utf8');
    const id = (text.match(/^theme (\S+)/m) || [])[1];
    const label = (text.match(/^label (.+)$/m) || [])[1];
    if (id && label) human.set(id, label.trim());
  }
}

// The majority true theme (and its human label) of each found theme.
const votes = new Map();
for (const q of questions) {
  if (!q.theme_id) continue;
  const t = truth.get(q.appeal_id + '/' + q.question_no);
  if (!t || !t.theme) continue;
  const key = genDir ? t.theme : t.theme + '\u0000' + t.subtheme;
  const m = votes.get(q.theme_id) || new Map();
  m.set(key, (m.get(key) || 0) + 1);
  votes.set(q.theme_id, m);
}
function humanLabel(themeId) {
  const m = votes.get(themeId);
  if (!m) return null;
  let best = null, n = -1;
  for (const [k, c] of [...m].sort()) if (c > n) { best = k; n = c; }
  return genDir ? human.get(best) || null : best.split('\u0000')[1];
}

const words = s => (s.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) || []);
const cyrillicRu = s => /[а-яё]/i.test(s) && !/[іїєґ]/i.test(s);
function parses(w) { return Az.Morph(w) || []; }
function nominativeNoun(w) { return parses(w).some(p => p.tag.POS === 'NOUN' && p.tag.nomn); }
function nominativeAdj(w) { return parses(w).some(p => (p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF') && p.tag.nomn); }
function topPos(w) { const p = parses(w)[0]; return p ? p.tag.POS : null; }
const VERBISH = new Set(['VERB', 'INFN', 'GRND', 'ADVB', 'PRED', 'ADJS', 'PRTS']);
function lemmas(s) {
  const out = new Set();
  for (const w of words(s)) {
    if (w.length < 3) continue;
    const p = parses(w)[0];
    out.add(p ? String(p.normalize().word) : w);
  }
  return out;
}

function score(labels) {
  const ru = labels.filter(l => cyrillicRu(l.label));
  const share = (xs, f) => xs.length ? xs.filter(f).length / xs.length : NaN;
  return {
    n: labels.length,
    ru: ru.length,
    oneWord: share(labels, l => words(l.label).length === 1),
    nounNomFirst: share(ru, l => nominativeNoun(words(l.label)[0])),
    nomPhrase: share(ru, l => {
      const ws = words(l.label);
      if (nominativeNoun(ws[0])) return true;
      let i = 0;
      while (i < ws.length && nominativeAdj(ws[i])) i++;
      return i > 0 && i < ws.length && nominativeNoun(ws[i]);
    }),
    verbFirst: share(ru, l => VERBISH.has(topPos(words(l.label)[0]))),
    noNoun: share(ru, l => !words(l.label).some(w => parses(w).some(p => p.tag.POS === 'NOUN'))),
  };
}

Az.Morph.init(path.join(path.dirname(require.resolve('az/package.json')), 'dicts'), () => {
  const themeRows = themes.map(t => ({ id: t.id, label: t.label, human: humanLabel(t.id) }));
  const subRows = [];
  let sameAsTheme = 0, dupSibling = 0;
  for (const t of themes) {
    const seen = new Set();
    for (const s of t.subthemes) {
      subRows.push({ id: s.id, label: s.label });
      if (t.subthemes.length > 1 && s.label === t.label) sameAsTheme++;
      if (seen.has(s.label)) dupSibling++;
      seen.add(s.label);
    }
  }
  const multiSubs = themes.filter(t => t.subthemes.length > 1).reduce((a, t) => a + t.subthemes.length, 0);
  const withHuman = themeRows.filter(r => r.human);
  const lemmaHit = withHuman.filter(r => {
    const h = lemmas(r.human);
    return [...lemmas(r.label)].some(x => h.has(x));
  }).length;
  const keyHit = withHuman.filter(r => {
    const h = lemmas(r.human);
    const t = themes.find(x => x.id === r.id);
    return t.key_phrases.some(k => [...lemmas(k)].some(x => h.has(x)));
  }).length;
  const th = score(themeRows), sub = score(subRows);
  const pct = x => (100 * x).toFixed(1) + '%';
  console.log(`themes ${th.n} (${th.ru} Russian): one word ${pct(th.oneWord)}, first word a nominative noun ${pct(th.nounNomFirst)}, nominative noun phrase ${pct(th.nomPhrase)}, verb/adverb first ${pct(th.verbFirst)}, no noun ${pct(th.noNoun)}`);
  console.log(`themes whose label shares a lemma with the human label of their majority true theme: ${pct(lemmaHit / withHuman.length)} (${lemmaHit} of ${withHuman.length}); any key phrase: ${pct(keyHit / withHuman.length)}`);
  console.log(`sub-themes ${sub.n} (${sub.ru} Russian): one word ${pct(sub.oneWord)}, first word a nominative noun ${pct(sub.nounNomFirst)}, nominative noun phrase ${pct(sub.nomPhrase)}, verb/adverb first ${pct(sub.verbFirst)}, no noun ${pct(sub.noNoun)}`);
  console.log(`sub-themes labelled as their theme (themes with 2+ sub-themes): ${sameAsTheme} of ${multiSubs}; same label as a sibling: ${dupSibling}`);
  if (listN > 0) {
    console.log('\nthemes (label | human label of the majority true theme):');
    for (const r of themeRows.slice(0, listN)) console.log(`${r.id}\t${r.label}\t| ${r.human || ''}`);
    console.log('\nsub-themes:');
    for (const r of subRows.slice(0, listN)) console.log(`${r.id}\t${r.label}`);
  }
});
