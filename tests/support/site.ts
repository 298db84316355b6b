import { existsSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './dist-dir.ts';

/** The built page at a site path (`/conclusions/202-kl-tw/fa/`), parsed. */
export function builtPage(path: string): HTMLElement {
  const file = `${distDir}${path}${path.endsWith('/') ? 'index.html' : ''}`;
  if (!existsSync(file)) throw new Error(`${file} was not built`);
  return parse(readFileSync(file, 'utf8'));
}

/** Text of an element without the UI labels inside it (`[data-ui]`): what a reader sees as translation text. */
export function textWithoutUi(element: HTMLElement): string {
  const clone = parse(element.outerHTML);
  for (const ui of clone.querySelectorAll('[data-ui]')) ui.remove();
  return clone.textContent;
}
