import { answerFromReaderCache } from "@/server/reader/answer-from-reader-cache";
import { installReaderCacheLookup } from "@/server/reader/reader-cache-hook";
import { serveReaderPage } from "@/server/reader/serve-reader-page";

/**
 * The public reader page: static HTML rendered once per review version (server/reader/),
 * never by Next's route cache, so an unknown slug writes nothing anywhere. Loading this module
 * also lets `npm start`'s server answer later requests for a cached version before Next's
 * router (server/reader/reader-cache-hook.ts).
 */
export const dynamic = "force-dynamic";

installReaderCacheLookup(answerFromReaderCache);

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return serveReaderPage(request, (await params).slug);
}
