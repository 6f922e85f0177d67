export type FieldErrors = Record<string, string[]>;

export type SendResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; code: string; message: string; fieldErrors: FieldErrors; details: unknown };

/** A fresh key for one user action that creates something: repeats of that action (double click, retry) send the same key. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

/**
 * Sends JSON to one of the app's routes and returns the data or the error the route explained.
 * Creations pass an idempotency key, so the server makes the thing once however often it is sent.
 */
export async function sendJson<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown, options: { idempotencyKey?: string } = {}): Promise<SendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...(options.idempotencyKey ? { "Idempotency-Key": options.idempotencyKey } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "NETWORK", message: "Couldn't reach the server. Check your connection and try again; nothing was lost.", fieldErrors: {}, details: null };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: payload as T };
  const error = (payload as { error?: { code?: string; message?: string; details?: { fieldErrors?: FieldErrors } | null } } | null)?.error;
  return {
    ok: false,
    status: response.status,
    code: error?.code ?? "UNKNOWN",
    message: error?.message ?? `The server answered ${response.status}.`,
    fieldErrors: error?.details?.fieldErrors ?? {},
    details: error?.details ?? null,
  };
}
