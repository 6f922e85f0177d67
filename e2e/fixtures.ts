import { test as base, expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { Role } from "../domain/ratings/scale";
import { storageStatePath } from "./support/accounts";

interface Fixtures {
  /** A page signed in as the demo account of a role (saved login state from auth.setup.ts). */
  pageAs: (role: Role) => Promise<Page>;
  /** An API client carrying the demo account's session cookie, or none for "anonymous". */
  apiAs: (role: Role | "anonymous") => Promise<APIRequestContext>;
}

async function openContext(browser: Browser, role: Role) {
  return browser.newContext({ storageState: storageStatePath(role) });
}

export const test = base.extend<Fixtures>({
  pageAs: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof openContext>>[] = [];
    await use(async (role) => {
      const context = await openContext(browser, role);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
  apiAs: async ({ playwright, baseURL }, use) => {
    const clients: APIRequestContext[] = [];
    await use(async (role) => {
      const client = await playwright.request.newContext({
        baseURL,
        ...(role === "anonymous" ? {} : { storageState: storageStatePath(role) }),
      });
      clients.push(client);
      return client;
    });
    await Promise.all(clients.map((c) => c.dispose()));
  },
});

export { expect };

/** WCAG 2.1 A and AA rules only; returns the violations so the test can print them. */
export async function wcagViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

/** A unique article text per test, so tests never share data. */
export function uniqueArticle(label: string) {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    title: `${label} ${stamp}`,
    claimSentence: `Drinking green tea cuts the risk of stroke by 40 percent in adults over 50.`,
    text: [
      `A short piece about tea (${stamp}).`,
      `Drinking green tea cuts the risk of stroke by 40 percent in adults over 50.`,
      `Many readers enjoy tea in the afternoon, and some prefer it cold.`,
    ].join("\n\n"),
  };
}
