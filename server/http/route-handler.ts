import "server-only";
import { NextResponse } from "next/server";
import { z, ZodError } from "zod";
import { AppError } from "../errors";
import { nulCharacterPath } from "./nul-character-path";
import { appOrigin } from "../security/app-origin";
import { getRequestActor } from "../session";
import { assertSameOrigin, CrossSiteRequestError } from "./same-origin";
import type { Actor } from "../authz";

/** Request bodies above this are refused before they are parsed. */
export const MAX_JSON_BODY_BYTES = 6 * 1024 * 1024;

export interface RouteContext<P> {
  request: Request;
  actor: Actor | null;
  params: P;
}

type Handler<P> = (context: RouteContext<P>) => Promise<Response | unknown>;

/**
 * The one wrapper every route handler goes through: resolves the acting user, refuses
 * cross-site state changes, turns expected errors into 4xx JSON with the reason, and hides
 * unexpected ones behind a generic 500.
 */
export function routeHandler<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      const changesState = !["GET", "HEAD", "OPTIONS"].includes(request.method);
      if (changesState) refuseCrossSite(request);
      const actor = await getRequestActor(request);
      // Only signed-in users are ever authorized to change anything (server/authz.ts): say so
      // before reading a byte of the body.
      if (changesState && !actor) throw new AppError("UNAUTHENTICATED", "Sign in to make changes.");
      const result = await handler({ request, actor, params: await segment.params });
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true }, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details ?? null } }, { status: error.status });
  }
  if (error instanceof ZodError) {
    return NextResponse.json(
      { error: { code: "INVALID_INPUT", message: "Some fields are not valid.", details: { fieldErrors: fieldErrors(error) } } },
      { status: 422 },
    );
  }
  console.error(error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong on our side. Nothing was saved." } }, { status: 500 });
}

export function fieldErrors(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Reads and validates a JSON body; malformed JSON, a wrong content type or an oversized body is a 4xx. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_JSON_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `The request body is over ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) {
    throw new AppError("INVALID_INPUT", "Send the request body as JSON (Content-Type: application/json).");
  }
  const text = await readBodyText(request, MAX_JSON_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
  const nul = text.includes("\\u0000") ? nulCharacterPath(body) : null;
  if (nul) {
    const message = "Text cannot contain the NUL character (U+0000).";
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { [nul.join(".") || "_"]: [message] } });
  }
  return schema.parse(body);
}

/**
 * Reads the body, stopping as soon as it passes the limit (a body sent without a
 * Content-Length, or with a false one, is not read to its end).
 */
async function readBodyText(request: Request, limit: number): Promise<string> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The request body is over ${limit / 1024 / 1024} MB.`);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function refuseCrossSite(request: Request): void {
  try {
    assertSameOrigin(request, appOrigin());
  } catch (error) {
    if (error instanceof CrossSiteRequestError) throw new AppError("FORBIDDEN", error.message);
    throw error;
  }
}
