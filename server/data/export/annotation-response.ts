import "server-only";
import { createHash } from "node:crypto";
import { READ_ONLY_ALLOW } from "@/domain/export/annotation-protocol";

/**
 * A Web Annotation Protocol response: a strong ETag over the exact bytes, 304 when the client
 * already holds them, and the headers every protocol resource carries.
 */
export function annotationResponse(request: Request, payload: unknown, headers: { contentType: string; link: string; preferenceApplied?: boolean }): Response {
  const body = `${JSON.stringify(payload, null, 2)}\n`;
  const etag = `"${createHash("sha256").update(headers.contentType).update("\n").update(body).digest("base64url").slice(0, 32)}"`;
  const common: Record<string, string> = {
    ETag: etag,
    Link: headers.link,
    Allow: READ_ONLY_ALLOW,
    Vary: "Accept, Prefer",
    "Cache-Control": "public, max-age=0, must-revalidate",
    ...(headers.preferenceApplied ? { "Preference-Applied": "return=representation" } : {}),
  };
  if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(request.method === "HEAD" ? null : body, {
    headers: { ...common, "Content-Type": headers.contentType, "Content-Length": String(Buffer.byteLength(body)) },
  });
}

export function notAcceptableResponse(): Response {
  return Response.json(
    {
      error: {
        code: "NOT_ACCEPTABLE",
        message: 'Annotations are served as application/ld+json; profile="http://www.w3.org/ns/anno.jsonld" (or application/json).',
        details: null,
      },
    },
    { status: 406, headers: { Vary: "Accept, Prefer", Allow: READ_ONLY_ALLOW } },
  );
}

export function optionsResponse(link: string): Response {
  return new Response(null, { status: 204, headers: { Allow: READ_ONLY_ALLOW, Link: link, Vary: "Accept, Prefer" } });
}

function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
