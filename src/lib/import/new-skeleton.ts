import { stringify } from 'yaml';
import { findDates } from '../checks/dates.ts';
import type { Marker } from '../checks/markers.ts';
import { findDocumentCodes } from '../references/document-codes.ts';
import type { Clause, ClauseKind } from '../schemas/clause.ts';
import { cleanText } from '../seeds/strip-noise.ts';
import { foldDigits } from '../text/normalize.ts';
import type { Owner, Piece, Proposal } from './propose.ts';
import { splitUnits, type Unit } from './units.ts';

/**
 * A new conclusion from its first translation: the clause skeleton read from the text's own numbering and
 * paragraphs. `1.` opens item `1`; a further paragraph of it is `1.p2`; `(1)` is a sub-item of the item or
 * paragraph it follows (`4.1`, `3.p3.1`); `(i)` and `a)` are sub-items of the `(1)` they follow, or of the item
 * (`4.1.i`, `9.i`); `[1]` at the start of a line is a footnote of the clause that cites it (`8.fn1`); a text
 * without numbering has one item per paragraph (`p1`, `p2`, …). The line before the first item is the preamble;
 * what stands before it is the journalist's lead. Glosses are left as TODOs for the contributor.
 */

/** The text a contributor must replace; the build reports every value that starts with it. */
export const todo = 'TODO';

export interface NewConclusion {
  /** The YAML of `content/conclusions/<slug>.yaml`. */
  yaml: string;
  slug: string;
  skeleton: Clause[];
  /** The text placed on that skeleton, for the draft translation. */
  proposal: Proposal;
}

