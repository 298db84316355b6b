/**
 * Budgets of the comparison views, measured on the built site (PC_OUT_DIR or dist/):
 * - JavaScript a comparison page loads before search is opened: every inline script, every module script
 *   (`<script src>`, `<link rel="modulepreload">`) and what those import statically, gzip; budget 20 KB for
 *   202-KL/TW. Dynamic `import()` (Pagefind, loaded when search is used) is not counted.
 * - HTML against the text it shows: gzip bytes of the page over gzip bytes of its clause and editorial text
 *   (what a reader reads, without UI labels); budget 2×.
 *
 * Usage: `npm run build`, then `node_modules/.bin/node scripts/bench-comparison.ts` (exit code 1 over budget).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const dist = resolve(process.env.PC_OUT_DIR ?? 'dist');
const jsBudget = 20 * 1024;
const htmlBudget = 2;
const gz = (data: string | Buffer) => gzipSync(data).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The static imports of a module, resolved against the site root. */
function staticImports(code: string, from: string): string[] {
  const specifiers = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
  return specifiers.filter((s) => s.startsWith('/') || s.startsWith('.')).map((s) => new URL(s, `http://site${from}`).pathname);
}

/** Every script a page loads before search is opened: [name, bytes, gzip bytes]. */
function scriptsOf(html: string): Array<[string, number, number]> {
  const page = parse(html);
  const out: Array<[string, number, number]> = [];
  const queue: string[] = [];
  page.querySelectorAll('script').forEach((script, i) => {
    const src = script.getAttribute('src');
    if (src) queue.push(src);
    else if (script.getAttribute('type') !== 'application/ld+json') {
      out.push([`inline #${i + 1}`, Buffer.byteLength(script.rawText), gz(script.rawText)]);
      queue.push(...staticImports(script.rawText, '/'));
    }
  });
  for (const link of page.querySelectorAll('link[rel="modulepreload"]')) queue.push(link.getAttribute('href')!);
  const seen = new Set<string>();
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(dist, path));
    out.push([path, code.length, gz(code)]);
    queue.push(...staticImports(code.toString('utf8'), path));
  }
  return out;
}

/** The text a reader reads on the page: clause and editorial text, without UI labels. */
function shownText(html: string): string {
  const page = parse(html);
  for (const ui of page.querySelectorAll('[data-ui]')) ui.remove();
  return page.querySelectorAll('[data-clause], [data-editorial]').map((el) => el.textContent).join('\n');
}

let over = false;
for (const slug of ['202-kl-tw', '183-kl-tw', '179-kl-tw']) {
  const file = join(dist, 'conclusions', slug, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build).`);
  const html = readFileSync(file, 'utf8');
  const scripts = scriptsOf(html);
  const js = scripts.reduce((sum, [, , g]) => sum + g, 0);
  const text = shownText(html);
  const ratio = gz(html) / gz(text);
  const judge = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');
  console.log(`/conclusions/${slug}/`);
  for (const [name, raw, g] of scripts) console.log(`  script ${name}: ${kb(raw)}, ${kb(g)} gzip`);
  console.log(`  JavaScript before search: ${kb(js)} gzip (budget ${kb(jsBudget)}) ${judge(js <= jsBudget)}`);
  console.log(`  HTML: ${kb(Buffer.byteLength(html))}, ${kb(gz(html))} gzip; text shown: ${kb(Buffer.byteLength(text))}, ${kb(gz(text))} gzip`);
  console.log(`  HTML / text (gzip): ${ratio.toFixed(2)}× (budget ${htmlBudget}×) ${judge(ratio <= htmlBudget)}`);
  if (slug === '202-kl-tw') over ||= js > jsBudget || ratio > htmlBudget;
}
if (over) process.exitCode = 1;
