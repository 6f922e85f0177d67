import { API_ROUTES, apiPath, type ApiName } from "@/domain/schemas/api/routes";
import type { ApiBody, ApiConflict, ApiConflictContext, ApiOutput, ApiParams, ApiQuery, JsonApiName } from "@/domain/schemas/api/contract";

/**
 * The browser's one way to call the app's API: `callApi("updateClaim", { params: { id }, body })`.
 * Route names, path segments, bodies, queries and answers are typed by the API contract
 * (domain/schemas/api/), so a renamed field fails `npm run typecheck` here and in every caller.
 * Only the route table (names, methods, paths) is bundled: the schemas stay on the server.
 *
 * Every answer comes back as a result, never as an exception: the data of a 2xx, or the error
 * the route explained (status, code, message, the field issues of a 422, and for a 409 the
 * value stored now). A failed connection is status 0, code NETWORK (or ABORTED when the
 * caller's signal stopped it).
 */

export type FieldErrors = Record<string, string[]>;

export interface ApiFailure<K extends ApiName = ApiName> {
  ok: false;
  status: number;
  code: string;
  message: string;
  /** Per field path ("source.title"), what is wrong with it; "_" for the body as a whole. */
  fieldErrors: FieldErrors;
  /** The error's details as the route sent them. */
  details: unknown;
  /** For a 409: what is stored now (`details.current`), typed for the routes whose conflicts carry it. */
  current: ApiConflict<K> | null;
  /** For a 409 with `current`: the rest of its details, typed for the routes that send more. */
  conflictContext: ApiConflictContext<K> | null;
}

export type ApiResult<K extends ApiName> = { ok: true; status: number; data: ApiOutput<K> } | ApiFailure<K>;

type ParamsArg<K extends ApiName> = [keyof ApiParams<K>] extends [never] ? { params?: undefined } : { params: ApiParams<K> };
type BodyArg<K extends ApiName> = [ApiBody<K>] extends [undefined] ? { body?: undefined } : { body: ApiBody<K> };
type QueryArg<K extends ApiName> = [ApiQuery<K>] extends [undefined]
  ? { query?: undefined }
  : Record<string, never> extends ApiQuery<K>
    ? { query?: ApiQuery<K> }
    : { query: ApiQuery<K> };

/** What one call sends: the path segments, body and query its route takes, and how to send them. */
export type ApiCall<K extends ApiName> = ParamsArg<K> &
  BodyArg<K> &
  QueryArg<K> & {
    /** For creations: repeats of one user action send the same key, and the server makes the thing once. */
    idempotencyKey?: string;
    signal?: AbortSignal;
  };

type CallArgs<K extends ApiName> = Record<string, never> extends ApiCall<K> ? [call?: ApiCall<K>] : [call: ApiCall<K>];

/** A fresh key for one user action that creates something: repeats of that action (double click, retry) send the same key. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

export async function callApi<K extends JsonApiName>(name: K, ...[call]: CallArgs<K>): Promise<ApiResult<K>> {
  const route = API_ROUTES[name];
  const options = (call ?? {}) as { params?: Record<string, string>; body?: unknown; query?: Record<string, unknown>; idempotencyKey?: string; signal?: AbortSignal };
  const url = apiPath(route.path, options.params) + queryString(options.query);
  const result = await requestJson(route.method, url, options);
  if (!result.ok) {
    const current = conflictCurrent<K>(result);
    return { ...result, current, conflictContext: current ? (result.details as ApiConflictContext<K>) : null };
  }
  // The one place an answer gets its type: the route's answer is checked against the same
  // contract at compile time (`satisfies ApiReply<K>` in app/api).
  return { ok: true, status: result.status, data: result.data as ApiOutput<K> };
}

type RawResult = { ok: true; status: number; data: unknown } | Omit<ApiFailure, "current" | "conflictContext">;

/**
 * Sends one request and decodes the app's error format (`{ error: { code, message, details } }`).
 * callApi is built on it.
 */
async function requestJson(
  method: string,
  url: string,
  options: { body?: unknown; idempotencyKey?: string; signal?: AbortSignal } = {},
): Promise<RawResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...(options.idempotencyKey ? { "Idempotency-Key": options.idempotencyKey } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch {
    if (options.signal?.aborted) return { ok: false, status: 0, code: "ABORTED", message: "The request was cancelled.", fieldErrors: {}, details: null };
    return { ok: false, status: 0, code: "NETWORK", message: "Couldn't reach the server. Check your connection and try again; nothing was lost.", fieldErrors: {}, details: null };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: payload };
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : {};
  const details = isRecord(error.details) ? error.details : null;
  return {
    ok: false,
    status: response.status,
    code: typeof error.code === "string" ? error.code : "UNKNOWN",
    message: typeof error.message === "string" ? error.message : `The server answered ${response.status}.`,
    fieldErrors: details && isRecord(details.fieldErrors) ? (details.fieldErrors as FieldErrors) : {},
    details,
  };
}

function conflictCurrent<K extends ApiName>(failure: Omit<ApiFailure, "current" | "conflictContext">): ApiConflict<K> | null {
  if (failure.status !== 409 || !isRecord(failure.details) || !isRecord(failure.details.current)) return null;
  return failure.details.current as ApiConflict<K>;
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) search.append(key, String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
