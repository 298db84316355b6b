import { readMarker, type Marker } from '../checks/markers.ts';
import type { CleanLine } from '../seeds/strip-noise.ts';
import { splitSentences } from '../text/sentences.ts';

/**
 * The pieces of a cleaned text that the aligner places: sentences (found with `Intl.Segmenter`, abbreviations
 * protected), further split before an inline enumeration marker (`…sarcini: (1) Conducerea… ramurilor: (i) …`)
 * and after a short lead-in ending with a colon at the start of a line (`The conclusion reads: …`). A unit is a
 * verbatim slice of one kept line.
 */
export interface Unit {
  /** Index of the line in the cleaned text's `lines`. */
  line: number;
  /** `[start, end)` in the line's text. */
  start: number;
  end: number;
  text: string;
  /** The unit opens its line (a paragraph of the text). */
  startsLine: boolean;
  /** The unit closes its line. */
  endsLine: boolean;
  /** The enumeration marker the unit opens with, if any. */
  marker?: Marker;
}

/** Offsets before which an inline marker opens a new item: after `:`, `;` or a full stop and a space. */
const inlineMarker = /(?<=[:;：；.。]\s*)(?=[(（]\s*(?:\p{Nd}{1,3}|[ivxlc]{1,6}|[a-z])\s*[)）]\s*\S|\d{1,3}\.\s|[a-z]\)\s)/giu;
/** A short lead-in at the start of a line: a few words and a colon, then the text goes on. */
const leadIn = /^[^:：]{3,60}[:：]\s+(?=\S)/u;

/** Splits the text lines of a cleaned text into units (captions are not units: they are editorial already). */
export function splitUnits(lang: string, lines: readonly CleanLine[]): Unit[] {
  const units: Unit[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'text') return;
    const cuts = new Set<number>([0, line.text.length]);
    const markers: Array<[number, number]> = [];
    for (const m of line.text.matchAll(inlineMarker)) {
      const marker = markerAt(line.text.slice(m.index));
      if (!marker) continue;
      cuts.add(m.index);
      markers.push([m.index, m.index + marker.written.length]);
    }
    // A sentence boundary the segmenter puts inside a marker (`。（ | ii）`) is not one.
    for (const s of splitSentences(lang, line.text)) if (!markers.some(([a, b]) => s.start > a && s.start <= b)) cuts.add(s.start);
    const lead = leadIn.exec(line.text);
    if (lead && !markerAt(line.text) && lead[0].split(/\s+/u).length <= 9) cuts.add(lead[0].length);
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const piece = line.text.slice(sorted[i], sorted[i + 1]);
      const start = sorted[i] + (piece.length - piece.trimStart().length);
      const end = sorted[i] + piece.trimEnd().length;
      if (end <= start) continue;
      const text = line.text.slice(start, end);
      units.push({ line: index, start, end, text, startsLine: start === 0, endsLine: end === line.text.length, marker: markerAt(text) });
    }
  });
  return units;
}

/** The marker at the start of a text; the language layer reads full-width and other brackets (`（1）`, `〔1〕`). */
export function markerAt(text: string): Marker | undefined {
  return readMarker(text);
}
