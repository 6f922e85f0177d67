import { expect } from "vitest";
import { callRoute, type Session } from "./route-server";

/** Fresh data for one probe: a draft article with two claims and one evidence item, made through the routes by its owner. */
export interface World {
  slug: string;
  articleId: string;
  claimId: string;
  claimVersion: number;
  otherClaimId: string;
  evidenceId: string;
  text: string;
}

export const WORLD_TEXT = "Coffee prevents all headaches in adults. Tea cures every cold within a single day. Water keeps everyone healthy forever.";

/** The world's evidence item as its owner added it (an edit sends it as its `base`). */
export const WORLD_EVIDENCE = { finding: "A trial found no effect.", stance: "contradicts", studyDesign: "randomized_trial" } as const;

/** The JSON answer of a request that must succeed (any 2xx). */
export async function okJson<T>(response: Response | Promise<Response>, what: string): Promise<T> {
  const answer = await response;
  const text = await answer.text();
  expect(answer.status, `${what}: ${answer.status} ${text.slice(0, 300)}`).toBeLessThan(300);
  return JSON.parse(text) as T;
}

export async function createWorld(owner: Session, label: string): Promise<World> {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const article = await okJson<{ slug: string; id: string }>(callRoute(owner, "POST", "/api/articles", { json: { title: `${label} ${stamp}`, content: WORLD_TEXT } }), "create article");
  const first = await okJson<{ id: string; version: number }>(callRoute(owner, "POST", `/api/articles/${article.slug}/claims`, { json: { start: 0, end: 39 } }), "create claim");
  const secondStart = WORLD_TEXT.indexOf("Tea");
  const second = await okJson<{ id: string }>(
    callRoute(owner, "POST", `/api/articles/${article.slug}/claims`, { json: { start: secondStart, end: WORLD_TEXT.indexOf(".", secondStart) } }),
    "create second claim",
  );
  const evidence = await okJson<{ id: string }>(
    callRoute(owner, "POST", `/api/claims/${first.id}/evidence`, {
      json: { ...WORLD_EVIDENCE, source: { title: `Trial ${stamp}` } },
    }),
    "add evidence",
  );
  return { slug: article.slug, articleId: article.id, claimId: first.id, claimVersion: first.version, otherClaimId: second.id, evidenceId: evidence.id, text: WORLD_TEXT };
}
