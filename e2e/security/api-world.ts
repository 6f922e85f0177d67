import type { APIRequestContext } from "@playwright/test";

/** Fresh data for one permission probe: a draft article with two claims and one evidence item. */
export interface World {
  slug: string;
  articleId: string;
  claimId: string;
  claimVersion: number;
  otherClaimId: string;
  evidenceId: string;
  text: string;
}

export const json = (data: unknown) => ({ data, headers: { "Content-Type": "application/json" } });

export const WORLD_TEXT = "Coffee prevents all headaches in adults. Tea cures every cold within a single day. Water keeps everyone healthy forever.";

async function ok<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, what: string): Promise<T> {
  if (response.status() >= 300) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The world's evidence item as its owner added it (an edit sends it as its `base`). */
export const WORLD_EVIDENCE = { finding: "A trial found no effect.", stance: "contradicts", studyDesign: "randomized_trial" } as const;

export async function createWorld(owner: APIRequestContext, label: string): Promise<World> {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const article = await ok<{ slug: string; id: string }>(await owner.post("/api/articles", json({ title: `${label} ${stamp}`, content: WORLD_TEXT })), "create article");
  const first = await ok<{ id: string; version: number }>(await owner.post(`/api/articles/${article.slug}/claims`, json({ start: 0, end: 39 })), "create claim");
  const secondStart = WORLD_TEXT.indexOf("Tea");
  const second = await ok<{ id: string }>(
    await owner.post(`/api/articles/${article.slug}/claims`, json({ start: secondStart, end: WORLD_TEXT.indexOf(".", secondStart) })),
    "create second claim",
  );
  const evidence = await ok<{ id: string }>(
    await owner.post(`/api/claims/${first.id}/evidence`, json({ ...WORLD_EVIDENCE, source: { title: `Trial ${stamp}` } })),
    "add evidence",
  );
  return { slug: article.slug, articleId: article.id, claimId: first.id, claimVersion: first.version, otherClaimId: second.id, evidenceId: evidence.id, text: WORLD_TEXT };
}
