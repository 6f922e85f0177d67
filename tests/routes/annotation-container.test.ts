import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_SLUG } from "../../prisma/demo-review";
import { W3cAnnotationValidator, withContext } from "../export/w3c-annotation-validator";
import { callRoute, startRouteServer, type RouteServer } from "./support/route-server";
import { createArticle, stamp } from "./support/review-builder";

/** The W3C Web Annotation Protocol container of a published review (moved from e2e/export/annotation-container.spec.ts). */

let server: RouteServer;
beforeAll(async () => {
  server = await startRouteServer("annotations");
});
afterAll(() => server?.close());

const CONTAINER = `/api/articles/${DEMO_SLUG}/annotations`;
const ANNO_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const validator = new W3cAnnotationValidator();
const pathOf = (iri: string) => {
  const url = new URL(iri);
  return url.pathname + url.search;
};

it("the annotation container answers as an LDP basic container, with ETag and conditional GET", async () => {
  const anonymous = await server.as("anonymous");
  const response = await callRoute(anonymous, "GET", CONTAINER, { headers: { Accept: ANNO_TYPE } });
  expect(response.status).toBe(200);
  const headers = response.headers;
  expect(headers.get("content-type")).toBe(ANNO_TYPE);
  expect(headers.get("link")).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
  expect(headers.get("link")).toContain('<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"');
  expect(headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  expect(headers.get("vary")).toContain("Accept");
  expect(headers.get("etag")).toMatch(/^"[^"]+"$/);

  const container = (await response.json()) as { "@context": unknown; id: string; type: string[]; total: number; first: { items: object[] } };
  expect(container.type).toEqual(["BasicContainer", "AnnotationCollection"]);
  expect(container.id).toMatch(new RegExp(`/api/articles/${DEMO_SLUG}/annotations/$`));
  expect(validator.failures("collections/collectionMusts.test", container)).toEqual([]);
  expect(validator.failures("collections/pages/pageMusts.test", withContext(container["@context"], container.first))).toEqual([]);
  expect(container.first.items).toHaveLength(container.total);
  for (const item of container.first.items) expect(validator.failures("annotations/annotationMusts.test", withContext(container["@context"], item))).toEqual([]);

  // The container's own IRI ends in a slash; Next sends it on to the route without one.
  const canonical = await callRoute(anonymous, "GET", pathOf(container.id));
  expect(canonical.status).toBe(308);
  expect(canonical.headers.get("location")).toBe(CONTAINER);

  const again = await callRoute(anonymous, "GET", CONTAINER, { headers: { Accept: ANNO_TYPE, "If-None-Match": headers.get("etag")! } });
  expect(again.status).toBe(304);
  const head = await callRoute(anonymous, "HEAD", CONTAINER);
  expect(head.status).toBe(200);
  expect(head.headers.get("etag")).toBe(headers.get("etag"));
});

it("content negotiation, Prefer, paging and single annotations", async () => {
  const anonymous = await server.as("anonymous");
  expect((await callRoute(anonymous, "GET", CONTAINER, { headers: { Accept: "text/turtle" } })).status).toBe(406);
  expect((await callRoute(anonymous, "GET", CONTAINER, { headers: { Accept: "application/json" } })).headers.get("content-type")).toBe("application/json");

  const minimal = await callRoute(anonymous, "GET", CONTAINER, { headers: { Prefer: 'return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer"' } });
  expect(minimal.headers.get("preference-applied")).toBe("return=representation");
  const minimalBody = (await minimal.json()) as { first: string; last: string };
  expect(typeof minimalBody.first).toBe("string");

  const iris = (await (
    await callRoute(anonymous, "GET", `${CONTAINER}?pageSize=5`, { headers: { Prefer: 'return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIs"' } })
  ).json()) as { first: { items: string[]; next: string } };
  expect(iris.first.items).toHaveLength(5);
  expect(iris.first.items.every((item) => typeof item === "string")).toBe(true);

  const page = await callRoute(anonymous, "GET", pathOf(iris.first.next).replace(/\/\?/, "?"));
  expect(page.status).toBe(200);
  const pageBody = (await page.json()) as { type: string; startIndex: number; items: string[]; prev: string };
  expect(pageBody).toMatchObject({ type: "AnnotationPage", startIndex: 5 });
  expect(validator.failures("collections/pages/pageMusts.test", pageBody)).toEqual([]);
  expect((await callRoute(anonymous, "GET", `${CONTAINER}?page=999`)).status).toBe(404);
  expect((await callRoute(anonymous, "GET", `${CONTAINER}?page=-1`)).status).toBe(422);

  const single = await callRoute(anonymous, "GET", pathOf(pageBody.items[0]!));
  expect(single.status).toBe(200);
  expect(single.headers.get("link")).toContain("http://www.w3.org/ns/ldp#Resource");
  const annotation = (await single.json()) as { id: string; motivation: string };
  expect(annotation.id).toBe(pageBody.items[0]);
  expect(annotation.motivation).toBe("assessing");
  expect(validator.failures("annotations/annotationMusts.test", annotation)).toEqual([]);
  expect((await callRoute(anonymous, "GET", `${CONTAINER}/no-such-claim`)).status).toBe(404);
});

it("drafts have no public annotation container", async () => {
  const editor = await server.as("editor");
  const slug = await createArticle(editor, { title: `Unpublished annotations ${stamp()}`, text: "Salt is harmless.\n\nEnd." });
  expect((await callRoute(await server.as("anonymous"), "GET", `/api/articles/${slug}/annotations`)).status).toBe(404);
  expect((await callRoute(editor, "GET", `/api/articles/${slug}/annotations`)).status).toBe(404);
});
