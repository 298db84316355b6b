/** Formats an ISO date (`2025-10-31`) as `31 October 2025`, the way the site cites dates. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${day} ${months[month - 1]} ${year}`;
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
