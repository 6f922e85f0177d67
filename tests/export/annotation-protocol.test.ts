import { describe, expect, it } from "vitest";
import {
  ANNOTATION_MEDIA_TYPE,
  PREFER_CONTAINED_DESCRIPTIONS,
  PREFER_CONTAINED_IRIS,
  PREFER_MINIMAL_CONTAINER,
  containerRepresentation,
  negotiateAnnotationMediaType,
  pageRepresentation,
  parseContainerPreference,
} from "@/domain/export/annotation-protocol";
import { W3cAnnotationValidator, withContext } from "./w3c-annotation-validator";
import { EXPORT_OPTIONS, buildReviewFixture } from "./review-fixture";

const validator = new W3cAnnotationValidator();
const review = buildReviewFixture();
const prefer = (iri: string) => `return=representation;include="${iri}"`;

describe("Web Annotation Protocol: negotiation", () => {
  it.each([
    [null, ANNOTATION_MEDIA_TYPE],
    ["*/*", ANNOTATION_MEDIA_TYPE],
    ['application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', ANNOTATION_MEDIA_TYPE],
    ["application/json", "application/json"],
    ["text/html, application/json;q=0.5", "application/json"],
    ["text/turtle", null],
    ["application/ld+json;q=0, text/turtle", null],
  ])("Accept %s → %s", (accept, expected) => {
    expect(negotiateAnnotationMediaType(accept)).toBe(expected);
  });

  it("reads the Prefer header's include IRIs; minimal wins; unknown or absent means whole descriptions", () => {
    expect(parseContainerPreference(null)).toEqual({ preference: "descriptions", applied: false });
    expect(parseContainerPreference(prefer(PREFER_MINIMAL_CONTAINER))).toEqual({ preference: "minimal", applied: true });
    expect(parseContainerPreference(prefer(`${PREFER_CONTAINED_IRIS} ${PREFER_MINIMAL_CONTAINER}`)).preference).toBe("minimal");
    expect(parseContainerPreference(prefer(PREFER_CONTAINED_IRIS))).toEqual({ preference: "iris", applied: true });
    expect(parseContainerPreference(prefer(PREFER_CONTAINED_DESCRIPTIONS))).toEqual({ preference: "descriptions", applied: true });
    expect(parseContainerPreference("respond-async")).toEqual({ preference: "descriptions", applied: false });
  });
});

describe("Web Annotation Protocol: container and pages pass the W3C assertions", () => {
  it("the default container is a BasicContainer and AnnotationCollection with whole annotations in its first page", () => {
    const container = containerRepresentation(review, EXPORT_OPTIONS, { preference: "descriptions", pageSize: 2 });
    expect(container.type).toEqual(["BasicContainer", "AnnotationCollection"]);
    expect(container.id).toBe("https://claimcheck.example/api/articles/" + encodeURIComponent(review.article.slug) + "/annotations/");
    expect(validator.failures("collections/collectionMusts.test", container)).toEqual([]);
    const first = container.first as { items: object[] };
    expect(validator.failures("collections/pages/pageMusts.test", withContext(container["@context"], first))).toEqual([]);
    for (const item of first.items) expect(validator.failures("annotations/annotationMusts.test", withContext(container["@context"], item))).toEqual([]);
  });

  it("a minimal container names its first and last pages without annotations", () => {
    const container = containerRepresentation(review, EXPORT_OPTIONS, { preference: "minimal", pageSize: 2 });
    expect(typeof container.first).toBe("string");
    expect(typeof container.last).toBe("string");
    expect(validator.failures("collections/collectionMusts.test", container)).toEqual([]);
  });

  it("with PreferContainedIRIs pages list annotation IRIs and their links keep the preference", () => {
    const container = containerRepresentation(review, EXPORT_OPTIONS, { preference: "iris", pageSize: 2 });
    const first = container.first as { id: string; items: unknown[]; next?: string };
    expect(first.items.every((item) => typeof item === "string" && item.startsWith("https://claimcheck.example/api/"))).toBe(true);
    expect(first.id).toMatch(/\?page=0&pageSize=2&iris=1$/);
    expect(first.next).toMatch(/\?page=1&pageSize=2&iris=1$/);
    expect(validator.failures("collections/pages/pageMusts.test", withContext(container["@context"], first))).toEqual([]);
  });

  it("pages are numbered from 0, link next/prev, and stop after the last one", () => {
    const count = Math.ceil(review.claims.length / 2);
    const last = pageRepresentation(review, EXPORT_OPTIONS, { pageIndex: count - 1, iris: false, pageSize: 2 });
    expect(last).not.toBeNull();
    expect(last!.prev).toMatch(/page=\d+/);
    expect(last!.next).toBeUndefined();
    expect(validator.failures("collections/pages/pageMusts.test", last)).toEqual([]);
    expect(pageRepresentation(review, EXPORT_OPTIONS, { pageIndex: count, iris: false, pageSize: 2 })).toBeNull();
  });
});
