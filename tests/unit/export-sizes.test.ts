import { afterEach, describe, expect, it } from 'vitest';
import { exportSizes, exportsWrittenApart, shareWrittenExports } from '../../src/lib/export/export-sizes.ts';
import type { ExportFile } from '../../src/lib/export/render.ts';

const file = (path: string, body: string): ExportFile => ({ path, format: 'CSV', holds: 'test', body: () => body });
const files = [file('/exports/a.csv', 'ăâ,x\n'), file('/exports/b.csv', 'b\n')];
const key = Symbol.for('parallel-conclusions.written-exports');

describe('the sizes of the downloads on the /data/ page', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[key];
  });

  it('renders each body for its UTF-8 byte count when nothing writes the downloads apart (the dev server)', async () => {
    expect(exportsWrittenApart()).toBe(false);
    expect(await exportSizes(files)).toEqual(new Map([['/exports/a.csv', 7], ['/exports/b.csv', 2]]));
  });

  it('takes the sizes the build’s writer reports, without rendering a body', async () => {
    const unrendered = files.map((f) => ({ ...f, body: () => { throw new Error('rendered'); } }));
    shareWrittenExports(Promise.resolve(new Map([['/exports/a.csv', 7], ['/exports/b.csv', 2]])));
    expect(exportsWrittenApart()).toBe(true);
    expect((await exportSizes(unrendered)).get('/exports/b.csv')).toBe(2);
  });

  it('stops naming the file the page lists and the build did not write', async () => {
    shareWrittenExports(Promise.resolve(new Map([['/exports/a.csv', 7]])));
    await expect(exportSizes(files)).rejects.toThrow('the build wrote no /exports/b.csv, which the /data/ page lists');
  });
});
