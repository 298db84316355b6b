import { describe, expect, it } from 'vitest';
import { errorsOf, frontmatter, validBody } from '../support/fixtures.ts';

/** Each bad input stops the build with this exact message: location, what is wrong, how to fix it. */
const valid = frontmatter() + validBody;
const replace = (from: string, to: string) => {
  expect(valid).toContain(from);
  return valid.replace(from, to);
};

describe('structural validation of a translation', () => {
  it('accepts a valid translation, with a gap standing for an omitted clause', () => {
    expect(errorsOf(valid)).toEqual([]);
    expect(errorsOf(replace(' <Clause id="2.2">(2) b.</Clause>', ' <Gap id="2.2" reason="not in the published text" />'))).toEqual([]);
  });

  it('reports a duplicate clause id', () => {
    expect(errorsOf(replace('<Clause id="2.2">(2) b.</Clause>', '<Clause id="2.1">(2) b.</Clause>'))[0]).toBe(
      [
        'error[duplicate-clause] content/translations/999-kl-tw/ro.mdx:13:66',
        '  Clause "2.1" is anchored a second time (first at line 13, column 33).',
        "  Fix: anchor each clause once: if its text runs over several paragraphs, put one <Clause> around all of them; if a footnote interrupts it, nest the footnote's anchor inside it.",
      ].join('\n'),
    );
  });

  it('reports an anchor to an id that is not in the skeleton, with the nearest id', () => {
    expect(errorsOf(replace('id="2.2"', 'id="2.3"'))[0]).toBe(
      [
        'error[unknown-clause] content/translations/999-kl-tw/ro.mdx:13:66',
        '  <Clause id="2.3"> names a clause that is not in the skeleton of 999-KL/TW.',
        '  Fix: use an id from content/conclusions/999-kl-tw.yaml (did you mean "2.2"?), or add the clause to the skeleton.',
      ].join('\n'),
    );
  });

  it('reports clauses out of skeleton order', () => {
    const swapped = replace(
      '<Clause id="2.1">(1) a;</Clause> <Clause id="2.2">(2) b.</Clause>',
      '<Clause id="2.2">(2) b.</Clause> <Clause id="2.1">(1) a;</Clause>',
    );
    expect(errorsOf(swapped)).toEqual([
      [
        'error[clause-order] content/translations/999-kl-tw/ro.mdx:13:66',
        '  Clause "2.1" comes after clause "2.2", but the skeleton of 999-KL/TW puts it before.',
        '  Fix: anchors follow the skeleton\'s order: check the two ids, or correct the order in content/conclusions/999-kl-tw.yaml.',
      ].join('\n'),
    ]);
  });

  it('reports conclusion text outside any anchor', () => {
    expect(errorsOf(replace('<Clause id="1">1. One.</Clause>', '<Clause id="1">1. One.</Clause> And more.'))).toEqual([
      [
        'error[text-outside-clause] content/translations/999-kl-tw/ro.mdx:11:32',
        '  Text "And more." lies outside any clause anchor.',
        '  Fix: wrap conclusion text in <Clause id="…">…</Clause>, or publisher material (headings, captions, leads) in <Editorial kind="…">…</Editorial>.',
      ].join('\n'),
    ]);
  });

  it('reports an empty clause', () => {
    expect(errorsOf(replace('<Clause id="1">1. One.</Clause>', '<Clause id="1"> </Clause>'))).toEqual([
      [
        'error[empty-clause] content/translations/999-kl-tw/ro.mdx:11:1',
        '  <Clause id="1"> holds no text of its own.',
        '  Fix: put the text of clause 1 inside the anchor, or, if the translation leaves the clause out, replace the anchor with <Gap id="1" reason="…" />.',
      ].join('\n'),
    ]);
  });

  it('reports a malformed language tag, suggesting the well-formed one', () => {
    expect(errorsOf(frontmatter({ lang: 'ro_RO' }) + validBody)).toEqual([
      [
        'error[language-malformed] content/translations/999-kl-tw/ro.mdx:3:1',
        '  "ro_RO" is not a well-formed BCP 47 language tag.',
        '  Fix: write the tag as BCP 47 does: lowercase language, hyphen, region or script (did you mean "ro-RO"?).',
      ].join('\n'),
    ]);
  });

  it('reports an unknown language tag, suggesting nb for Norwegian', () => {
    expect(errorsOf(frontmatter({ lang: 'no' }) + validBody)).toEqual([
      [
        'error[language-unknown] content/translations/999-kl-tw/ro.mdx:3:1',
        '  The language "no" is not one the site knows.',
        '  Fix: use a BCP 47 tag that CLDR knows, in the form this corpus publishes it (did you mean "nb"?); names and text direction come from CLDR, no table needs an entry.',
      ].join('\n'),
    ]);
  });

  it('reports a translation without a source URL', () => {
    expect(errorsOf(frontmatter({ url: '' }) + validBody)).toEqual([
      [
        'error[source-url-missing] content/translations/999-kl-tw/ro.mdx:4:1',
        '  The translation has no source URL.',
        '  Fix: give the page the text was taken from, as source: { url: https://…, publisher: … }: a translation without provenance is not published.',
      ].join('\n'),
    ]);
  });

  it('reports a translation of a conclusion that does not exist', () => {
    expect(errorsOf(frontmatter({ conclusion: '998-kl-tw' }) + validBody)).toEqual([
      [
        'error[unknown-conclusion] content/translations/999-kl-tw/ro.mdx:2:1',
        '  The translation belongs to conclusion "998-kl-tw", which does not exist.',
        '  Fix: use the slug of a file in content/conclusions/ (999-kl-tw), or add the conclusion there first.',
      ].join('\n'),
    ]);
  });

  it('reports an MDX syntax error where the parser found it', () => {
    expect(errorsOf(replace('<Clause id="1">1. One.</Clause>', '<Clause id="1">1. One.'))).toEqual([
      [
        'error[mdx-syntax] content/translations/999-kl-tw/ro.mdx:11:1',
        '  The MDX cannot be read: Expected a closing tag for `<Clause>` (11:1-11:16) before the end of `paragraph`.',
        '  Fix: close every <Clause …> with </Clause> (and every other tag the same way), quote attribute values, and escape a literal { or < in translation text as \\{ or \\<.',
      ].join('\n'),
    ]);
  });

  it('reports translation text that MDX would read as syntax', () => {
    expect(errorsOf(replace('1. One.', '1. One {x}.'))).toEqual([
      [
        'error[unsupported-syntax] content/translations/999-kl-tw/ro.mdx:11:23',
        '  MDX read "{x}" as a JavaScript expression.',
        '  Fix: if the braces are translation text, escape the opening one as \\{.',
      ].join('\n'),
    ]);
    expect(errorsOf(replace('1. One.', '1. *One*.'))[0]).toContain('MDX read part of the text as Markdown emphasis (*…* or _…_).');
  });

  it('reports a skeleton clause that is neither present nor a gap', () => {
    expect(errorsOf(replace(' <Clause id="2.2">(2) b.</Clause>', ''))).toEqual([
      [
        'error[missing-clause] content/translations/999-kl-tw/ro.mdx:15:1',
        '  Clause "2.2" (Sub-item two) is neither anchored in this translation nor marked as a gap.',
        '  Fix: anchor its text with <Clause id="2.2">…</Clause>, or, if the translation leaves it out, put <Gap id="2.2" reason="…" /> where it would stand.',
      ].join('\n'),
    ]);
  });

  it('allows only a clause\'s own sub-clauses to be nested in it', () => {
    const inline = replace('<Clause id="3">3. Three <FootnoteRef to="3.fn1">[1]</FootnoteRef>.</Clause>\n\n<Clause id="3.fn1">[1] Note.</Clause>', '<Clause id="3">3. Three (<Clause id="3.fn1">note</Clause>).</Clause>');
    expect(errorsOf(inline)).toEqual([]);
    expect(errorsOf(replace('<Clause id="1">1. One.</Clause>', '<Clause id="1">1. One <Clause id="2.1">x</Clause>.</Clause>'))[0]).toBe(
      [
        'error[nested-clause] content/translations/999-kl-tw/ro.mdx:11:23',
        '  <Clause id="2.1"> is nested inside clause "1", which is not its parent in the skeleton.',
        '  Fix: close <Clause id="1"> before opening "2.1"; only a clause\'s own sub-clauses (such as an inline footnote) may be nested in it.',
      ].join('\n'),
    );
  });

  it('lets footnotes stand together at the end, but nowhere else out of order', () => {
    const early = replace('<Clause id="3.fn1">[1] Note.</Clause>', '').replace('<Clause id="1">1. One.</Clause>', '<Clause id="1">1. One.</Clause>\n\n<Clause id="3.fn1">[1] Note.</Clause>');
    expect(errorsOf(early)[0]).toContain('error[clause-order]');
    expect(errorsOf(early)[0]).toContain('Clause "2" comes after clause "3.fn1"');
  });
});

describe('footnote markers', () => {
  it('must point to a footnote clause of the skeleton', () => {
    expect(errorsOf(replace('<FootnoteRef to="3.fn1">', '<FootnoteRef to="3.fn2">'))).toEqual([
      [
        'error[unknown-footnote] content/translations/999-kl-tw/ro.mdx:15:25',
        '  <FootnoteRef to="3.fn2"> points to no footnote of the skeleton of 999-KL/TW.',
        '  Fix: use the id of a clause of kind footnote in content/conclusions/999-kl-tw.yaml (3.fn1).',
      ].join('\n'),
    ]);
  });
});
