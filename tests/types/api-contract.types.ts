/**
 * Type-level test of the API contract, checked by `npm run typecheck` (never run): renaming a
 * route's input or output field fails compilation wherever the client uses the old name. Each
 * `@ts-expect-error` below must stay an error: if a change made it compile, tsc reports the
 * directive as unused and the typecheck fails.
 */
import { expectTypeOf } from "vitest";
import { callApi, type ApiCall, type ApiResult } from "@/components/api/api-client";
import type { ApiBody, ApiConflict, ApiOutput, ApiParams, ApiReply, JsonApiName } from "@/domain/schemas/api/contract";
import type { Verdict } from "@/domain/ratings/scale";

export async function contractChecks(): Promise<void> {
  // Inputs: the body's fields, by name and type.
  await callApi("updateClaim", { params: { id: "c1" }, body: { version: 1, restatement: "Tea cures colds." } });
  // @ts-expect-error a renamed body field (restatement → restatementText) is refused
  await callApi("updateClaim", { params: { id: "c1" }, body: { version: 1, restatementText: "Tea cures colds." } });
  // @ts-expect-error the version every claim write carries is required
  await callApi("updateClaim", { params: { id: "c1" }, body: { restatement: "Tea cures colds." } });
  // @ts-expect-error a verdict outside the scale is refused
  await callApi("setConsensus", { params: { id: "c1" }, body: { version: 1, verdict: "probably" } });

  // Path segments come from the route's path.
  expectTypeOf<ApiParams<"unassignReviewer">>().toEqualTypeOf<{ slug: string; userId: string }>();
  // @ts-expect-error a misnamed path segment (claimId for id) is refused
  await callApi("updateClaim", { params: { claimId: "c1" }, body: { version: 1 } });
  // @ts-expect-error a route with segments needs them
  await callApi("listCheckedBefore", {});
  // A route with no segments, body or required query takes no argument at all.
  await callApi("getSession");

  // Queries: required fields are required.
  await callApi("searchSimilarClaims", { query: { q: "vitamin C", limit: 5 } });
  // @ts-expect-error q is the query's required field
  await callApi("searchSimilarClaims", { query: { text: "vitamin C" } });

  // Outputs: what the browser reads, by name and type.
  const updated = await callApi("updateClaim", { params: { id: "c1" }, body: { version: 1 } });
  if (updated.ok) {
    expectTypeOf(updated.data.version).toEqualTypeOf<number>();
    expectTypeOf(updated.data.verdict).toEqualTypeOf<Verdict | null>();
    // Dates travel as ISO strings.
    expectTypeOf(updated.data.updatedAt).toEqualTypeOf<string>();
    // @ts-expect-error a field the answer does not have (a renamed output field) is refused
    void updated.data.claimVersion;
  } else {
    // A 409 carries the claim stored now, typed.
    expectTypeOf(updated.current).toEqualTypeOf<ApiConflict<"updateClaim"> | null>();
    if (updated.current) expectTypeOf(updated.current.version).toEqualTypeOf<number>();
    expectTypeOf(updated.fieldErrors).toEqualTypeOf<Record<string, string[]>>();
  }
  const consensus = await callApi("setConsensus", { params: { id: "c1" }, body: { version: 1, verdict: null } });
  if (consensus.ok) {
    expectTypeOf(consensus.data).toEqualTypeOf<{ id: string; verdict: Verdict | null; version: number }>();
    // @ts-expect-error renamed output field
    void consensus.data.consensusVerdict;
  }
  const copied = await callApi("copyEvidence", { params: { id: "c1" }, body: { fromClaimId: "c2" } });
  if (copied.ok) expectTypeOf(copied.data.copied).toEqualTypeOf<number>();

  // Routes that do not answer JSON for the app's pages are not callable.
  // @ts-expect-error downloads are links, not calls
  await callApi("exportArticle", { params: { slug: "a" }, query: { format: "csv" } });
  expectTypeOf<"exportArticle">().not.toMatchTypeOf<JsonApiName>();
  // @ts-expect-error an unknown route name
  await callApi("updateClaims", { params: { id: "c1" }, body: { version: 1 } });
}

// The server side: a route's answer must satisfy what the contract promises.
const reply = { id: "c1", verdict: "supported", version: 2 } satisfies ApiReply<"setConsensus">;
void reply;
// @ts-expect-error a route answering a renamed field does not satisfy the contract
const renamedReply = { id: "c1", consensusVerdict: "supported", version: 2 } satisfies ApiReply<"setConsensus">;
void renamedReply;
// The server may hand over Dates; the browser reads strings.
expectTypeOf<ApiReply<"updateClaim">["createdAt"]>().toEqualTypeOf<Date | string>();
expectTypeOf<ApiOutput<"updateClaim">["createdAt"]>().toEqualTypeOf<string>();

// The body type is the schema's input: defaults are optional for the caller.
expectTypeOf<ApiBody<"rateClaim">>().toMatchTypeOf<{ version: number; verdict: Verdict }>();
expectTypeOf<ApiResult<"rateClaim">>().toMatchTypeOf<{ ok: boolean }>();
expectTypeOf<ApiCall<"getSession">>().toMatchTypeOf<{ signal?: AbortSignal }>();
