/**
 * PostgreSQL cannot store the NUL character (U+0000) in text, so a request carrying one would
 * fail inside the database (a 500) on PostgreSQL while SQLite took it. Bodies are checked
 * before any schema: the path of the first string (or key) holding one, or null.
 */
export function nulCharacterPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterPath(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000")) return [...path, key];
      const found = nulCharacterPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
