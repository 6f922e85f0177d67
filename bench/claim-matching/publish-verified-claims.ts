import type { VerifiedClaim } from "./fixture";
import { claimParagraph, FIXTURE_ARTICLE_TITLE, VERIFIED_CLAIMS_PER_ARTICLE, verifiedClaimAsCandidate } from "./fixture-candidates";

/**
 * Loads the fact-checked claims as published claims through the product's own data functions:
 * articles of VERIFIED_CLAIMS_PER_ARTICLE paragraphs, each claim spanning its paragraph of the
 * canonical text, published by a bench editor. Returns each stored claim's fixture id.
 * DATABASE_URL must be set before the call (the server modules are imported here, after it).
 */
export async function publishVerifiedClaims(verified: readonly VerifiedClaim[], onProgress: (loaded: number) => void = () => {}): Promise<Map<string, string>> {
  const { db } = await import("../../server/db");
  const { createUser } = await import("../../prisma/factories");
  const { createArticle } = await import("../../server/data/articles/create-article");
  const { createClaims } = await import("../../server/data/claims/create-claims");
  const { changeArticleStatus } = await import("../../server/data/articles/change-article-status");
  const user = await createUser(db, { email: "bench-editor@claimcheck.test", name: "Bench editor", role: "editor", password: "bench password long" });
  const editor = { id: user.id, email: user.email, name: user.name, role: "editor" as const };
  const fixtureIdOf = new Map<string, string>();
  for (let first = 0; first < verified.length; first += VERIFIED_CLAIMS_PER_ARTICLE) {
    const chunk = verified.slice(first, first + VERIFIED_CLAIMS_PER_ARTICLE);
    const article = await createArticle(editor, { title: FIXTURE_ARTICLE_TITLE, author: null, content: [FIXTURE_ARTICLE_TITLE, ...chunk.map(claimParagraph)].join("\n\n"), format: "text" });
    // The plain-text import may take a short first paragraph as the title: the content starts with the title.
    const { text } = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, select: { text: true } });
    let offset = 0;
    const spans = chunk.map((claim) => {
      const start = text.indexOf(claimParagraph(claim), offset);
      if (start < 0) throw new Error(`article ${article.slug}: claim ${claim.id} is not in the imported text`);
      offset = start + claimParagraph(claim).length;
      return { start, end: offset };
    });
    const created = await createClaims(editor, article.slug, {
      claims: chunk.map((claim, i) => ({ ...spans[i]!, restatement: verifiedClaimAsCandidate(claim).restatement, checkable: true, tags: [] })),
    });
    await changeArticleStatus(editor, article.slug, "published", { acknowledgeMissing: true });
    created.forEach((claim, i) => fixtureIdOf.set(claim.id, chunk[i]?.id ?? ""));
    onProgress(first + chunk.length);
  }
  return fixtureIdOf;
}
