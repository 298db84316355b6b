import { buildCorpus, type ContentFiles } from '../../src/lib/corpus/build-corpus.ts';
import { formatContentError } from '../../src/lib/errors.ts';

/** A small conclusion with items 1–3, item 2 having sub-items (1) and (2), and a footnote on item 3. */
export const conclusionYaml = `number: 999-KL/TW
slug: 999-kl-tw
date: 2025-01-02
issuedBy: [Politburo]
signatory: { name: Trần Cẩm Tú, role: Standing member of the Secretariat }
title: { vi: Kết luận số 999-KL/TW, en: A test conclusion }
answers: { number: 1-BC/BTCTW, date: 2025-01-01, by: Central Organisation Commission }
clauses:
  - { id: preamble, kind: preamble, gloss: The meeting }
  - id: "1"
    kind: item
    gloss: First item
  - id: "2"
    kind: item
    gloss: Second item
    children:
      - { id: "2.1", kind: subitem, marker: "(1)", gloss: Sub-item one }
      - { id: "2.2", kind: subitem, marker: "(2)", gloss: Sub-item two }
  - id: "3"
    kind: item
    gloss: Third item
    children:
      - { id: "3.fn1", kind: footnote, marker: "[1]", gloss: The footnote }
`;

export const frontmatter = (fields: Record<string, string> = {}): string => {
  const values = { conclusion: '999-kl-tw', lang: 'ro', url: 'https://example.org/a', ...fields };
  const source = values.url === '' ? 'source:\n  publisher: Example' : `source:\n  url: ${values.url}\n  publisher: Example`;
  return `---\nconclusion: ${values.conclusion}\nlang: ${values.lang}\n${source}\n---\n`;
};

/** A valid body for the test conclusion. */
export const validBody = `
<Clause id="preamble">At the meeting.</Clause>

<Clause id="1">1. One.</Clause>

<Clause id="2">2. Two:</Clause> <Clause id="2.1">(1) a;</Clause> <Clause id="2.2">(2) b.</Clause>

<Clause id="3">3. Three <FootnoteRef to="3.fn1">[1]</FootnoteRef>.</Clause>

<Clause id="3.fn1">[1] Note.</Clause>
`;

/** Builds a corpus of the test conclusion and one translation at `content/translations/<slug>/<lang>.mdx`. */
export function buildWith(mdx: string, path = 'content/translations/999-kl-tw/ro.mdx') {
  const files: ContentFiles = {
    conclusions: [{ path: 'content/conclusions/999-kl-tw.yaml', text: conclusionYaml }],
    translations: [{ path, text: mdx }],
  };
  return buildCorpus(files);
}

/** The formatted errors of a build, one string each. */
export function errorsOf(mdx: string, path?: string): string[] {
  return buildWith(mdx, path).errors.map(formatContentError);
}
