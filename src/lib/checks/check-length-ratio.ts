import { findingAt, translationsWith, viewOf, type Check } from './check-input.ts';
import type { RawFinding } from './finding.ts';
import { measure, minLength, pairKey } from './length-calibration.ts';

/** Letters of one word: a short clause may differ by a word either way without being an outlier. */
export const wordSlack = 12;

/**
 * Length ratio: for each pair of translations of a clause, the ratio of their lengths against the band
 * calibrated for that language pair on the corpus, widened by one word's length (short clauses swing more). When one translation is out of band against every
 * other (and there are several), one finding points at it; otherwise each odd pair gets one, at the
 * shorter text (the likelier place of a loss).
 */
export const checkLengthRatio: Check = (input) => {
  const out: RawFinding[] = [];
  for (const clause of input.conclusion.skeleton) {
    const present = translationsWith(input, clause.id).map((t) => ({ lang: t.lang, length: measure(viewOf(input, t.lang, clause.id)) }));
    const odd: Array<{ short: string; long: string; percent: number; expected: number }> = [];
    for (const [i, a] of present.entries())
      for (const b of present.slice(i + 1)) {
        const band = input.calibration.get(pairKey(a.lang, b.lang));
        if (!band || a.length < minLength || b.length < minLength) continue;
        const [x, y] = [a, b].sort((p, q) => p.lang.localeCompare(q.lang));
        const log = Math.log(x.length / y.length);
        const slack = Math.log(1 + wordSlack / Math.min(a.length, b.length));
        if (log >= band.low - slack && log <= band.high + slack) continue;
        const [short, long] = log < band.low ? [x, y] : [y, x];
        const ratio = short.length / long.length;
        const expected = Math.exp(short === x ? band.median : -band.median);
        odd.push({ short: short.lang, long: long.lang, percent: Math.round(ratio * 100), expected: Math.round(expected * 100) });
      }
    const langs = present.map((p) => p.lang);
    const culprit = langs.find((l) => langs.length > 2 && odd.filter((o) => o.short === l || o.long === l).length === langs.length - 1);
    if (culprit) {
      const mine = odd.filter((o) => o.short === culprit || o.long === culprit);
      const detail = mine.map((o) => `${o.short}/${o.long} ${o.percent}% (usual ${o.expected}%)`).join(', ');
      out.push(findingAt(input, 'length-ratio', clause.id, [culprit, ...langs.filter((l) => l !== culprit)], 0, `Clause ${clause.id} in ${culprit} is out of the usual length against every other translation: ${detail}.`));
      odd.splice(0, odd.length, ...odd.filter((o) => !mine.includes(o)));
    }
    for (const o of odd)
      out.push(findingAt(input, 'length-ratio', clause.id, [o.short, o.long], 0, `Clause ${clause.id} in ${o.short} is ${o.percent}% of the length of ${o.long}; the usual ratio for ${o.short}/${o.long} is ${o.expected}%.`));
  }
  return out;
};
