import { buildCorpus } from '../../src/lib/corpus/build-corpus.ts';
import type { Corpus } from '../../src/lib/corpus/model.ts';
import { runChecks, type Finding, type RunOptions } from '../../src/lib/checks/index.ts';
import type { ChecksConfig } from '../../src/lib/checks/config.ts';

/** A conclusion for the checks: items 1–3 with markers, sub-items (1)/(2) with (i)/(ii) under (1), a footnote. */
export const checksYaml = `number: 998-KL/TW
slug: 998-kl-tw
date: 2025-10-31
issuedBy: [Politburo]
signatory: { name: Trần Cẩm Tú, role: Standing member of the Secretariat }
title: { vi: Kết luận số 998-KL/TW, en: A conclusion for the checks }
answers: { number: 1-BC/BTCTW, date: 2025-10-29, by: Central Organisation Commission }
clauses:
  - { id: preamble, kind: preamble, gloss: The meeting }
  - id: "1"
    kind: item
    marker: "1."
    gloss: First item
    children:
      - { id: "1.p2", kind: paragraph, gloss: Its second paragraph }
  - id: "2"
    kind: item
    marker: "2."
    gloss: Second item
    children:
      - id: "2.1"
        kind: subitem
        marker: "(1)"
        gloss: Sub-item one
        children:
          - { id: "2.1.i", kind: subitem, marker: "(i)", gloss: Sub-sub-item i }
          - { id: "2.1.ii", kind: subitem, marker: "(ii)", gloss: Sub-sub-item ii }
      - { id: "2.2", kind: subitem, marker: "(2)", gloss: Sub-item two }
  - id: "3"
    kind: item
    marker: "3."
    gloss: Third item
    children:
      - { id: "3.fn1", kind: footnote, marker: "[1]", gloss: The footnote }
`;

/** Clause ids of {@link checksYaml} in order. */
export const clauseIds = ['preamble', '1', '1.p2', '2', '2.1', '2.1.i', '2.1.ii', '2.2', '3', '3.fn1'] as const;

/** An MDX translation with each clause in its own paragraph (texts by id; a missing id gets `<filler> <id>.`). */
export function paragraphs(texts: Partial<Record<(typeof clauseIds)[number], string>>, filler = 'Text of'): string {
  return clauseIds.map((id) => `<Clause id="${id}">${texts[id] ?? `${filler} ${id}.`}</Clause>`).join('\n\n');
}

/** Front matter plus body for `lang`. */
export function mdx(lang: string, body: string): string {
  return `---\nconclusion: 998-kl-tw\nlang: ${lang}\nsource:\n  url: https://example.org/${lang}\n  publisher: Example\n---\n\n${body}\n`;
}

/** Builds a corpus of the checks conclusion with one translation per entry (lang → MDX body); throws on content errors. */
export function corpusOf(bodies: Record<string, string>): Corpus {
  const { corpus, errors } = buildCorpus({
    conclusions: [{ path: 'content/conclusions/998-kl-tw.yaml', text: checksYaml }],
    translations: Object.entries(bodies).map(([lang, body]) => ({ path: `content/translations/998-kl-tw/${lang}.mdx`, text: mdx(lang, body) })),
  });
  if (!corpus) throw new Error(errors.map((e) => `${e.code} ${e.location.file}:${e.location.line} ${e.message}`).join('\n'));
  return corpus;
}

/** Runs the checks on a corpus built from `bodies` and keeps the findings of the given check ids. */
export function findingsOf(bodies: Record<string, string>, checks: string[], config: ChecksConfig = {}, options: RunOptions = {}): Finding[] {
  return runChecks(corpusOf(bodies), config, options).filter((f) => checks.includes(f.check));
}
