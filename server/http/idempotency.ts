import "server-only";
import { NextResponse } from "next/server";
import { db } from "../db";
import type { Actor } from "../authz";
import { AppError } from "../errors";
import { isUniqueViolation } from "../unique-violation";

/** How long a key is remembered: long enough for double clicks, retries and flaky networks. */
export const IDEMPOTENCY_TTL_MS = 10 * 60 * 1000;
const KEY = /^[A-Za-z0-9_.:-]{8,100}$/;
const WAIT_FOR_FIRST_MS = 10_000;

export interface CreatedResponse {
  status: number;
  body: unknown;
}

/**
 * Runs a creation once per `Idempotency-Key` (per user): a repeat of the same request with the
 * same key, even one arriving while the first still runs, gets the first one's answer instead of
 * creating a second row. Keys live in the database so every app instance shares them. Without
 * the header the request simply runs. A failed first run forgets the key, so a retry runs again.
 */
export async function idempotent(request: Request, actor: Actor | null, create: () => Promise<CreatedResponse>): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  if (key === null || !actor) return respond(await create(), false);
  if (!KEY.test(key)) throw new AppError("INVALID_INPUT", "The Idempotency-Key header must be 8 to 100 letters, digits or - _ . : characters.");
  const what = `${request.method} ${new URL(request.url).pathname}`;
  await db.idempotentRequest.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - IDEMPOTENCY_TTL_MS) } } });
  try {
    await db.idempotentRequest.create({ data: { actorId: actor.id, key, request: what } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return respond(await answerOfFirst(actor.id, key, what), true);
  }
  let created: CreatedResponse;
  try {
    created = await create();
  } catch (error) {
    await db.idempotentRequest.deleteMany({ where: { actorId: actor.id, key } });
    throw error;
  }
  await db.idempotentRequest.update({ where: { actorId_key: { actorId: actor.id, key } }, data: { status: created.status, responseJson: JSON.stringify(created.body) } });
  return respond(created, false);
}

async function answerOfFirst(actorId: string, key: string, what: string): Promise<CreatedResponse> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const first = await db.idempotentRequest.findUnique({ where: { actorId_key: { actorId, key } } });
    if (!first) throw new AppError("CONFLICT", "The first request with this Idempotency-Key failed; send the request again with a new key.");
    if (first.request !== what) throw new AppError("INVALID_INPUT", `This Idempotency-Key was already used for ${first.request}; use a new key for each action.`);
    if (first.status !== null) return { status: first.status, body: JSON.parse(first.responseJson ?? "null") };
    if (Date.now() > deadline) throw new AppError("CONFLICT", "The same request is still running; wait a moment and look before trying again.");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function respond(created: CreatedResponse, replayed: boolean): Response {
  return NextResponse.json(created.body, { status: created.status, headers: { "Cache-Control": "no-store", ...(replayed ? { "Idempotent-Replayed": "true" } : {}) } });
}
