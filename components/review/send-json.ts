import { requestJson, type ApiFailure, type FieldErrors } from "@/components/api/api-client";

/**
 * The untyped way three review components still call the API, on the typed client's transport
 * (components/api/api-client.ts): save-claim-field.ts (one generic saver for several claim routes),
 * and the evidence form and editor, which send an unchosen stance or design as "" on purpose so the
 * server names what is missing (the contract's body type does not allow ""). Everything else uses
 * `callApi`.
 */

export type { FieldErrors };
export { newIdempotencyKey } from "@/components/api/api-client";

export type SendResult<T> = { ok: true; data: T } | Omit<ApiFailure, "current">;

/**
 * Sends JSON to one of the app's routes and returns the data or the error the route explained.
 * Creations pass an idempotency key, so the server makes the thing once however often it is sent.
 * With a signal, aborting it cancels the request: the result is then code "ABORTED".
 */
export async function sendJson<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown, options: { idempotencyKey?: string; signal?: AbortSignal } = {}): Promise<SendResult<T>> {
  const result = await requestJson(method, url, { body, idempotencyKey: options.idempotencyKey, signal: options.signal });
  return result.ok ? { ok: true, data: result.data as T } : result;
}
