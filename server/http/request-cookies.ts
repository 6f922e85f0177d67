// No "server-only" marker: the unit tests drive it directly.

/**
 * The cookies a request carries, read from its Cookie header (`name=value; name2=value2`).
 * The first of two cookies with the same name wins, as in browsers' order (most specific path
 * first); a value that is not valid percent-encoding is kept as sent.
 */
export function requestCookies(request: Pick<Request, "headers">): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (request.headers.get("cookie") ?? "").split(";")) {
    const equals = pair.indexOf("=");
    if (equals <= 0) continue;
    const name = pair.slice(0, equals).trim();
    if (!name || cookies.has(name)) continue;
    let value = pair.slice(equals + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    cookies.set(name, safeDecode(value));
  }
  return cookies;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
