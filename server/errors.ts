import "server-only";

export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID_INPUT" | "INVALID_QUERY" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "CANCELLED";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 422,
  /** A query string that is not valid (GET requests): 400, with the reason. */
  INVALID_QUERY: 400,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  /** The client went away (cancelled) before anything was written: nginx's "client closed request". */
  CANCELLED: 499,
};

/** An expected error: its message is written for the user and reaches them as it is. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;

  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}
