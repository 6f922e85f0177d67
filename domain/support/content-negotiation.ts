/**
 * The two HTTP negotiations a server that sends pre-compressed bytes needs: which encoding a
 * client accepts (Accept-Encoding, with q-values) and whether an If-None-Match header names
 * one of a response's ETags.
 */
export type ContentEncoding = "br" | "gzip" | "identity";

/** The best of br, gzip and identity the header accepts (br first: smaller); identity when none is named. */
export function preferredContentEncoding(acceptEncoding: string | null | undefined): ContentEncoding {
  if (!acceptEncoding) return "identity";
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    const value = q === undefined ? 1 : Number(q.slice(2));
    quality.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (quality.get(name) ?? quality.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip") || (quality.get("x-gzip") ?? 0) > 0) return "gzip";
  return "identity";
}

/** True when If-None-Match is `*` or lists one of the ETags (weak comparison, as RFC 9110 asks for If-None-Match). */
export function ifNoneMatchIncludes(ifNoneMatch: string | null | undefined, etags: readonly string[]): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = new Set(etags.map(opaque));
  return ifNoneMatch.split(",").some((tag) => wanted.has(opaque(tag)));
}
