import type { z } from "zod";
import { accountApi } from "./account";
import { articlesApi } from "./articles";
import { claimsApi } from "./claims";
import { evidenceApi } from "./evidence";
import { exportsApi } from "./exports";
import { importsApi } from "./imports";
import { publishedApi } from "./published";
import { revisionsApi } from "./revisions";
import { API_ROUTES, type ApiName, type PathParamNames } from "./routes";
import type { RouteSchemas } from "./route-schemas";

/**
 * The API contract: every route of API_ROUTES with its schemas. Routes validate their input
 * with these schemas and check their answers against them (`satisfies ApiReply<"name">`); the
 * browser's client (components/api/api-client.ts) is typed from them, so renaming a field on
 * one side fails `npm run typecheck` on the other (tests/types/api-contract.types.ts).
 *
 * Server code and tests import this module; the browser imports its types only.
 */
export const apiContract = {
  ...accountApi,
  ...articlesApi,
  ...claimsApi,
  ...evidenceApi,
  ...revisionsApi,
  ...importsApi,
  ...publishedApi,
  ...exportsApi,
};

type Contract = typeof apiContract;

// Exactly the routes of API_ROUTES: a route without schemas, or schemas of no route, fail to compile.
const everyRouteHasSchemas: { [K in ApiName]: RouteSchemas } = apiContract;
const noSchemasWithoutRoute: Record<Exclude<keyof Contract, ApiName>, never> = {};
void everyRouteHasSchemas;
void noSchemasWithoutRoute;

type Schema<K extends ApiName, Part extends keyof RouteSchemas> = Contract[K] extends { [P in Part]: infer S extends z.ZodType } ? S : undefined;

/** The path segments of a route, by name: `{ id: string }` for /api/claims/[id]. */
export type ApiParams<K extends ApiName> = { [P in PathParamNames<(typeof API_ROUTES)[K]["path"]>]: string };
/** The body a caller sends (before defaults and trimming). */
export type ApiBody<K extends ApiName> =
  Schema<K, "clientBody"> extends z.ZodType ? z.input<Schema<K, "clientBody">> : Schema<K, "body"> extends z.ZodType ? z.input<Schema<K, "body">> : undefined;
/** The query a caller sends. */
export type ApiQuery<K extends ApiName> = Schema<K, "query"> extends z.ZodType ? z.input<Schema<K, "query">> : undefined;
/** What the browser reads from a 2xx. */
export type ApiOutput<K extends ApiName> = Schema<K, "output"> extends z.ZodType ? z.output<Schema<K, "output">> : never;
/** What a route may hand over as its answer (Dates, stored strings): routes write `satisfies ApiReply<"name">`. */
export type ApiReply<K extends ApiName> = Schema<K, "output"> extends z.ZodType ? z.input<Schema<K, "output">> : never;
/** `details.current` of a 409, for the routes whose conflicts carry it. */
export type ApiConflict<K extends ApiName> = Schema<K, "conflict"> extends z.ZodType ? z.output<Schema<K, "conflict">> : never;
/** The rest of a 409's details, for the routes that send more than `current`. */
export type ApiConflictContext<K extends ApiName> = Schema<K, "conflictContext"> extends z.ZodType ? z.output<Schema<K, "conflictContext">> : Record<string, never>;

/** Routes the app's own pages call with JSON answers: all but downloads, annotations and next-auth's own routes. */
export type JsonApiName = { [K in ApiName]: Contract[K] extends { response: string } ? never : K }[ApiName];

export { API_ROUTES, type ApiName };
