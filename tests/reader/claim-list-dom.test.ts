/**
 * The overlay client's side of our reader page, on linkedom's DOM: the lean server highlights
 * made into controls, and a long review's claim list built to the server's markup.
 */
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOverlayReview } from "@/domain/overlay/overlay-review";
import { buildReaderPageModel } from "@/domain/overlay/reader-model";
import { claimListHtml, claimListPlaceholderHtml } from "@/domain/overlay/reader-sections";
import { buildReviewFixture } from "../export/review-fixture";

const review = buildReviewFixture();
const overlay = buildOverlayReview(review, "https://claimcheck.example");
const { model, articleHtml } = buildReaderPageModel(review, { published: true });

let completeHighlights: typeof import("../../overlay-client/reader-highlights").completeHighlights;
let fillClaimList: typeof import("../../overlay-client/claim-list").fillClaimList;

function pageWith(body: string) {
  const { document, window } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  Object.assign(globalThis, { document, window });
  return document;
}

/** An element as [tag, attributes sorted by name, children]: linkedom writes attributes in another order than they were set. */
function canonical(node: Node): unknown {
  if (node.nodeType === 3) return node.textContent;
  const element = node as Element;
  const attributes = [...element.attributes].map((a) => `${a.name}=${a.value}`).sort();
  // Adjacent text nodes joined (linkedom's parser splits text at character references).
  const children = [...element.childNodes].map(canonical).reduce<unknown[]>((out, child) => {
    if (typeof child === "string" && typeof out.at(-1) === "string") out[out.length - 1] += child;
    else out.push(child);
    return out;
  }, []);
  return [element.tagName.toLowerCase(), attributes, children];
}

beforeAll(async () => {
  pageWith("");
  ({ completeHighlights } = await import("../../overlay-client/reader-highlights"));
  ({ fillClaimList } = await import("../../overlay-client/claim-list"));
});

describe("completeHighlights", () => {
  it("makes each claim's first piece a focusable button named by its visible text, and tags every piece with its claims", () => {
    const document = pageWith(`<article class="article-text">${articleHtml}</article>`);
    const article = document.querySelector("article") as unknown as HTMLElement;
    completeHighlights(article, new Map(overlay.claims.map((claim) => [claim.id, claim])));
    const marks = [...article.querySelectorAll("mark")] as unknown as HTMLElement[];
    const firsts = marks.filter((mark) => mark.getAttribute("role") === "button");
    expect(firsts.map((mark) => mark.id).sort()).toEqual(model.readingOrder.map((id) => `claim-${id}`).sort());
    for (const mark of marks) {
      const ids = mark.getAttribute("data-claim-ids")!.split(" ");
      expect(mark.getAttribute("data-claim-id")).toBe(ids[0]);
      expect(mark.getAttribute("data-claimcheck-claim")).toBe(ids[0]);
    }
    for (const mark of firsts) {
      const claim = overlay.claims.find((c) => `claim-${c.id}` === mark.id)!;
      expect(mark.getAttribute("tabindex")).toBe("0");
      const label = mark.getAttribute("aria-label")!;
      expect(label.startsWith((mark.textContent ?? "").trim())).toBe(true);
      expect(label).toContain(claim.restatement);
    }
  });
});

describe("fillClaimList", () => {
  it("builds the same list the server writes for a short review, and drops the placeholder's note", () => {
    const document = pageWith(`<div class="reader">${claimListPlaceholderHtml(model.slug, model.claims.length)}</div>`);
    const reader = document.querySelector(".reader") as unknown as HTMLElement;
    fillClaimList(reader, overlay.claims);
    const server = pageWith(claimListHtml(model.claims));
    expect(canonical(reader.querySelector("ol")!)).toEqual(canonical(server.querySelector("ol")!));
    expect(reader.querySelector("[data-claim-list-note]")).toBeNull();
    expect(reader.querySelector("[data-claim-list-pending]")).toBeNull();
    expect(reader.querySelectorAll("li").length).toBe(review.claims.length);
  });

  it("leaves a page that already has its list alone", () => {
    const document = pageWith(`<div class="reader">${claimListHtml(model.claims)}</div>`);
    const reader = document.querySelector(".reader") as unknown as HTMLElement;
    const before = reader.innerHTML;
    fillClaimList(reader, overlay.claims.slice(0, 1));
    expect(reader.innerHTML).toBe(before);
  });
});
