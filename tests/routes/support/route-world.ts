import { expect } from "vitest";
import { createReviewWorld, type World } from "../../support/review-world";
import { callRoute, type Session } from "./route-server";

export { WORLD_EVIDENCE, WORLD_TEXT, type World } from "../../support/review-world";

/** The JSON answer of a request that must succeed (any 2xx). */
export async function okJson<T>(response: Response | Promise<Response>, what: string): Promise<T> {
  const answer = await response;
  const text = await answer.text();
  expect(answer.status, `${what}: ${answer.status} ${text.slice(0, 300)}`).toBeLessThan(300);
  return JSON.parse(text) as T;
}

/** A fresh world (tests/support/review-world.ts) made by `owner` through the in-process route handlers. */
export function createWorld(owner: Session, label: string): Promise<World> {
  return createReviewWorld(<T>(path: string, body: unknown, what: string) => okJson<T>(callRoute(owner, "POST", path, { json: body }), what), label);
}
