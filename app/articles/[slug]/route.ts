import { serveReaderPage } from "@/server/reader/serve-reader-page";

/**
 * The public reader page: static HTML rendered once per review version (server/reader/),
 * never by Next's route cache, so an unknown slug writes nothing anywhere.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return serveReaderPage(request, (await params).slug);
}
