import type { ConclusionEntry, Translation } from '../corpus/model.ts';
import { comparisonUrl, readingUrl } from '../format.ts';
import { absoluteUrl, siteName } from '../site.ts';

/**
 * What catalogues and reference managers read from a page's head: schema.org JSON-LD (`Legislation`) and
 * the `citation_*` meta tags that Zotero and Google Scholar read. Pure data; the head component renders it.
 */

/** The JSON-LD `@id` of a conclusion (its comparison view) and of one translation (its reading view). */
const conclusionId = (c: ConclusionEntry) => `${absoluteUrl(comparisonUrl(c.slug))}#legislation`;
const translationId = (c: ConclusionEntry, t: Translation) => `${absoluteUrl(readingUrl(c.slug, t.lang))}#legislation`;

/** schema.org `Legislation` of a conclusion (the original, in Vietnamese), with each translation as `workTranslation`. */
export function conclusionJsonLd(c: ConclusionEntry): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': conclusionId(c),
    name: c.title.vi,
    alternateName: c.title.en,
    legislationIdentifier: c.number,
    legislationDate: c.date,
    legislationPassedBy: c.issuedBy.map((name) => ({ '@type': 'Organization', name })),
    inLanguage: 'vi',
    url: absoluteUrl(comparisonUrl(c.slug)),
    workTranslation: c.translations.map((t) => ({
      '@type': 'Legislation',
      '@id': translationId(c, t),
      inLanguage: t.lang,
      url: absoluteUrl(readingUrl(c.slug, t.lang)),
      publisher: { '@type': 'Organization', name: t.source.publisher },
    })),
  };
}

/** schema.org `Legislation` of one translation: an unofficial translation of the conclusion, based on its source page. */
export function translationJsonLd(c: ConclusionEntry, t: Translation): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': translationId(c, t),
    name: `${c.number}: ${c.title.en} (${t.language.name} translation)`,
    legislationIdentifier: c.number,
    legislationDate: c.date,
    legislationLegalValue: 'https://schema.org/UnofficialLegalValue',
    inLanguage: t.lang,
    url: absoluteUrl(readingUrl(c.slug, t.lang)),
    publisher: { '@type': 'Organization', name: t.source.publisher },
    isBasedOn: t.source.url,
    translationOfWork: { '@type': 'Legislation', '@id': conclusionId(c), legislationIdentifier: c.number, inLanguage: 'vi', name: c.title.vi },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so that no text can close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

/**
 * `citation_*` meta tags (name, content), in the order Google Scholar documents them. The conclusion page
 * names the original (Vietnamese title, the issuing bodies as authors); a reading page names the translation
 * (its language, its publisher).
 */
export function citationMeta(c: ConclusionEntry, t?: Translation): Array<[string, string]> {
  const date = c.date.replaceAll('-', '/');
  return [
    ['citation_title', t ? `${c.number}: ${c.title.en} (${t.language.name} translation)` : `${c.number}: ${c.title.vi}`],
    ...c.issuedBy.map((body): [string, string] => ['citation_author', body]),
    ['citation_publication_date', date],
    ['citation_date', date],
    ['citation_publisher', t ? t.source.publisher : siteName],
    ['citation_language', t ? t.lang : 'vi'],
    ['citation_public_url', absoluteUrl(t ? readingUrl(c.slug, t.lang) : comparisonUrl(c.slug))],
    ['citation_abstract_html_url', absoluteUrl(t ? readingUrl(c.slug, t.lang) : comparisonUrl(c.slug))],
  ];
}
