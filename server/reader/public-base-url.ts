import "server-only";

/** The public origin ClaimReview and overlay URLs point to: the same for everyone, so not the request's host. */
export function publicBaseUrl(): string {
  return (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}
