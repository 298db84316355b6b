/**
 * The scale benchmark's baseline: a bare Astro site with one MDX page per translation (the translation's
 * own MDX, with trivial Clause/Editorial/FootnoteRef components and a layout that sets `<html lang dir>`),
 * indexed by the Pagefind CLI. What any Astro + Pagefind site of this corpus costs, for comparison.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const layout = `---
const { frontmatter } = Astro.props;
const locale = new Intl.Locale(frontmatter.lang);
const dir = (locale.getTextInfo?.() ?? locale.textInfo)?.direction ?? 'ltr';
---
<html lang={frontmatter.lang} dir={dir}>
  <head><meta charset="utf-8" /><title>{frontmatter.conclusion} ({frontmatter.lang})</title></head>
  <body><main data-pagefind-body><slot /></main></body>
</html>
`;

const components: Record<string, string> = {
  'clause.astro': '<span data-clause={Astro.props.id}><slot /></span>\n',
  'editorial.astro': '<span data-editorial={Astro.props.kind}><slot /></span>\n',
  'footnote-ref.astro': '<sup><a href={`#c-${Astro.props.to}`}><slot /></a></sup>\n',
};

const imports = [
  "import Clause from '../../../components/clause.astro';",
  "import Editorial from '../../../components/editorial.astro';",
  "import FootnoteRef from '../../../components/footnote-ref.astro';",
].join('\n');

/** A temporary bare site for the translations under `content/translations/` of `project`; node_modules linked from `modules`. */
export function bareSite(project: string, modules: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-bare-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n");
  symlinkSync(resolve(modules), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  writeFileSync(join(dir, 'src/layouts/page.astro'), layout);
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  for (const [name, text] of Object.entries(components)) writeFileSync(join(dir, 'src/components', name), text);
  const translations = join(project, 'content/translations');
  for (const slug of readdirSync(translations)) {
    const pages = join(dir, 'src/pages/conclusions', slug);
    mkdirSync(pages, { recursive: true });
    for (const file of readdirSync(join(translations, slug)).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(translations, slug, file), 'utf8');
      const end = text.indexOf('\n---', 4);
      const page = `${text.slice(0, end)}\nlayout: ../../../layouts/page.astro${text.slice(end, end + 5)}\n${imports}\n${text.slice(end + 5)}`;
      writeFileSync(join(pages, file), page);
    }
  }
  return dir;
}
