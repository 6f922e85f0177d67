import type { APIRequestContext } from "@playwright/test";
import { createReviewWorld, type World } from "../../tests/support/review-world";

export { WORLD_EVIDENCE, WORLD_TEXT, type World } from "../../tests/support/review-world";

export const json = (data: unknown) => ({ data, headers: { "Content-Type": "application/json" } });

/** A fresh world (tests/support/review-world.ts) made by `owner` through the running server's API. */
export function createWorld(owner: APIRequestContext, label: string): Promise<World> {
  return createReviewWorld(async <T>(path: string, body: unknown, what: string) => {
    const response = await owner.post(path, json(body));
    if (response.status() >= 300) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }, label);
}
