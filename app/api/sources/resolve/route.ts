import type { ApiReply } from "@/domain/schemas/api/contract";
import { evidenceApi } from "@/domain/schemas/api/evidence";
import { authorize, can } from "@/server/authz";
import { resolveCitation } from "@/server/citations/resolve-citation";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** Reads a pasted DOI, PMID, URL, BibTeX or RIS entry into source fields; writes nothing. */
export const POST = routeHandler(async ({ request, actor }) => {
  authorize(can.useWorkspace(actor), actor, "look up sources");
  const input = await readJson(request, evidenceApi.resolveSource.body);
  return (await resolveCitation(input.input, { online: input.online })) satisfies ApiReply<"resolveSource">;
});
