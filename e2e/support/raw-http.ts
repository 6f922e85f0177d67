import http from "node:http";

/**
 * One HTTP request from a chosen local address (any 127.x.y.z reaches the server over
 * loopback): the server's sign-in limiter keys on the TCP peer, which a test can only vary
 * this way; X-Forwarded-For is ignored unless CLAIMCHECK_TRUSTED_PROXY_HOPS says otherwise.
 */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {}): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        headers: { Host: target.host, ...options.headers, ...(options.body !== undefined ? { "Content-Length": String(Buffer.byteLength(options.body)) } : {}) },
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

const cookiePairs = (headers: http.IncomingHttpHeaders) => (headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0] ?? "");

export interface SignInResult {
  status: number;
  /** next-auth's error (CredentialsSignin, or the limiter's message), null on success. */
  error: string | null;
  /** The session cookie ("name=value"), on success. */
  sessionCookie: string | null;
}

/** Signs in through next-auth's credentials callback from the given local address. */
export async function signInFrom(baseURL: string, localAddress: string, email: string, password: string, headers: Record<string, string> = {}): Promise<SignInResult> {
  const csrf = await rawRequest(`${baseURL}/api/auth/csrf`, { localAddress });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: "true" }).toString();
  const response = await rawRequest(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    localAddress,
    body,
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiePairs(csrf.headers).join("; ") },
  });
  const url = (JSON.parse(response.body || "{}") as { url?: string }).url ?? "http://x/";
  const sessionCookie = cookiePairs(response.headers).find((pair) => pair.startsWith("next-auth.session-token=")) ?? null;
  return { status: response.status, error: new URL(url).searchParams.get("error"), sessionCookie };
}

/** A loopback address no other test in this run uses (a per-run random part and a counter). */
const runPart = 1 + Math.floor(Math.random() * 200);
let counter = 0;
export function uniqueLoopbackAddress(): string {
  counter += 1;
  return `127.${runPart}.${Math.floor(counter / 250)}.${1 + (counter % 250)}`;
}
