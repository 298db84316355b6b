import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { distDir } from '../support/dist-dir.ts';
import { builtPage } from '../support/site.ts';

const corpus = loadCorpus('.').corpus!;
const site = 'https://parallel-conclusions.example';
const jsonLd = (path: string) => JSON.parse(builtPage(path).querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, any>;
const meta = (path: string) => builtPage(path).querySelectorAll('meta[name^="citation_"]').map((m) => [m.getAttribute('name'), m.getAttribute('content')]);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'xhtml:link', 'entry'].includes(name) });

describe('metadata for catalogues and reference managers', () => {
  for (const c of corpus.conclusions) {
    it(`${c.slug}: the conclusion page has schema.org Legislation of the Vietnamese original, with each translation`, () => {
      const data = jsonLd(`/conclusions/${c.slug}/`);
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        legislationIdentifier: c.number,
        legislationDate: c.date,
        legislationPassedBy: c.issuedBy.map((name) => ({ '@type': 'Organization', name })),
        inLanguage: 'vi',
      });
      expect(data.workTranslation.map((t: { inLanguage: string; url: string }) => [t.inLanguage, t.url])).toEqual(c.translations.map((t) => [t.lang, `${site}/conclusions/${c.slug}/${t.lang}/`]));
      expect(meta(`/conclusions/${c.slug}/`)).toEqual(expect.arrayContaining([
        ['citation_title', `${c.number}: ${c.title.vi}`],
        ['citation_publication_date', c.date.replaceAll('-', '/')],
        ['citation_publisher', 'Parallel Conclusions'],
        ['citation_language', 'vi'],
        ['citation_public_url', `${site}/conclusions/${c.slug}/`],
      ]));
    });

    for (const t of c.translations)
      it(`${c.slug}/${t.lang}: the reading view is an unofficial translation of it, based on its source page`, () => {
        const data = jsonLd(`/conclusions/${c.slug}/${t.lang}/`);
        expect(data).toMatchObject({
          '@type': 'Legislation',
          inLanguage: t.lang,
          publisher: { '@type': 'Organization', name: t.source.publisher },
          isBasedOn: t.source.url,
          legislationLegalValue: 'https://schema.org/UnofficialLegalValue',
          translationOfWork: { '@id': `${site}/conclusions/${c.slug}/#legislation`, inLanguage: 'vi' },
        });
        expect(jsonLd(`/conclusions/${c.slug}/`).workTranslation.map((w: { '@id': string }) => w['@id'])).toContain(data['@id']);
        expect(meta(`/conclusions/${c.slug}/${t.lang}/`)).toEqual(expect.arrayContaining([
          ['citation_language', t.lang],
          ['citation_publisher', t.source.publisher],
          ['citation_date', c.date.replaceAll('-', '/')],
          ['citation_public_url', `${site}/conclusions/${c.slug}/${t.lang}/`],
        ]));
      });
  }

  it('the sitemap links the translations of a conclusion to each other with hreflang', () => {
    const urls = xml.parse(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).urlset.url as Array<{ loc: string; 'xhtml:link'?: Array<Record<string, string>> }>;
    for (const c of corpus.conclusions.filter((c) => c.translations.length > 1))
      for (const t of c.translations) {
        const entry = urls.find((u) => u.loc === `${site}/conclusions/${c.slug}/${t.lang}/`)!;
        expect(entry['xhtml:link']!.map((l) => [l['@hreflang'], l['@href']])).toEqual([
          ...c.translations.map((o) => [o.lang, `${site}/conclusions/${c.slug}/${o.lang}/`]),
          ['x-default', `${site}/conclusions/${c.slug}/`],
        ]);
      }
    expect(urls.find((u) => u.loc === `${site}/conclusions/179-kl-tw/nb/`)!['xhtml:link']).toBeUndefined();
  });

  it('the Atom feed has an entry per conclusion and translation, dated from the content, and is well-formed XML', () => {
    const text = readFileSync(join(distDir, 'feed.xml'), 'utf8');
    expect(spawnSync('xmllint', ['--noout', '-'], { input: text }).status).toBe(0);
    const feed = xml.parse(text).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = feed.entry as Array<{ id: string; updated: string }>;
    const expected = corpus.conclusions.flatMap((c) => [
      [`${site}/conclusions/${c.slug}/`, `${c.date}T00:00:00Z`],
      ...c.translations.map((t) => [`${site}/conclusions/${c.slug}/${t.lang}/`, `${t.source.retrieved ?? c.date}T00:00:00Z`]),
    ]);
    expect(entries.map((e) => [e.id, e.updated]).sort()).toEqual(expected.sort());
    expect(feed.updated).toBe(entries.map((e) => e.updated).sort().at(-1));
    expect(builtPage('/').querySelector('link[rel="alternate"][type="application/atom+xml"]')!.getAttribute('href')).toBe('/feed.xml');
  });
});
