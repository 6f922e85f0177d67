import type { z } from "zod";
import type { ApiName } from "./routes";

/**
 * The schemas of one route: what it reads (path segments come from its path, see routes.ts)
 * and what it answers. A route whose answer is not JSON for the app's own pages says what it
 * is instead of `output` (`response`), and is left out of the typed client.
 */
export interface RouteSchemas {
  /** The path segments, where the route checks more than that they are there. */
  params?: z.ZodType;
  /** The JSON body, validated by the route with readJson. */
  body?: z.ZodType;
  /** What the browser may send when that differs from `body`'s input: a file the user chose, which the route checks. */
  clientBody?: z.ZodType;
  /** The query string, validated by the route. */
  query?: z.ZodType;
  /** The JSON answer of a 2xx. */
  output?: z.ZodType;
  /** `details.current` of a 409: what is stored now, for the user to compare with. */
  conflict?: z.ZodType;
  /** What else a 409's details carry beside `current`, for the routes that send more (a rating's conflict: the user's stored rating). */
  conflictContext?: z.ZodType;
  /** Answers that are not a JSON `output`: a download, W3C annotations, the embed's payload, next-auth's own routes. */
  response?: "file" | "annotation" | "next-auth";
}

export type AreaSchemas = { readonly [K in ApiName]?: RouteSchemas };
