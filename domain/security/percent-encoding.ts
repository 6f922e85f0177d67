/**
 * Whether a URL path holds percent-encoding that cannot be decoded as UTF-8 (`%ff`, `%e2%82`,
 * a lone `%`, `%zz`, an encoded surrogate): such a path names no page, and decoding it throws.
 */
export function hasMalformedPercentEncoding(path: string): boolean {
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
