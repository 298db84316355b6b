/** The site's public origin: Astro's `site`, absolute URLs in exports, citations, feeds and the sitemap. */
export const siteUrl = 'https://parallel-conclusions.example';

/** The site's name, as citations, feeds and exports name their publisher. */
export const siteName = 'Parallel Conclusions';

/** Version of the tool that writes the exports (TMX `creationtoolversion`); follows package.json. */
export const toolVersion = '0.1.0';

/** An absolute URL on the site for a site path (`/conclusions/202-kl-tw/`). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).href;
}
