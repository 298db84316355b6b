/**
 * The element id a URL fragment names (`#c-4.1.ii` → `c-4.1.ii`, percent-escapes decoded). A malformed
 * escape (`#c-%E0%A4%A`) is taken as written instead of throwing `URIError: URI malformed`.
 */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
