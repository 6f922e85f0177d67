import { expect, type APIRequestContext } from "@playwright/test";

/** Builds review data through the public API, as a user of the given client would. */

export async function createArticle(api: APIRequestContext, input: { title: string; text: string }): Promise<string> {
  const response = await api.post("/api/articles", { data: { title: input.title, content: input.text, format: "text" } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { slug: string }).slug;
}

export async function createClaim(api: APIRequestContext, slug: string, text: string, quote: string, restatement: string): Promise<{ id: string; version: number }> {
  const document = (await (await api.get(`/api/articles/${slug}`)).json()) as { revision: { text: string } };
  const start = document.revision.text.indexOf(quote);
  expect(start, `"${quote}" in the article`).toBeGreaterThanOrEqual(0);
  const response = await api.post(`/api/articles/${slug}/claims`, { data: { start, end: start + quote.length, restatement } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; version: number };
}

export async function rateClaim(api: APIRequestContext, claimId: string, verdict: string, rationale = "") {
  const response = await putRatingAtCurrentVersion(api, claimId, { verdict, confidence: 4, rationale });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * A rating carries the claim version the user saw; this plays a user who reloads the claim when
 * told it changed: the first answer is a 409 naming the current version, the second is the save.
 */
export async function putRatingAtCurrentVersion(api: APIRequestContext, claimId: string, rating: Record<string, unknown>) {
  const first = await api.put(`/api/claims/${claimId}/rating`, { data: { version: 1, ...rating } });
  if (first.status() !== 409) return first;
  const { error } = (await first.json()) as { error: { details: { current: { version: number } } } };
  return api.put(`/api/claims/${claimId}/rating`, { data: { ...rating, version: error.details.current.version } });
}

export async function addEvidence(api: APIRequestContext, claimId: string, finding: string, source: { title: string; url?: string; doi?: string }) {
  const response = await api.post(`/api/claims/${claimId}/evidence`, {
    data: { finding, stance: "contradicts", studyDesign: "cohort", source: { authors: ["Tester T"], year: 2020, ...source } },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
}

/** Moves the article; a publication acknowledges whatever the test fixture leaves missing (the API refuses it otherwise). */
export async function setStatus(api: APIRequestContext, slug: string, status: string) {
  const response = await api.post(`/api/articles/${slug}/status`, { data: { status, ...(status === "published" ? { acknowledgeMissing: true } : {}) } });
  expect(response.status(), await response.text()).toBe(200);
}

export function stamp(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
