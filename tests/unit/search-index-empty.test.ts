import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../scripts/search-index.ts';

describe('the search index of an empty corpus', () => {
  const site = mkdtempSync(join(tmpdir(), 'pc-empty-search-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('is still a Pagefind bundle the search page can load', async () => {
    await writeSearchIndex([], site);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'bundles.json'), 'utf8'))).toEqual({ langs: [], stemShards: expect.any(Number), grouped: false, letters: {} });
  }, 60_000);
});
