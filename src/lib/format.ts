const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an ISO date (`2025-10-31`) as CLDR writes it in `lang`, in the Gregorian calendar: `31 October 2025`
 * (the site's English, `en-GB`), `2025年10月31日`, `31 октября 2025 г.`, `۳۱ اکتبر ۲۰۲۵`.
 */
export function formatDate(iso: string, lang = 'en-GB'): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  const [year, month, day] = iso.split('-').map(Number);
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** A list joined as CLDR joins it in `lang`: `Russian, Romanian and Persian` (the site's English, `en-GB`), `俄语、罗马尼亚语和波斯语` (`zh`). */
export function formatList(items: readonly string[], lang = 'en-GB', type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
}

/** The anchor id of a clause's element: `c-4.1.ii`. Stable: citations link to it. */
export function clauseAnchor(clause: string): string {
  return `c-${clause}`;
}

/** URL of a conclusion's comparison view, optionally at a clause. */
export function comparisonUrl(slug: string, clause?: string): string {
  return `/conclusions/${slug}/${clause ? `#${clauseAnchor(clause)}` : ''}`;
}

/** URL of one translation's reading view, optionally at a clause. */
export function readingUrl(slug: string, lang: string, clause?: string): string {
  return `/conclusions/${slug}/${lang}/${clause ? `#${clauseAnchor(clause)}` : ''}`;
}

/** English labels of editorial material. */
export const editorialLabels: Record<string, string> = {
  heading: 'Publisher’s heading',
  caption: 'Photo caption',
  lead: 'Publisher’s lead',
  note: 'Publisher’s note',
};

/** The anchor id of a clause's first finding in the alignment report: `f-4.1.ii`. */
export function findingAnchor(clause: string): string {
  return `f-${clause}`;
}

/** URL of a conclusion's alignment report, optionally at a clause's findings. */
export function alignmentUrl(slug: string, clause?: string): string {
  return `/conclusions/${slug}/alignment/${clause ? `#${findingAnchor(clause)}` : ''}`;
}
