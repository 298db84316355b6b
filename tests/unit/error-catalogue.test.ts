import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../src/lib/error-catalogue.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('error catalogue', () => {
  it('lists every error code that content validation can raise, once', () => {
    const files = ['src/lib/parse', 'src/lib/validate', 'src/lib/corpus', 'src/lib/export'].flatMap(sources);
    const raised = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/code: '([a-z0-9-]+)'|(?:this\.error|push)\(\s*'([a-z0-9]+-[a-z0-9-]+)'|zodIssuesToErrors\([^)]*'([a-z-]+-invalid)'/g)) raised.add(m[1] ?? m[2] ?? m[3]);
    }
    const listed = errorCatalogue.map((e) => e.code);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...raised].filter((code) => !listed.includes(code))).toEqual([]);
    expect(listed.filter((code) => !raised.has(code))).toEqual([]);
  });
});
