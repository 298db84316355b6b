import { findDocumentCodes } from '../references/document-codes.ts';
import { findingAt, listLangs, translationsWith, viewOf, type Check } from './check-input.ts';
import type { RawFinding } from './finding.ts';

/**
 * Document codes (`195-KL/TW`, `201/2025/QH15`): every code cited in a clause by one translation must be
 * cited by every other translation of that clause. Codes compare by key: Persian digits, QĐ/QD and case
 * do not matter.
 */
export const checkDocumentCodes: Check = (input) => {
  const out: RawFinding[] = [];
  for (const clause of input.conclusion.skeleton) {
    const present = translationsWith(input, clause.id);
    if (present.length < 2) continue;
    const codes = new Map(present.map((t) => [t.lang, findDocumentCodes(viewOf(input, t.lang, clause.id).text)]));
    const keys = new Map<string, string>();
    for (const list of codes.values()) for (const c of list) if (!keys.has(c.key)) keys.set(c.key, c.written);
    for (const [key, written] of keys) {
      const having = [...codes].filter(([, list]) => list.some((c) => c.key === key)).map(([lang]) => lang);
      for (const lang of present.map((t) => t.lang).filter((l) => !having.includes(l)))
        out.push({
          ...findingAt(input, 'document-codes', clause.id, [lang, ...having], 0, `${lang} does not cite ${written} in clause ${clause.id}, which ${listLangs(having)} ${having.length > 1 ? 'cite' : 'cites'}.`),
          fact: `code:${key.toLowerCase()}`,
        });
    }
  }
  return out;
};
