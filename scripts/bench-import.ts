#!/usr/bin/env node
// Quality and speed of `npm run import`: node_modules/.bin/node scripts/bench-import.ts
// 1. leave-one-out on 202-KL/TW: each translation removed, its raw seed imported with the others as pivots,
//    word-overlap F1 per clause (weighted by length) against the hand alignment; editorial and noise precision/recall;
// 2. robustness on perturbed seeds (merged/split paragraphs, a clause deleted, caption and lead inserted,
//    numbering removed, digits turned Persian), deleted clauses expected as gaps;
// 3. speed: a 30-clause conclusion with three pivots, a generated 1,000-clause document.
import { readFileSync } from 'node:fs';
import { buildCorpus, type ContentFiles } from '../src/lib/corpus/build-corpus.ts';
import { readContentFiles } from '../src/lib/corpus/load-corpus.ts';
import type { ConclusionEntry, Translation } from '../src/lib/corpus/model.ts';
import { proposeNewConclusion } from '../src/lib/import/new-skeleton.ts';
import { clauseText, pieceText, propose, type Proposal } from '../src/lib/import/propose.ts';
import { foldForMatch } from '../src/lib/text/normalize.ts';

const root = process.cwd();
const files = readContentFiles(root);

function corpusWithout(path: string, extra: ContentFiles['translations'] = []) {
  const { corpus, errors } = buildCorpus({ ...files, translations: [...files.translations.filter((f) => f.path !== path), ...extra] });
  if (!corpus) throw new Error(errors.map((e) => e.message).join('\n'));
  return corpus;
}

const words = (text: string) => foldForMatch(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Word-overlap F1 per clause, weighted by length, of a proposal against the hand alignment. */
function clauseF1(proposal: Proposal, hand: Translation, skip = new Set<string>(), adjust = (s: string) => s): number {
  const ids = new Set([...hand.clauses.keys(), ...proposal.clauses.map((c) => c.id)].filter((id) => !skip.has(id)));
  let weighted = 0;
  let total = 0;
  for (const id of ids) {
    const h = words(adjust(hand.clauses.get(id)?.text ?? ''));
    const p = words(adjust(proposal.clauses.some((c) => c.id === id) ? clauseText(proposal, id) : ''));
    const counts = new Map<string, number>();
    for (const w of h) counts.set(w, (counts.get(w) ?? 0) + 1);
    let overlap = 0;
    for (const w of p) {
      const n = counts.get(w) ?? 0;
      if (n > 0) {
        overlap++;
        counts.set(w, n - 1);
      }
    }
    const f1 = h.length + p.length ? (2 * overlap) / (h.length + p.length) : 1;
    const weight = Math.max(h.length, p.length);
    weighted += weight * f1;
    total += weight;
  }
  return total ? weighted / total : 1;
}

/** Precision and recall of a set against the expected set. */
function pr(found: string[], expected: string[]) {
  const e = new Set(expected);
  const f = new Set(found);
  const hit = [...f].filter((x) => e.has(x)).length;
  return { precision: f.size ? hit / f.size : 1, recall: e.size ? hit / e.size : 1 };
}

const fmt = (x: number) => x.toFixed(3);
const c202 = corpusWithout('').conclusions.find((c) => c.slug === '202-kl-tw')!;

if (!process.argv.includes("--speed")) {
console.log('Leave-one-out on 202-KL/TW (target F1 >= 0.98 each)');
console.log('lang  clauses-F1  editorial-P  editorial-R  noise-P  noise-R  ms');
const seeds = new Map<string, { raw: string; hand: Translation; pivots: ConclusionEntry }>();
for (const hand of c202.translations) {
  const raw = readFileSync(`content/sources/${hand.source.file}`, 'utf8');
  const pivots = corpusWithout(hand.file).conclusions.find((c) => c.slug === '202-kl-tw')!;
  seeds.set(hand.lang, { raw, hand, pivots });
  const started = performance.now();
  const proposal = propose({ conclusion: pivots, lang: hand.lang, raw });
  const ms = performance.now() - started;
  const editorialHand = hand.paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'editorial').map((s) => s.text.trim()));
  const editorialFound = proposal.pieces.filter((p) => p.owner.kind === 'editorial').map((p) => pieceText(proposal, p).trim());
  const published = hand.paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n');
  const rawLines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  const noiseHand = rawLines.filter((l) => !published.includes(l));
  const noiseFound = proposal.clean.removed.filter((r) => r.reason !== 'blank run').map((r) => r.text);
  const e = pr(editorialFound, editorialHand);
  const n = pr(noiseFound, noiseHand);
  console.log(`${hand.lang.padEnd(5)} ${fmt(clauseF1(proposal, hand)).padStart(10)}  ${fmt(e.precision).padStart(11)}  ${fmt(e.recall).padStart(11)}  ${fmt(n.precision).padStart(7)}  ${fmt(n.recall).padStart(7)}  ${ms.toFixed(0)}`);
}

