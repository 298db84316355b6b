import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus.ts';
import { buildAtomFeed } from '../lib/export/atom.ts';

/** The Atom feed of conclusions and translations (/feed.xml). */
export const GET: APIRoute = async () =>
  new Response(buildAtomFeed(await getCorpus()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
