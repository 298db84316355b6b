import type { Corpus } from '../corpus/model.ts';
import { comparisonUrl, readingUrl } from '../format.ts';
import { absoluteUrl } from '../site.ts';

/** An `xhtml:link rel="alternate"` of a sitemap entry, as @astrojs/sitemap's `links` takes it. */
export interface HreflangLink {
  url: string;
  lang: string;
}

/**
 * The hreflang alternates of each translation's reading view (absolute URL → links): every translation of
 * the same conclusion, itself included as the sitemap protocol asks, and the comparison view (all
 * languages side by side) as `x-default`. The comparison view gets the same set.
 */
export function hreflangAlternates(corpus: Corpus): Map<string, HreflangLink[]> {
  const byUrl = new Map<string, HreflangLink[]>();
  for (const c of corpus.conclusions) {
    if (c.translations.length < 2) continue;
    const links = [
      ...c.translations.map((t) => ({ url: absoluteUrl(readingUrl(c.slug, t.lang)), lang: t.lang })),
      { url: absoluteUrl(comparisonUrl(c.slug)), lang: 'x-default' },
    ];
    for (const link of links) byUrl.set(link.url, links);
  }
  return byUrl;
}
