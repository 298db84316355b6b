import { findingAt, listLangs, translationsWith, viewOf, type Check, type CheckInput } from './check-input.ts';
import { sameDate } from './dates.ts';
import { clauseViewFacts, type Fact } from './extract-numbers.ts';
import type { RawFinding } from './finding.ts';

/**
 * Numbers and dates: each clause's numbers (and dates) compared across its translations. A value that
 * some translations have and others lack is reported where it can be fixed: at the translations that
 * lack it when they are the minority (or a tie), else at the translations that have it, at the value.
 */
export const checkNumbers: Check = (input) => {
  const out: RawFinding[] = [];
  for (const clause of input.conclusion.skeleton) {
    const present = translationsWith(input, clause.id);
    if (present.length < 2) continue;
    const facts = new Map(present.map((t) => {
      const view = viewOf(input, t.lang, clause.id);
      return [t.lang, clauseViewFacts(t.lang, view)];
    }));
    out.push(...compare(input, clause.id, facts, 'number'), ...compare(input, clause.id, facts, 'date'));
  }
  return out;
};

function compare(input: CheckInput, clause: string, facts: Map<string, readonly Fact[]>, kind: Fact['kind']): RawFinding[] {
  const same = kind === 'date' ? sameDate : (a: string, b: string) => a === b;
  // Each value once, with the languages that have it and where each has it first. Numbers match exactly:
  // one pass by key (a clause may hold thousands). Dates also match partial dates: against each value.
  const values: string[] = [];
  const found = new Map<string, Map<string, number>>();
  if (kind === 'number') {
    for (const [lang, list] of facts)
      for (const f of list) {
        if (f.kind !== kind) continue;
        let langs = found.get(f.value);
        if (!langs) {
          values.push(f.value);
          found.set(f.value, (langs = new Map()));
        }
        if (!langs.has(lang)) langs.set(lang, f.index);
      }
  } else {
    for (const list of facts.values())
      for (const f of list) if (f.kind === kind && !values.some((v) => same(v, f.value))) values.push(f.value);
    for (const value of values) {
      const langs = new Map<string, number>();
      for (const [lang, list] of facts) {
        const first = list.find((f) => f.kind === kind && same(f.value, value));
        if (first) langs.set(lang, first.index);
      }
      found.set(value, langs);
    }
  }
  const out: RawFinding[] = [];
  const check = kind === 'date' ? 'dates' : 'numbers';
  const noun = kind === 'date' ? 'date' : 'number';
  for (const value of values) {
    const having = [...facts.keys()].filter((lang) => found.get(value)!.has(lang));
    const lacking = [...facts.keys()].filter((lang) => !having.includes(lang));
    if (lacking.length === 0) continue;
    const shown = kind === 'date' ? value.replace(/^--/, '') : value;
    const fact = `${kind}:${value}`;
    if (lacking.length <= having.length) {
      for (const lang of lacking)
        out.push({ ...findingAt(input, check, clause, [lang, ...having], 0, `${lang} lacks the ${noun} ${shown} that ${listLangs(having)} ${having.length > 1 ? 'have' : 'has'} in clause ${clause}.`), fact });
    } else {
      for (const lang of having) {
        const at = found.get(value)!.get(lang)!;
        out.push({ ...findingAt(input, check, clause, [lang, ...lacking], at, `${lang} has the ${noun} ${shown} that ${listLangs(lacking)} ${lacking.length > 1 ? 'do' : 'does'} not have in clause ${clause}.`), fact });
      }
    }
  }
  return out;
}
