/**
 * The scaled corpora of the scale benchmark (scripts/bench-scale.ts): `content/` cloned `times` times into
 * a copy of the project. Clone k of a conclusion gets its own number (`179-KL/TW` → `209-KL/TW`, …), slug
 * and date (4 days later per clone, numbers rising with dates as they do, so that 200× spans about two
 * years and 1,000× about eleven: a few hundred conclusions a year, as the Politburo and Secretariat issue
 * them). The translations' text is the
 * real text, unchanged; only the frontmatter's `conclusion:` follows the clone.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** Days between clone k and clone k + 1 of a conclusion. */
const daysPerClone = 4;
/** Clone k of conclusion n is number n + k × step: the real numbers (179, 183, 202) differ mod 30, so clones never collide. */
const numberStep = 30;

/** One conclusion of `content/conclusions/`, as read for cloning. */
interface SourceConclusion {
  slug: string;
  number: string;
  date: string;
  answersDate: string;
  yaml: string;
  /** lang → MDX text. */
  translations: Map<string, string>;
}

const shiftDate = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function readSource(project: string): SourceConclusion[] {
  const dir = join(project, 'content/conclusions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const yaml = readFileSync(join(dir, file), 'utf8');
      const data = parse(yaml) as { slug: string; number: string; date: string; answers: { date: string } };
      const tdir = join(project, 'content/translations', data.slug);
      const translations = new Map(
        readdirSync(tdir)
          .filter((f) => f.endsWith('.mdx'))
          .sort()
          .map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(tdir, f), 'utf8')]),
      );
      return { slug: data.slug, number: data.number, date: String(data.date), answersDate: String(data.answers.date), yaml, translations };
    });
}

/** Replaces the value of a top-level (or `answers:`-level) YAML key, keeping the rest of the file as written. */
function setKey(yaml: string, key: string, value: string, indent = ''): string {
  const pattern = new RegExp(`^${indent}${key}:.*$`, 'm');
  if (!pattern.test(yaml)) throw new Error(`scale corpus: no "${indent}${key}:" line to rewrite`);
  return yaml.replace(pattern, `${indent}${key}: ${value}`);
}

/** Writes `content/` of `project` cloned `times` times into `target/content/` (which must not hold conclusions yet). */
export function writeScaledContent(project: string, target: string, times: number): { conclusions: number; translations: number } {
  const sources = readSource(project);
  mkdirSync(join(target, 'content/conclusions'), { recursive: true });
  cpSync(join(project, 'content/sources'), join(target, 'content/sources'), { recursive: true });
  cpSync(join(project, 'content/checks.yaml'), join(target, 'content/checks.yaml'));
  let translations = 0;
  for (let k = 0; k < times; k++)
    for (const source of sources) {
      const [digits, rest] = source.number.split(/-(.*)/s);
      const number = k === 0 ? source.number : `${Number(digits) + k * numberStep}-${rest}`;
      const slug = number.toLowerCase().replace(/\//g, '-').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
      let yaml = source.yaml;
      if (k > 0) {
        yaml = setKey(yaml, 'number', number);
        yaml = setKey(yaml, 'slug', slug);
        yaml = setKey(yaml, 'date', shiftDate(source.date, k * daysPerClone));
        yaml = setKey(yaml, 'date', shiftDate(source.answersDate, k * daysPerClone), '  ');
      }
      writeFileSync(join(target, 'content/conclusions', `${slug}.yaml`), yaml);
      const tdir = join(target, 'content/translations', slug);
      mkdirSync(tdir, { recursive: true });
      for (const [lang, text] of source.translations) {
        writeFileSync(join(tdir, `${lang}.mdx`), k === 0 ? text : setKey(text, 'conclusion', slug));
        translations++;
      }
    }
  return { conclusions: sources.length * times, translations };
}

/** Files and folders of the project that a build needs (node_modules is linked, not copied). */
const projectEntries = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/**
 * A temporary copy of `project` whose content is cloned `times` times, with node_modules linked.
 * Returns its path and the corpus size.
 */
export function scaledProject(project: string, times: number): { dir: string; conclusions: number; translations: number } {
  const dir = mkdtempSync(join(tmpdir(), `pc-scale-${times}x-`));
  for (const entry of projectEntries) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  symlinkSync(resolve(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, ...writeScaledContent(project, dir, times) };
}