// Robustness: perturbations of each seed, generated here.
const toPersian = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
type Perturbation = { name: string; apply: (raw: string, hand: Translation) => { raw: string; deleted?: string } };
const perturbations: Perturbation[] = [
  {
    name: 'paragraphs merged',
    apply: (raw) => {
      const lines = raw.split('\n');
      const out: string[] = [];
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim().length > 200 && lines[i + 1]?.trim().length > 200 && i % 3 === 0) {
          out.push(`${lines[i]} ${lines[i + 1].trim()}`);
          i++;
        } else out.push(lines[i]);
      }
      return { raw: out.join('\n') };
    },
  },
  {
    name: 'a paragraph split',
    apply: (raw) => {
      const lines = raw.split('\n');
      const i = lines.findIndex((l) => /[.;]\s+\S/.test(l.slice(200)) && l.length > 400);
      const at = lines[i].indexOf('; ', 200) > 0 ? lines[i].indexOf('; ', 200) + 2 : lines[i].indexOf('. ', 200) + 2;
      lines.splice(i, 1, lines[i].slice(0, at).trimEnd(), lines[i].slice(at));
      return { raw: lines.join('\n') };
    },
  },
  {
    name: 'one clause deleted',
    apply: (raw, hand) => {
      const text = hand.clauses.get('5')!.text;
      return { raw: raw.replace(text, ''), deleted: '5' };
    },
  },
  {
    name: 'caption and lead inserted',
    apply: (raw, hand) => {
      const lead = hand.lang === 'fa' ? 'در تاریخ ۳۱ اکتبر، ترآن کام تو نتیجه‌گیری شماره ۲۰۲-KL/TW را امضا کرد.' : hand.lang === 'ru' ? '31 октября Тран Кам Ту подписал заключение № 202-KL/TW.' : 'Pe 31 octombrie, Tran Cam Tu a semnat Concluzia nr. 202-KL/TW.';
      const lines = raw.split('\n');
      lines.splice(4, 0, '| Imagine de la o reuniune la centrul administrativ. (Foto: VNA) |');
      return { raw: `${lead}\n${lines.join('\n')}` };
    },
  },
  { name: 'numbering removed', apply: (raw) => ({ raw: raw.replace(/^(\s*)(?:\d{1,2}\.|\([\divx]+\)|\[\d\])\s/gmu, '$1') }) },
  { name: 'digits turned Persian', apply: (raw) => ({ raw: raw.split('\n').map((l) => (/https?:/.test(l) ? l : toPersian(l))).join('\n') }) },
];
console.log('\nRobustness on perturbed seeds (target F1 >= 0.95, deleted clause reported as gap)');
console.log(`${'perturbation'.padEnd(26)} ${[...seeds.keys()].map((l) => l.padStart(7)).join(' ')}  gap`);
for (const p of perturbations) {
  const cells: string[] = [];
  let gapOk = true;
  for (const { raw, hand, pivots } of seeds.values()) {
    const { raw: perturbed, deleted } = p.apply(raw, hand);
    const proposal = propose({ conclusion: pivots, lang: hand.lang, raw: perturbed });
    const strip = p.name === 'numbering removed' ? (s: string) => s.replace(/^(?:\d{1,2}\.|\([\divx]+\)|\[\d\])\s/u, '') : (s: string) => s;
    cells.push(fmt(clauseF1(proposal, hand, new Set(deleted ? [deleted] : []), strip)).padStart(7));
    if (deleted && !proposal.gaps.some((g) => g.id === deleted)) gapOk = false;
  }
  console.log(`${p.name.padEnd(26)} ${cells.join(' ')}  ${p.name === 'one clause deleted' ? (gapOk ? 'yes' : 'NO') : '-'}`);
}


  // --new: the skeleton proposed from a seed, against the hand-made skeleton and alignment.
  console.log('\n--new on raw seeds: clause ids proposed vs the current skeleton (same id and same text = word F1 >= 0.9)');
  const all = corpusWithout('');
  for (const [slug, number] of [['183-kl-tw', '183-KL/TW'], ['179-kl-tw', '179-KL/TW']]) {
    const conclusion = all.conclusions.find((c) => c.slug === slug)!;
    const hand = conclusion.translations[0];
    const created = proposeNewConclusion(readFileSync(`content/sources/${hand.source.file}`, 'utf8'), hand.lang, number);
    const proposed = created.proposal.clauses.map((c) => c.id);
    const skeleton = conclusion.skeleton.map((c) => c.id);
    const sameId = proposed.filter((id) => skeleton.includes(id)).length;
    const sameText = proposed.filter((id) => {
      const h = words(hand.clauses.get(id)?.text ?? '');
      const p = words(clauseText(created.proposal, id));
      const set = new Set(h);
      const overlap = p.filter((w) => set.has(w)).length;
      return h.length && (2 * overlap) / (h.length + p.length) >= 0.9;
    }).length;
    console.log(`${number} (${hand.lang}): ${sameId}/${skeleton.length} ids proposed, ${sameText}/${skeleton.length} with the same text; ${proposed.length} clauses proposed`);
  }
}
// Speed.
console.log('\nSpeed');
{
  const en = readFileSync('tests/fixtures/import/en-202-abridged.txt', 'utf8');
  propose({ conclusion: c202, lang: 'en', raw: en });
  const started = performance.now();
  const runs = 5;
  for (let i = 0; i < runs; i++) propose({ conclusion: c202, lang: 'en', raw: en });
  console.log(`202-KL/TW (${c202.skeleton.length} clauses), three pivots (fa, ro, ru), English text: ${((performance.now() - started) / runs).toFixed(0)} ms (budget 1000 ms)`);
}
{
  const n = 1000;
  const rand = mulberry(7);
  const letters = (i: number) => i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
  const vocab = (lang: string) => Array.from({ length: 400 }, (_, i) => `${lang}${letters(i)}w${letters(i * 7919)}`);
  const clauses = Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}`, numbers: [Math.floor(rand() * 9000) + 100, Math.floor(rand() * 28) + 1], len: 8 + Math.floor(rand() * 40) }));
  const sentence = (lang: string, c: (typeof clauses)[number], scale: number) => {
    const v = vocab(lang);
    const ws = Array.from({ length: Math.round(c.len * scale) }, () => v[Math.floor(rand() * v.length)]);
    ws.splice(Math.floor(ws.length / 2), 0, String(c.numbers[0]), 'nr', String(c.numbers[1]));
    return `${ws.join(' ')}.`;
  };
  const yaml = `number: 999-KL/TW\nslug: 999-kl-tw\ndate: 2025-01-01\nissuedBy: [Politburo]\nsignatory:\n  name: Test\n  role: Test\ntitle:\n  vi: Test\n  en: Generated conclusion of 1,000 clauses\nanswers:\n  number: 1-BC/BTCTW\n  date: 2025-01-01\n  by: Test\nclauses:\n${clauses.map((c) => `  - id: "${c.id}"\n    kind: item\n    gloss: generated clause\n`).join('')}`;
  const mdx = (lang: string, scale: number) =>
    `---\nconclusion: 999-kl-tw\nlang: ${lang}\nsource:\n  url: https://example.org/${lang}\n  publisher: Example\n---\n\n${clauses.map((c) => `<Clause id="${c.id}">${sentence(lang, c, scale)}</Clause>`).join('\n\n')}\n`;
  const generated = buildCorpus({
    conclusions: [{ path: 'content/conclusions/999-kl-tw.yaml', text: yaml }],
    translations: [
      { path: 'content/translations/999-kl-tw/ro.mdx', text: mdx('ro', 1) },
      { path: 'content/translations/999-kl-tw/ru.mdx', text: mdx('ru', 0.9) },
      { path: 'content/translations/999-kl-tw/fa.mdx', text: mdx('fa', 1.1) },
    ],
  });
  if (!generated.corpus) throw new Error(generated.errors.map((e) => e.message).join('\n'));
  const raw = clauses.map((c) => sentence('en', c, 1.05)).join('\n');
  const started = performance.now();
  const proposal = propose({ conclusion: generated.corpus.conclusions[0], lang: 'en', raw });
  const ms = performance.now() - started;
  const right = proposal.clauses.filter((c) => {
    const text = clauseText(proposal, c.id);
    const clause = clauses.find((x) => x.id === c.id)!;
    return text.includes(` ${clause.numbers[0]} nr ${clause.numbers[1]} `);
  }).length;
  console.log(`generated ${n}-clause document, three pivots: ${ms.toFixed(0)} ms (budget 10000 ms); ${right}/${n} clauses in the right row`);
}

function mulberry(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
