import { W3cAnnotationValidator, withContext } from "../../tests/export/w3c-annotation-validator";
import { expect, test } from "../fixtures";
import { DEMO_ARTICLE_PATH } from "../support/accounts";
import { createArticle, stamp } from "./review-api";

const DEMO_SLUG = DEMO_ARTICLE_PATH.split("/").pop()!;
const CONTAINER = `/api/articles/${DEMO_SLUG}/annotations/`;
const ANNO_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const validator = new W3cAnnotationValidator();

test("the annotation container answers as an LDP basic container, with ETag and conditional GET", async ({ apiAs }) => {
  const client = await apiAs("anonymous");
  const response = await client.get(CONTAINER, { headers: { Accept: ANNO_TYPE } });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe(ANNO_TYPE);
  expect(headers["link"]).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
  expect(headers["link"]).toContain('<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"');
  expect(headers["allow"]).toBe("GET, HEAD, OPTIONS");
  expect(headers["vary"]).toContain("Accept");
  expect(headers["etag"]).toMatch(/^"[^"]+"$/);

  const container = (await response.json()) as { "@context": unknown; id: string; type: string[]; total: number; first: { items: object[] } };
  expect(container.type).toEqual(["BasicContainer", "AnnotationCollection"]);
  expect(container.id).toMatch(new RegExp(`/api/articles/${DEMO_SLUG}/annotations/$`));
  expect(validator.failures("collections/collectionMusts.test", container)).toEqual([]);
  expect(validator.failures("collections/pages/pageMusts.test", withContext(container["@context"], container.first))).toEqual([]);
  expect(container.first.items).toHaveLength(container.total);
  for (const item of container.first.items) expect(validator.failures("annotations/annotationMusts.test", withContext(container["@context"], item))).toEqual([]);

  const again = await client.get(CONTAINER, { headers: { Accept: ANNO_TYPE, "If-None-Match": headers["etag"]! } });
  expect(again.status()).toBe(304);
  const head = await client.head(CONTAINER);
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toBe(headers["etag"]);
});

test("content negotiation, Prefer, paging and single annotations", async ({ apiAs }) => {
  const client = await apiAs("anonymous");
  expect((await client.get(CONTAINER, { headers: { Accept: "text/turtle" } })).status()).toBe(406);
  expect((await client.get(CONTAINER, { headers: { Accept: "application/json" } })).headers()["content-type"]).toBe("application/json");

  const minimal = await client.get(CONTAINER, { headers: { Prefer: 'return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer"' } });
  expect(minimal.headers()["preference-applied"]).toBe("return=representation");
  const minimalBody = (await minimal.json()) as { first: string; last: string };
  expect(typeof minimalBody.first).toBe("string");

  const iris = (await (await client.get(`${CONTAINER}?pageSize=5`, { headers: { Prefer: 'return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIs"' } })).json()) as {
    first: { items: string[]; next: string };
  };
  expect(iris.first.items).toHaveLength(5);
  expect(iris.first.items.every((item) => typeof item === "string")).toBe(true);

  const pageUrl = new URL(iris.first.next);
  const page = await client.get(pageUrl.pathname + pageUrl.search);
  expect(page.status()).toBe(200);
  const pageBody = (await page.json()) as { type: string; startIndex: number; items: string[]; prev: string };
  expect(pageBody).toMatchObject({ type: "AnnotationPage", startIndex: 5 });
  expect(validator.failures("collections/pages/pageMusts.test", pageBody)).toEqual([]);
  expect((await client.get(`${CONTAINER}?page=999`)).status()).toBe(404);
  expect((await client.get(`${CONTAINER}?page=-1`)).status()).toBe(422);

  const annotationUrl = new URL(pageBody.items[0]!);
  const single = await client.get(annotationUrl.pathname);
  expect(single.status()).toBe(200);
  expect(single.headers()["link"]).toContain("http://www.w3.org/ns/ldp#Resource");
  const annotation = (await single.json()) as { id: string; motivation: string };
  expect(annotation.id).toBe(pageBody.items[0]);
  expect(annotation.motivation).toBe("assessing");
  expect(validator.failures("annotations/annotationMusts.test", annotation)).toEqual([]);
  expect((await client.get(`${CONTAINER}no-such-claim`)).status()).toBe(404);
});

test("drafts have no public annotation container", async ({ apiAs }) => {
  const slug = await createArticle(await apiAs("editor"), { title: `Unpublished annotations ${stamp()}`, text: "Salt is harmless.\n\nEnd." });
  expect((await (await apiAs("anonymous")).get(`/api/articles/${slug}/annotations/`)).status()).toBe(404);
  expect((await (await apiAs("editor")).get(`/api/articles/${slug}/annotations`)).status()).toBe(404);
});
