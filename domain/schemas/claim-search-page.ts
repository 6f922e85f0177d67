import { z } from "zod";
import { VERDICTS } from "../ratings/scale";

const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The reader search page's query string: /claims?q=…&verdict=…&verdict=… (unknown verdicts are ignored). */
export const ZClaimSearchPageQuery = z.object({
  q: z
    .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().max(2000, "Searches are limited to 2,000 characters.").optional())
    .transform((q) => q?.trim() ?? ""),
  verdict: z.preprocess(
    (value) => asList(value).filter((item): item is string => typeof item === "string" && (VERDICTS as readonly string[]).includes(item)),
    z.array(z.enum(VERDICTS)),
  ),
});
export type TClaimSearchPageQuery = z.infer<typeof ZClaimSearchPageQuery>;
