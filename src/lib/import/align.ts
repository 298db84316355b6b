import type { ClauseProfile } from './profile.ts';
import { signalsOf, type Signals } from './signals.ts';
import type { Unit } from './units.ts';

/**
 * Monotonic alignment of a text's units to a conclusion's clauses, by dynamic programming in the spirit of
 * Gale–Church (a length model, calibrated per language pair) and hunalign (anchor bonuses), here with the
 * anchors that survive translation: facts (numbers, dates, document codes), enumeration markers against the
 * skeleton's numbering, Latin-script names and a punctuation profile. Each clause takes a run of consecutive
 * units (one clause over several sentences or paragraphs) or none (a gap); a unit may also belong to no clause
 * (editorial material). A forward and a backward pass give, for every decision, the best total score of the
 * alternatives, and so a confidence. Documents too large for the full table are aligned in a band around the
 * diagonal.
 */

/** Weights of the score. Exported so the benchmark can measure alternatives. */
export interface AlignWeights {
  /** Reward for placing a clause (so that text is placed rather than skipped). */
  presence: number;
  /** Standard deviation of the log length ratio. */
  sigma: number;
  factMatch: number;
  factExtra: number;
  factMissing: number;
  marker: number;
  latin: number;
  punctuation: number;
  /** Cost of a clause starting inside a line (a paragraph the translation merged). */
  midLine: number;
  /** Cost of a clause running over a line break (a clause usually keeps to its paragraphs). */
  lineBreak: number;
  /** Cost per extra unit in one clause. */
  perUnit: number;
  /** Cost of leaving a clause out. */
  gap: number;
  /** Cost per letter of treating text as editorial. */
  skipPerLetter: number;
}

export const defaultWeights: AlignWeights = {
  presence: 4,
  sigma: 0.3,
  factMatch: 1,
  factExtra: 0.4,
  factMissing: 0.3,
  marker: 3,
  latin: 1,
  punctuation: 0.15,
  midLine: 0.8,
  perUnit: 0.1,
  lineBreak: 0.5,
  gap: 0,
  skipPerLetter: 0.03,
};

export interface AlignInput {
  lang: string;
  units: Unit[];
  clauses: ClauseProfile[];
  /** Fact keys that name the conclusion itself (its code): a unit carrying one is likely the journalist's lead. */
  ownFacts?: Set<string>;
  /** Folded names whose mention marks a lead (the signatory). */
  leadNames?: string[];
  weights?: AlignWeights;
  /** Units per clause beyond which a clause may not stretch. */
  maxUnits?: number;
}

/** One clause's place: units `[from, to)`, or a gap standing before unit `from` (`to === from`). */
export interface Placement {
  clause: number;
  from: number;
  to: number;
  gap: boolean;
  confidence: number;
}

export interface Alignment {
  placements: Placement[];
  /** Units that belong to no clause. */
  skipped: number[];
  /** Ratio target/pivot per pivot language, as calibrated on this text. */
  ratios: Map<string, number>;
  score: number;
}

const NEG = -1e18;