/** The slug of a conclusion number: `221-KL/TW` → `221-kl-tw`. */
export function slugOf(number: string): string {
  return number.toLowerCase().replace(/\//g, '-').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

interface Draft {
  id: string;
  kind: ClauseKind;
  marker?: string;
  parent?: string;
}

/** Proposes the skeleton of a new conclusion `number` from a raw text in `lang`. */
export function proposeNewConclusion(raw: string, lang: string, number: string): NewConclusion {
  const clean = cleanText(raw);
  const units = splitUnits(lang, clean.lines);
  const numbered = units.some((u) => u.startsLine && u.marker?.form === 'dot' && u.marker.numbering === 'arabic');
  const firstItem = numbered ? units.findIndex((u) => u.startsLine && u.marker?.form === 'dot') : -1;
  const preambleLine = preambleLineOf(units, firstItem, clean.lines.length);

  const drafts: Draft[] = [];
  const owners: Array<Owner | undefined> = [];
  const add = (draft: Draft) => {
    if (drafts.some((d) => d.id === draft.id)) draft.id = `${draft.id}x${drafts.length}`;
    drafts.push(draft);
    return draft.id;
  };
  let current: string | undefined;
  let item: string | undefined;
  let block: string | undefined; // the last item or paragraph: where (1) nests
  let sub: string | undefined; // the last (1): where (i) nests
  let paragraphs = 0;
  let unnumbered = 0;
  units.forEach((unit, index) => {
    const line = unit.line;
    if (line < preambleLine) return owners.push({ kind: 'editorial', editorial: 'lead' });
    if (line === preambleLine) {
      if (unit.startsLine && !unit.endsLine && /[:：]$/u.test(unit.text) && unit.text.length < 60 && index + 1 < units.length && units[index + 1].line === line)
        return owners.push({ kind: 'editorial', editorial: 'lead' });
      current ??= add({ id: 'preamble', kind: 'preamble' });
      return owners.push({ kind: 'clause', id: current });
    }
    const marker: Marker | undefined = unit.marker;
    if (unit.startsLine && !marker && isHeading(unit)) return owners.push({ kind: 'editorial', editorial: 'heading' });
    if (marker?.form === 'dot' && marker.numbering === 'arabic' && unit.startsLine) {
      item = block = current = add({ id: String(marker.value), kind: 'item', marker: `${marker.value}.` });
      sub = undefined;
      paragraphs = 1;
    } else if (marker?.form === 'bracket' && unit.startsLine) {
      const citing = drafts.findLast((d) => d.kind !== 'footnote' && textOf(d.id).includes(marker.written)) ?? drafts.at(-1);
      current = add({ id: `${citing?.id ?? 'p0'}.fn${marker.value}`, kind: 'footnote', marker: `[${marker.value}]`, parent: citing?.id });
    } else if (marker && marker.numbering === 'arabic' && marker.form !== 'dot') {
      const parent = block ?? item;
      sub = current = add({ id: parent ? `${parent}.${marker.value}` : `p${marker.value}`, kind: parent ? 'subitem' : 'item', marker: `(${marker.value})`, parent });
    } else if (marker && marker.form !== 'dot') {
      const parent = sub ?? block ?? item;
      const token = marker.written.replace(/[()（）\s]/gu, '').toLowerCase();
      current = add({ id: parent ? `${parent}.${token}` : `p${token}`, kind: parent ? 'subitem' : 'item', marker: marker.written, parent });
    } else if (unit.startsLine) {
      if (numbered && item) {
        block = current = add({ id: `${item}.p${++paragraphs}`, kind: 'paragraph', parent: item });
      } else {
        item = block = current = add({ id: `p${++unnumbered}`, kind: 'item' });
        paragraphs = 1;
      }
      sub = undefined;
    }
    if (!current) current = add({ id: 'preamble', kind: 'preamble' });
    owners.push({ kind: 'clause', id: current, parent: drafts.find((d) => d.id === current)?.kind === 'footnote' ? undefined : undefined });
  });

  function textOf(id: string): string {
    return units
      .filter((_, i) => { const o = owners[i]; return o?.kind === 'clause' && o.id === id; })
      .map((u) => u.text)
      .join(' ');
  }

  // The tree.
  const byId = new Map<string, Clause>();
  const roots: Clause[] = [];
  for (const d of drafts) {
    const clause: Clause = { id: d.id, kind: d.kind, ...(d.marker ? { marker: d.marker } : {}), gloss: `${todo}: a short English label for clause ${d.id}` };
    byId.set(d.id, clause);
    const parent = d.parent ? byId.get(d.parent) : undefined;
    if (parent) (parent.children ??= []).push(clause);
    else roots.push(clause);
  }

  // Pieces for the draft translation, in text order.
  const pieces: Piece[] = [];
  clean.lines.forEach((line, index) => {
    if (line.kind === 'caption') pieces.push({ line: index, start: 0, end: line.text.length, owner: { kind: 'editorial', editorial: 'caption' } });
    units.forEach((unit, i) => {
      if (unit.line !== index) return;
      const owner = owners[i]!;
      const last = pieces.at(-1);
      if (last && last.line === index && JSON.stringify(last.owner) === JSON.stringify(owner)) last.end = unit.end;
      else pieces.push({ line: index, start: unit.start, end: unit.end, owner });
    });
  });
  const slug = slugOf(number);
  const proposal: Proposal = { conclusion: slug, lang, clean, pieces, clauses: drafts.map((d) => ({ id: d.id, confidence: 1 })), gaps: [], ratios: new Map() };

  const preambleText = foldDigits(units.filter((u) => u.line === preambleLine).map((u) => u.text).join(' '));
  const dates = findDates(lang, preambleText).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.key));
  const report = findDocumentCodes(preambleText).find((c) => /-BC\//.test(c.key));
  const yaml = stringify(
    {
      number,
      slug,
      date: dates[0]?.key ?? `${todo}: the date of signature, YYYY-MM-DD`,
      issuedBy: [`${todo}: Politburo and/or Secretariat`],
      signatory: { name: `${todo}: who signed, in Vietnamese spelling`, role: `${todo}: in what capacity` },
      title: { vi: `${todo}: the Vietnamese title as issued`, en: `${todo}: our English working title` },
      answers: { number: report?.key ?? `${todo}: the report's number`, date: dates[1]?.key ?? `${todo}: the report's date, YYYY-MM-DD`, by: `${todo}: who reported` },
      clauses: roots,
    },
    { lineWidth: 0 },
  );
  const header = `# Conclusion ${number}: skeleton proposed by npm run import --new from its first translation.\n# Replace every TODO (the build lists them with their lines), and check the ids against the original.\n`;
  return { yaml: header + yaml, slug, skeleton: roots, proposal };
}

/** The line of the preamble: the last line before the first numbered item, or the first line ending with a colon near the top. */
function preambleLineOf(units: Unit[], firstItem: number, lineCount: number): number {
  if (firstItem > 0) return units[firstItem - 1].line;
  const lines = [...new Set(units.map((u) => u.line))];
  const colon = lines.slice(0, 4).find((line) => {
    const last = units.findLast((u) => u.line === line);
    return last && /[:：]$/u.test(last.text) && last.text.length > 60;
  });
  return colon ?? lines[0] ?? lineCount;
}

function isHeading(unit: Unit): boolean {
  return unit.endsLine && unit.text.length < 120 && !/[.。!?！？;；:：]$/u.test(unit.text);
}
