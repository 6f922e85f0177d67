/**
 * Fresh data for one probe: a draft article with two claims and one evidence item, made through
 * the API by its owner. Shared by the in-process route tests (tests/routes) and the end-to-end
 * security specs (e2e/security), each passing its own way of sending a JSON request.
 */
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

/** POSTs `body` as JSON to `path` as the world's owner and returns the parsed 2xx answer (or throws/fails, naming `what`). */
export type PostJson = <T>(path: string, body: unknown, what: string) => Promise<T>;

export async function createReviewWorld(postJson: PostJson, label: string): Promise<World> {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const article = await postJson<{ slug: string; id: string }>("/api/articles", { title: `${label} ${stamp}`, content: WORLD_TEXT }, "create article");
  const first = await postJson<{ id: string; version: number }>(`/api/articles/${article.slug}/claims`, { start: 0, end: 39 }, "create claim");
  const secondStart = WORLD_TEXT.indexOf("Tea");
  const second = await postJson<{ id: string }>(`/api/articles/${article.slug}/claims`, { start: secondStart, end: WORLD_TEXT.indexOf(".", secondStart) }, "create second claim");
  const evidence = await postJson<{ id: string }>(`/api/claims/${first.id}/evidence`, { ...WORLD_EVIDENCE, source: { title: `Trial ${stamp}` } }, "add evidence");
  return { slug: article.slug, articleId: article.id, claimId: first.id, claimVersion: first.version, otherClaimId: second.id, evidenceId: evidence.id, text: WORLD_TEXT };
}
