import { errorResponse } from "@/server/http/route-handler";
import { serveOverlayBySlug } from "@/server/reader/serve-overlay-review";

/** A published review's claims for the embed (`data-review="<slug>"`): GET /api/reviews/<slug>/overlay. */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  try {
    return await serveOverlayBySlug((await params).slug);
  } catch (error) {
    return errorResponse(error);
  }
}
