import { XMLBuilder } from 'fast-xml-parser';
import type { Corpus } from '../corpus/model.ts';
import { comparisonUrl, formatDate, readingUrl } from '../format.ts';
import { absoluteUrl, siteName } from '../site.ts';

/** Site path of the Atom feed. */
export const feedPath = '/feed.xml';

/** One entry of the feed: a conclusion, or one of its translations. */
export interface FeedEntry {
  title: string;
  url: string;
  /** Language of what the entry links to. */
  lang: string;
  /** ISO date from the content: the conclusion's date; a translation's `source.retrieved`, else its conclusion's date. */
  date: string;
  summary: string;
}

/** The feed's entries, newest first; a conclusion comes before its translations of the same date. */
export function feedEntries(corpus: Corpus): FeedEntry[] {
  const entries = corpus.conclusions.flatMap((c) => [
    { title: `${c.number}: ${c.title.en}`, url: comparisonUrl(c.slug), lang: 'en', date: c.date, summary: `Conclusion ${c.number} of ${formatDate(c.date)}, ${c.title.en}, aligned clause by clause in ${c.translations.map((t) => t.language.name).join(', ')}.` },
    ...c.translations.map((t) => ({
      title: `${c.number} in ${t.language.name}`,
      url: readingUrl(c.slug, t.lang),
      lang: t.lang,
      date: t.source.retrieved ?? c.date,
      summary: `The ${t.language.name} translation of conclusion ${c.number}, as published by ${t.source.publisher}.`,
    })),
  ]);
  return entries.map((e, i) => ({ e, i })).sort((a, b) => b.e.date.localeCompare(a.e.date) || a.i - b.i).map(({ e }) => e);
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', format: true, suppressEmptyNode: true });
const timestamp = (date: string) => `${date}T00:00:00Z`;

/**
 * The Atom 1.0 feed (RFC 4287) of conclusions and translations as they are added. Dates come from the
 * content, never from the build, so an unchanged corpus gives an unchanged feed. @astrojs/rss writes RSS 2.0
 * only; Atom is written with the XML builder the exports use.
 */
export function buildAtomFeed(corpus: Corpus): string {
  const entries = feedEntries(corpus);
  const feed = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': 'en',
      title: siteName,
      subtitle: 'Translations of Vietnamese Party conclusions, aligned clause by clause: new conclusions and translations.',
      id: absoluteUrl('/'),
      link: [
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': absoluteUrl(feedPath) },
        { '@rel': 'alternate', '@type': 'text/html', '@href': absoluteUrl('/') },
      ],
      updated: timestamp(entries[0]?.date ?? '1970-01-01'),
      author: { name: siteName },
      entry: entries.map((e) => ({
        title: e.title,
        id: absoluteUrl(e.url),
        link: { '@rel': 'alternate', '@type': 'text/html', '@hreflang': e.lang, '@href': absoluteUrl(e.url) },
        published: timestamp(e.date),
        updated: timestamp(e.date),
        summary: e.summary,
      })),
    },
  };
  return builder.build(feed) as string;
}
