/**
 * Starts production app instances (`npm start`'s script) on one database, and signs users in
 * through next-auth's credentials endpoint, keeping the session cookie for later requests.
 * Shared by the two-instance test and the load benchmark.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");

export interface AppInstance {
  port: number;
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startAppInstance(options: {
  port: number;
  databaseUrl: string;
  distDir: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<AppInstance> {
  const baseUrl = `http://localhost:${options.port}`;
  let output = "";
  const child = spawn("npx", ["tsx", "scripts/start.ts"], {
    cwd: root,
    // A process group of its own, so stop() ends npx, tsx and next together.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      NEXT_DIST_DIR: options.distDir,
      NEXTAUTH_SECRET: "multi-instance-test-secret-shared-by-every-instance",
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 240_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The instance on port ${options.port} exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return { port: options.port, baseUrl, process: child, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  await stop();
  throw new Error(`The instance on port ${options.port} did not answer within the time limit:\n${output}`);
}

/** The cookie header of a signed-in session, valid on every instance sharing NEXTAUTH_SECRET. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = cookiePairs(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl, json: "true" }),
  });
  const session = cookiePairs(response)
    .split("; ")
    .filter((pair) => pair.includes("session-token"))
    .join("; ");
  if (!session) throw new Error(`Signing in ${email} at ${baseUrl} gave no session cookie (HTTP ${response.status})`);
  return session;
}

function cookiePairs(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** JSON request with a session cookie; returns the status and parsed body. */
export async function sendJson(baseUrl: string, cookie: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed };
}
