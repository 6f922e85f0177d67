import { expect } from "vitest";
import { callRoute, type Session } from "./route-server";

/** Builds review data through the route handlers, as a user with this session would (the in-process twin of e2e/export/review-api.ts). */

export async function createArticle(session: Session, input: { title: string; text: string }): Promise<string> {
  const response = await callRoute(session, "POST", "/api/articles", { json: { title: input.title, content: input.text, format: "text" } });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { slug: string }).slug;
}

export async function createClaim(session: Session, slug: string, quote: string, restatement: string): Promise<{ id: string; version: number }> {
  const document = (await (await callRoute(session, "GET", `/api/articles/${slug}`)).json()) as { revision: { text: string } };
  const start = document.revision.text.indexOf(quote);
  expect(start, `"${quote}" in the article`).toBeGreaterThanOrEqual(0);
  const response = await callRoute(session, "POST", `/api/articles/${slug}/claims`, { json: { start, end: start + quote.length, restatement } });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; version: number };
}

/** A rating carries the claim version the user saw; this plays a user who reloads the claim when told it changed (409 with the current version). */
export async function rateClaim(session: Session, claimId: string, verdict: string, rationale = ""): Promise<void> {
  const rating = { verdict, confidence: 4, rationale };
  let response = await callRoute(session, "PUT", `/api/claims/${claimId}/rating`, { json: { version: 1, ...rating } });
  if (response.status === 409) {
    const { error } = (await response.json()) as { error: { details: { current: { version: number } } } };
    response = await callRoute(session, "PUT", `/api/claims/${claimId}/rating`, { json: { ...rating, version: error.details.current.version } });
  }
  expect(response.status, await response.clone().text()).toBe(200);
}

export async function addEvidence(session: Session, claimId: string, finding: string, source: { title: string; url?: string; doi?: string }): Promise<void> {
  const response = await callRoute(session, "POST", `/api/claims/${claimId}/evidence`, {
    json: { finding, stance: "contradicts", studyDesign: "cohort", source: { authors: ["Tester T"], year: 2020, ...source } },
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
}

/** Moves the article; a publication acknowledges whatever the fixture leaves missing (the API refuses it otherwise). */
export async function setStatus(session: Session, slug: string, status: string): Promise<void> {
  const response = await callRoute(session, "POST", `/api/articles/${slug}/status`, { json: { status, ...(status === "published" ? { acknowledgeMissing: true } : {}) } });
  expect(response.status, await response.clone().text()).toBe(200);
}

export function stamp(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
