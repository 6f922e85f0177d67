import { errorResponse } from "@/server/http/route-handler";
import { serveOverlayByUrl } from "@/server/reader/serve-overlay-review";

/** The published review of a page, for the embed on a publisher's site: GET /api/reviews/by-url?url=<page URL>. */
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    return await serveOverlayByUrl(new URL(request.url).searchParams.get("url"));
  } catch (error) {
    return errorResponse(error);
  }
}
