import type { Corpus } from '../corpus/model.ts';
import type { ClauseView } from './clause-view.ts';

/** The accepted band of length ratios for one language pair, in natural-log units of `a / b`. */
export interface LengthBand {
  /** Median log ratio over the calibrating clauses. */
  median: number;
  low: number;
  high: number;
  /** Clauses the band was calibrated on. */
  samples: number;
}

/** Bands per pair key `a|b` (tags sorted). */
export type LengthCalibration = ReadonlyMap<string, LengthBand>;

/** Clauses shorter than this (letters and digits) in either language are too short to judge. */
export const minLength = 40;
/** Below this many clauses, a pair's spread is not trusted: the band is the median × CheckMate's 45%–200%. */
export const minSamples = 8;

/** The length a ratio is measured on: letters and digits of the body (whitespace and punctuation vary by script). */
export function measure(view: ClauseView): number {
  let length = measured.get(view);
  if (length === undefined) {
    // Counted, not collected: a clause may hold millions of letters. Each view is measured once (calibration and check share it).
    length = 0;
    const { text } = view;
    const table = letterTable();
    for (let i = view.bodyStart; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0xd800 || unit > 0xdbff || i + 1 === text.length) length += table[unit];
      else {
        const cp = text.codePointAt(i)!;
        if (cp <= 0xffff) continue; // a lone surrogate is no letter
        if (letterOrNumber.test(String.fromCodePoint(cp))) length++;
        i++;
      }
    }
    measured.set(view, length);
  }
  return length;
}

const measured = new WeakMap<ClauseView, number>();
const letterOrNumber = /^[\p{L}\p{N}]$/u;
let letters: Uint8Array | undefined;

/** 1 for every UTF-16 unit of the Basic Multilingual Plane that is a letter or a number (\p{L}, \p{N}), else 0; built once. */
function letterTable(): Uint8Array {
  if (!letters) {
    letters = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++) if (unit < 0xd800 || unit > 0xdfff) letters[unit] = letterOrNumber.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return letters;
}

/** The key of a language pair. */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('|');
}

/**
 * Calibrates a band per language pair on the corpus itself: the median log ratio, and around it three
 * robust standard deviations (1.4826 × the median absolute deviation), at least ±25%; for a pair with
 * fewer than {@link minSamples} clauses, CheckMate's 45%–200% around the median instead.
 */
export function calibrateLengths(corpus: Corpus, viewsOf: (slug: string) => ReadonlyMap<string, ReadonlyMap<string, ClauseView>>): LengthCalibration {
  const samples = new Map<string, number[]>();
  for (const conclusion of corpus.conclusions) {
    const views = viewsOf(conclusion.slug);
    const langs = [...views.keys()].sort();
    for (const [i, a] of langs.entries())
      for (const b of langs.slice(i + 1))
        for (const { id } of conclusion.skeleton) {
          const va = views.get(a)!.get(id);
          const vb = views.get(b)!.get(id);
          if (!va || !vb) continue;
          const [la, lb] = [measure(va), measure(vb)];
          if (la < minLength || lb < minLength) continue;
          const key = pairKey(a, b);
          let logs = samples.get(key);
          if (!logs) samples.set(key, (logs = []));
          logs.push(Math.log(la / lb));
        }
  }
  return new Map([...samples].map(([key, logs]) => [key, bandOf(logs)]));
}

/** The band of a list of log ratios. */
export function bandOf(logs: number[]): LengthBand {
  const median = medianOf(logs);
  if (logs.length < minSamples) return { median, low: median + Math.log(0.45), high: median + Math.log(2), samples: logs.length };
  const spread = Math.max(3 * 1.4826 * medianOf(logs.map((x) => Math.abs(x - median))), Math.log(1.25));
  return { median, low: median - spread, high: median + spread, samples: logs.length };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
