/**
 * Every kind of content error, with what it means and how to fix it. The contributors' guide renders
 * this table, and a test checks that every code the library can raise is listed here.
 */
export interface ErrorKind {
  /** The code printed as `error[<code>]`. */
  code: string;
  /** Where it comes from. */
  area: 'files' | 'text' | 'MDX' | 'anchors' | 'frontmatter' | 'conclusion';
  /** What is wrong, in general terms. */
  what: string;
  /** How to fix it. */
  fix: string;
}

export const errorCatalogue: ErrorKind[] = [
  { code: 'content-missing', area: 'files', what: 'There is no `content/` folder (or it is not a real folder).', fix: 'Create `content/` with `conclusions/`, `translations/`, `sources/` and `checks.yaml`.' },
  { code: 'content-layout', area: 'files', what: 'A file or folder under `content/` that is not part of the layout: a translation in another folder or a subfolder, a conclusion saved as `.yml`, a translation saved as `.md` or `.MDX`, a stray file.', fix: 'Move or rename it as the message says: `content/conclusions/<slug>.yaml`, `content/translations/<slug>/<lang>.mdx`, `content/sources/*.txt`, `content/checks.yaml`; remove anything else.' },
  { code: 'content-symlink', area: 'files', what: 'A symbolic link under `content/` to a folder, to nothing, or to a place outside `content/`.', fix: 'Replace the link with a copy of the file: text from outside `content/` would be published unchecked.' },
  { code: 'content-not-regular', area: 'files', what: 'A device, named pipe (FIFO) or socket under `content/`.', fix: 'Remove it; only regular files are read.' },
  { code: 'content-too-large', area: 'files', what: 'A content file larger than 32 MB.', fix: 'Check that it is the right file; a conclusion’s text is far smaller.' },
  { code: 'content-unreadable', area: 'files', what: 'A file or folder under `content/` cannot be read (permissions).', fix: 'Give it read permission, or remove it.' },
  { code: 'invalid-utf8', area: 'text', what: 'The file is not valid UTF-8 (saved in a legacy encoding, or cut inside a character); the message gives the byte.', fix: 'Save the file as UTF-8.' },
  { code: 'control-character', area: 'text', what: 'A control character (NUL or another C0 control other than tab and line breaks) in the text.', fix: 'Delete it; it comes from a bad copy or conversion.' },
  { code: 'noncharacter', area: 'text', what: 'A Unicode noncharacter (U+FFFE, U+FDD0 …) in the text.', fix: 'Delete it.' },
  { code: 'lone-surrogate', area: 'text', what: 'Half of a character (a lone UTF-16 surrogate, e.g. from a YAML `\\uD800` escape).', fix: 'Copy the text again from its source; write whole characters.' },
  { code: 'bidi-unbalanced', area: 'text', what: 'A bidi control (U+202A–U+202E, U+2066–U+2069) not closed, or closing nothing, within one run of a clause’s text: it would reorder the text after it.', fix: 'Close it in the same run (U+202C after an embedding or override, U+2069 after an isolate) or delete it.' },
  { code: 'nesting-too-deep', area: 'text', what: 'Anchors, or YAML lists and maps, nested far deeper than any conclusion needs.', fix: 'Close each anchor before the next; check for unclosed `[` or `{` in YAML.' },
  { code: 'mdx-syntax', area: 'MDX', what: 'The MDX parser cannot read the file: an unclosed tag, an unquoted attribute, a stray `{` or `<`.', fix: 'Close every tag, quote attribute values, escape a literal `{` or `<` as `\\{` or `\\<`.' },
  { code: 'unsupported-syntax', area: 'MDX', what: 'Part of the translation text was read as Markdown or MDX syntax (emphasis, a list, a link, an expression, an import).', fix: 'Escape the character with a backslash (`\\*`, `\\_`, `\\{`, `\\[`, `\\#`), so that the text stays plain.' },
  { code: 'unknown-component', area: 'MDX', what: 'A tag other than the four anchors.', fix: 'Use `<Clause>`, `<Editorial>`, `<FootnoteRef>` or `<Gap>`; escape a literal `<` as `\\<`.' },
  { code: 'anchor-attribute-unknown', area: 'anchors', what: 'An anchor has an attribute it does not take (`<Clause id="2" x="1">`).', fix: 'Remove it: `Clause` takes `id`, `Editorial` `kind`, `FootnoteRef` `to`, `Gap` `id` and `reason`.' },
  { code: 'anchor-attribute-expression', area: 'anchors', what: 'An anchor attribute is a JavaScript expression (`id={…}`) or a spread (`{...x}`): code has no place in a translation.', fix: 'Write the value as quoted text: `id="4.1"`.' },
  { code: 'anchor-attribute-duplicate', area: 'anchors', what: 'An anchor gives the same attribute twice.', fix: 'Keep one.' },
  { code: 'footnote-ref-markup', area: 'anchors', what: 'A `<FootnoteRef>` holds a tag, an expression or Markdown instead of its marker text.', fix: 'Write only the marker: `<FootnoteRef to="8.fn1">[1]</FootnoteRef>`.' },
  { code: 'missing-attribute', area: 'anchors', what: 'An anchor lacks its attribute (`id`, `kind`, `to` or `reason`).', fix: 'Add it, e.g. `<Clause id="4.1">`.' },
  { code: 'text-outside-clause', area: 'anchors', what: 'Text that lies in no anchor.', fix: 'Wrap conclusion text in `<Clause>`, publisher material in `<Editorial>`.' },
  { code: 'empty-clause', area: 'anchors', what: 'A `<Clause>` with no text of its own.', fix: 'Put the clause’s text inside it, or replace it with `<Gap>` if the translation omits the clause.' },
  { code: 'unknown-clause', area: 'anchors', what: 'An anchor or gap names an id that the skeleton does not have.', fix: 'Use a skeleton id (the message suggests the nearest), or add the clause to the skeleton.' },
  { code: 'duplicate-clause', area: 'anchors', what: 'The same clause is anchored twice.', fix: 'Anchor each clause once: one `<Clause>` around several paragraphs; nest an inline footnote instead of splitting its clause.' },
  { code: 'clause-order', area: 'anchors', what: 'A clause comes after one that the skeleton puts after it. Footnotes may also stand together at the end.', fix: 'Check both ids, or correct the skeleton’s order.' },
  { code: 'nested-clause', area: 'anchors', what: 'A `<Clause>` is nested in a clause that is not its parent in the skeleton.', fix: 'Close the outer clause first; only a clause’s own sub-clauses (an inline footnote) may be nested.' },
  { code: 'missing-clause', area: 'anchors', what: 'A skeleton clause is neither anchored nor marked as a gap.', fix: 'Anchor its text, or add `<Gap id="…" reason="…" />` where it would stand.' },
  { code: 'unknown-footnote', area: 'anchors', what: 'A `<FootnoteRef>` points to no footnote clause.', fix: 'Use the id of a skeleton clause of kind `footnote`.' },
  { code: 'editorial-kind', area: 'anchors', what: 'An `<Editorial>` kind other than heading, caption, lead, note.', fix: 'Use one of those four kinds.' },
  { code: 'clause-in-editorial', area: 'anchors', what: 'A `<Clause>` inside editorial material.', fix: 'Close the `<Editorial>` before the clause starts.' },
  { code: 'footnote-ref-outside-clause', area: 'anchors', what: 'A `<FootnoteRef>` outside any clause.', fix: 'Put the marker inside the clause that carries it.' },
  { code: 'gap-inside-anchor', area: 'anchors', what: 'A `<Gap>` inside another anchor.', fix: 'Put it between anchors, where the omitted clause would stand.' },
  { code: 'xml-forbidden-character', area: 'MDX', what: 'The text holds a character that XML 1.0 does not allow (a C0 control such as U+0007, U+FFFE, U+FFFF): the TMX export could not carry it. The build never drops or replaces it.', fix: 'Delete the character or replace it with what the publisher meant (usually a space); compare with the source page.' },
  { code: 'frontmatter-missing', area: 'frontmatter', what: 'The translation has no frontmatter.', fix: 'Start the file with a `---` block: conclusion, lang, source.' },
  { code: 'frontmatter-invalid', area: 'frontmatter', what: 'A frontmatter field is missing or of the wrong form.', fix: 'Correct the field named in the message.' },
  { code: 'source-url-missing', area: 'frontmatter', what: 'The translation has no (valid) source URL.', fix: 'Give `source.url`: the page the text was taken from.' },
  { code: 'source-file-missing', area: 'frontmatter', what: '`source.file` names no file in `content/sources/`.', fix: 'Put the raw text there under that name, or correct `source.file`.' },
  { code: 'language-malformed', area: 'frontmatter', what: '`lang` is not a well-formed BCP 47 tag (e.g. `ro_RO`).', fix: 'Write it as BCP 47 does (`ro`, `ro-RO`); the message suggests one.' },
  { code: 'language-unknown', area: 'frontmatter', what: '`lang` is well-formed but CLDR does not know the language (`xx`), or the corpus publishes it under another tag (`no`).', fix: 'Use a BCP 47 tag that CLDR knows, in the form the corpus publishes it (`nb` for Norwegian Bokmål); names and direction come from CLDR.' },
  { code: 'unknown-conclusion', area: 'frontmatter', what: '`conclusion` names no file in `content/conclusions/`.', fix: 'Use an existing slug, or add the conclusion first.' },
  { code: 'path-mismatch', area: 'frontmatter', what: 'The file’s path and its frontmatter disagree on conclusion or language.', fix: 'Move the file to `content/translations/<slug>/<lang>.mdx` or correct the frontmatter.' },
  { code: 'yaml-tag', area: 'conclusion', what: 'A YAML tag (`!foo`, `!!binary`) in a YAML file or frontmatter.', fix: 'Remove the tag; quote a value that starts with `!`.' },
  { code: 'yaml-aliases', area: 'conclusion', what: 'More than 20 YAML aliases (`*name`): an “alias bomb” would expand without limit.', fix: 'Write the values out instead of repeating them with anchors and aliases.' },
  { code: 'checks-config-invalid', area: 'conclusion', what: '`content/checks.yaml` names an unknown check or severity, or is not a map.', fix: 'Give each check id one of `error`, `warning`, `info` under `severities:` or `conclusions: <slug>:`.' },
  { code: 'yaml-syntax', area: 'conclusion', what: 'A YAML file (or frontmatter) cannot be read.', fix: 'Check indentation and quoting at that place.' },
  { code: 'conclusion-invalid', area: 'conclusion', what: 'A conclusion field is missing or of the wrong form.', fix: 'Correct the field named in the message (see the content model above).' },
  { code: 'slug-mismatch', area: 'conclusion', what: 'The slug differs from the file name or does not follow the number.', fix: 'Use the number in lowercase with `/` as `-` (`202-KL/TW` → `202-kl-tw`) as both slug and file name.' },
  { code: 'skeleton-duplicate-id', area: 'conclusion', what: 'Two skeleton clauses share an id.', fix: 'Give every clause its own id.' },
  { code: 'todo', area: 'conclusion', what: 'A value of a conclusion is still `TODO…`: `npm run import -- --new` proposed the skeleton and left the glosses and facts it cannot know for you.', fix: 'Write the value at that line (a gloss is a short English label of the clause, in our own words); check the proposed clause ids against the original.' },
  { code: 'skeleton-id-nesting', area: 'conclusion', what: 'A child clause’s id does not start with its parent’s id and a dot.', fix: 'Name it `<parent>.<part>`, e.g. `4.1` under `4`.' },
];