/** Aligns, calibrating the length ratios on the text itself: a first pass, then a second with the ratios its placements give. */
export function align(input: AlignInput): Alignment {
  const unitSignals = input.units.map((u) => signalsOf(input.lang, u.marker ? u.text.slice(u.marker.written.length) : u.text));
  const total = unitSignals.reduce((s, x) => s + x.length, 0);
  const pivotLangs = new Set(input.clauses.flatMap((c) => [...c.lengths.keys()]));
  const ratios = new Map<string, number>();
  for (const p of pivotLangs) {
    const sum = input.clauses.reduce((s, c) => s + (c.lengths.get(p) ?? 0), 0);
    ratios.set(p, sum ? total / sum : 1);
  }
  let result = alignOnce(input, unitSignals, ratios);
  for (let pass = 0; pass < (input.units.length > 500 ? 1 : 2); pass++) {
    const next = new Map<string, number>();
    for (const p of pivotLangs) {
      const logs: number[] = [];
      for (const place of result.placements) {
        if (place.gap) continue;
        const pl = input.clauses[place.clause].lengths.get(p);
        let actual = 0;
        for (let u = place.from; u < place.to; u++) actual += unitSignals[u].length;
        if (pl && pl >= 20 && actual >= 20) logs.push(Math.log(actual / pl));
      }
      next.set(p, logs.length ? Math.exp(median(logs)) : ratios.get(p)!);
    }
    const changed = [...next].some(([p, r]) => Math.abs(Math.log(r / ratios.get(p)!)) > 0.02);
    if (!changed) break;
    for (const [p, r] of next) ratios.set(p, r);
    result = alignOnce(input, unitSignals, ratios);
  }
  return result;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function alignOnce(input: AlignInput, unitSignals: Signals[], ratios: Map<string, number>): Alignment {
  const w = input.weights ?? defaultWeights;
  const { units, clauses } = input;
  const n = units.length;
  const m = clauses.length;
  const K = input.maxUnits ?? 16;

  // Fact weights: rare facts (a date one clause gives) weigh more than common ones (the year every clause gives).
  const df = new Map<string, number>();
  for (const c of clauses) for (const f of c.facts.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const weights = new Map([...df].map(([f, count]) => [f, Math.log(1 + m / count)]));
  const unknownWeight = Math.log(1 + m) / 2;
  const weight = (f: string) => weights.get(f) ?? unknownWeight;

  const expected = clauses.map((c) => {
    let sum = 0;
    let count = 0;
    for (const [p, len] of c.lengths) {
      if (len <= 0) continue;
      sum += Math.log(len * (ratios.get(p) ?? 1));
      count++;
    }
    return count ? Math.exp(sum / count) : undefined;
  });

  // A run far longer than the clause's expected length is not considered (it would score far below a gap).
  const tooLong = (j: number, length: number) => expected[j] !== undefined && length > 4 * expected[j]!;
  const skipCost = units.map((u, i) => skipCostOf(u, unitSignals[i], input, w));

  const span = (j: number, i: number, k: number, facts: Map<string, number>, length: number): number => {
    const c = clauses[j];
    let s = w.presence;
    const e = expected[j];
    if (e) {
      const d = Math.log(Math.max(length, 1) / e);
      s -= (d * d) / (2 * w.sigma * w.sigma);
    } else s -= 2;
    for (const [f] of facts) {
      const share = c.facts.get(f);
      s += share ? w.factMatch * weight(f) * share : -w.factExtra * weight(f);
    }
    for (const [f, share] of c.facts) if (!facts.has(f)) s -= w.factMissing * weight(f) * share;
    const first = units[i];
    if (first.marker && first.marker.form !== 'bracket') {
      if (c.marker) s += first.marker.value === c.marker.value ? w.marker + (first.marker.numbering === c.marker.numbering ? 0.5 : 0) : -w.marker;
      else s -= w.marker / 2;
    }
    for (let u = i + 1; u < k; u++) if (units[u].marker && units[u].marker!.form !== 'bracket') s -= w.marker * 0.7;
    if (!first.startsLine) s -= w.midLine;
    if (k - i > 1 && isLeadIn(first)) s -= w.marker / 2;
    for (let u = i + 1; u < k; u++) {
      if (!units[u].startsLine) continue;
      s -= w.lineBreak;
      if (isHeadingLike(units[u - 1]) || isHeadingLike(units[u])) s -= w.marker;
    }
    if (!units[k - 1].endsLine) s -= w.midLine / 2;
    s -= w.perUnit * (k - i - 1);
    if (c.latin.size) {
      let hits = 0;
      for (let u = i; u < k; u++) for (const word of unitSignals[u].latin) if (c.latin.has(word)) hits++;
      s += w.latin * Math.min(hits, 3);
    }
    let p = 0;
    for (let t = 0; t < 4; t++) {
      let count = 0;
      for (let u = i; u < k; u++) count += unitSignals[u].punctuation[t];
      p += Math.abs(count - c.punctuation[t]);
    }
    s -= w.punctuation * Math.min(p, 6);
    return s;
  };

  /** Calls `visit(k, score)` for each run of units i..k-1 that clause j may take, growing it one unit at a time. */
  const eachSpan = (i: number, j: number, visit: (k: number, score: number) => void): void => {
    const facts = new Map<string, number>();
    let length = 0;
    for (let k = i + 1; k <= Math.min(n, i + K); k++) {
      for (const f of unitSignals[k - 1].facts) facts.set(f, 1);
      length += unitSignals[k - 1].length;
      if (k > i + 1 && tooLong(j, length)) break;
      visit(k, span(j, i, k, facts, length));
    }
  };

  // The band: the full table for small texts, a diagonal band for large ones.
  const banded = n * m > 200_000;
  const width = Math.max(40, Math.ceil(0.04 * Math.max(n, m)));
  const inBand = (i: number, j: number) => !banded || Math.abs(i - (j * n) / m) <= width;

  const idx = (i: number, j: number) => i * (m + 1) + j;
  const fwd = new Float64Array((n + 1) * (m + 1)).fill(NEG);
  const back = new Int32Array((n + 1) * (m + 1)).fill(-3);
  fwd[idx(0, 0)] = 0;
  for (let j = 0; j <= m; j++) {
    for (let i = 0; i <= n; i++) {
      const here = fwd[idx(i, j)];
      if (here <= NEG / 2 || !inBand(i, j)) continue;
      if (i < n && here - skipCost[i] > fwd[idx(i + 1, j)]) {
        fwd[idx(i + 1, j)] = here - skipCost[i];
        back[idx(i + 1, j)] = -1;
      }
      if (j === m) continue;
      if (here - w.gap - gapCostOf(clauses[j]) > fwd[idx(i, j + 1)]) {
        fwd[idx(i, j + 1)] = here - w.gap - gapCostOf(clauses[j]);
        back[idx(i, j + 1)] = -2;
      }
      eachSpan(i, j, (k, score) => {
        if (here + score > fwd[idx(k, j + 1)]) {
          fwd[idx(k, j + 1)] = here + score;
          back[idx(k, j + 1)] = i;
        }
      });
    }
  }

  // Backward pass: best score of the rest, for the confidence of each decision.
  const bwd = new Float64Array((n + 1) * (m + 1)).fill(NEG);
  bwd[idx(n, m)] = 0;
  for (let j = m; j >= 0; j--) {
    for (let i = n; i >= 0; i--) {
      if (!inBand(i, j)) continue;
      let best = bwd[idx(i, j)];
      if (i < n && bwd[idx(i + 1, j)] > NEG / 2) best = Math.max(best, bwd[idx(i + 1, j)] - skipCost[i]);
      if (j < m) {
        if (bwd[idx(i, j + 1)] > NEG / 2) best = Math.max(best, bwd[idx(i, j + 1)] - w.gap - gapCostOf(clauses[j]));
        eachSpan(i, j, (k, score) => {
          const rest = bwd[idx(k, j + 1)];
          if (rest > NEG / 2) best = Math.max(best, score + rest);
        });
      }
      bwd[idx(i, j)] = best;
    }
  }

  // Trace back.
  const placements: Placement[] = [];
  const skipped: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const b = back[idx(i, j)];
    if (b === -1) {
      skipped.push(--i);
    } else if (b === -2) {
      j--;
      placements.push({ clause: j, from: i, to: i, gap: true, confidence: 0 });
    } else if (b >= 0) {
      j--;
      placements.push({ clause: j, from: b, to: i, gap: false, confidence: 0 });
      i = b;
    } else break;
  }
  placements.reverse();
  skipped.reverse();

  // Confidence: how much better the chosen place is than the best other place for the same clause nearby.
  const spanAt = (jj: number, from: number, to: number) => {
    const facts = new Map<string, number>();
    let length = 0;
    for (let u = from; u < to; u++) {
      for (const f of unitSignals[u].facts) facts.set(f, 1);
      length += unitSignals[u].length;
    }
    return span(jj, from, to, facts, length);
  };
  const bestTotal = fwd[idx(n, m)];
  for (const place of placements) {
    const jj = place.clause;
    let alternative = NEG;
    for (let from = Math.max(0, place.from - 3); from <= Math.min(n, place.from + 3); from++) {
      const before = fwd[idx(from, jj)];
      if (before <= NEG / 2) continue;
      if (!(place.gap && from === place.from)) {
        const after = bwd[idx(from, jj + 1)];
        if (after > NEG / 2) alternative = Math.max(alternative, before - w.gap - gapCostOf(clauses[jj]) + after);
      }
      for (let to = from + 1; to <= Math.min(n, from + K); to++) {
        if (!place.gap && from === place.from && to === place.to) continue;
        if (Math.abs(to - place.to) > 3 && !place.gap) continue;
        const after = bwd[idx(to, jj + 1)];
        if (after <= NEG / 2) continue;
        alternative = Math.max(alternative, before + spanAt(jj, from, to) + after);
      }
    }
    const margin = Math.max(0, bestTotal - alternative);
    place.confidence = alternative <= NEG / 2 ? 1 : round(1 - 0.5 * Math.exp(-margin / 1.5));
  }
  return { placements, skipped, ratios: new Map(ratios), score: bestTotal };
}

/** A short lead-in at the start of a line, ending with a colon, before more text: `The conclusion reads:`. */
function isLeadIn(unit: Unit): boolean {
  return unit.startsLine && !unit.endsLine && /[:：]$/u.test(unit.text) && unit.text.length < 60 && !unit.marker;
}

/** A whole short line without a marker: a publisher's heading, more likely than a clause. */
function isHeadingLike(unit: Unit): boolean {
  return unit.startsLine && unit.endsLine && !unit.marker && (unit.text.length < 120 || (unit.text.length < 200 && !/[.。!?！？;；:：]$/u.test(unit.text)));
}

function gapCostOf(clause: ClauseProfile): number {
  // A clause no pivot has costs nothing to leave out; a long one with many facts costs more.
  if (!clause.lengths.size) return 0;
  return 0.5 + 0.5 * Math.min(clause.facts.size, 4);
}

function skipCostOf(unit: Unit, signals: Signals, input: AlignInput, w: AlignWeights): number {
  const letters = signals.length;
  const text = unit.text;
  if (isLeadIn(unit)) return 0.3;
  const lead = [...signals.facts].some((f) => input.ownFacts?.has(f)) || input.leadNames?.some((name) => foldedIncludes(text, name));
  if (lead) return 0.5 + 0.005 * letters;
  if (unit.startsLine && unit.endsLine && letters < 100 && !unit.marker) return 0.4 + 0.012 * letters;
  return 1 + w.skipPerLetter * letters;
}

function foldedIncludes(text: string, name: string): boolean {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .includes(name);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
