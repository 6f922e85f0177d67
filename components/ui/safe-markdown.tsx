import Markdown, { defaultUrlTransform } from "react-markdown";
import { markdownWithoutImages } from "@/domain/text/markdown-without-images";

/**
 * Renders user-written Markdown (rationales, summaries) safely: raw HTML in it is dropped,
 * never rendered, only http(s) and mailto links survive, and images become links to them
 * (no reader's browser fetches a third party's image); an <img> that slipped through would
 * render as its alt text.
 */
export function SafeMarkdown({ children }: { children: string }) {
  return (
    <Markdown
      skipHtml
      urlTransform={(url) => {
        const safe = defaultUrlTransform(url);
        return /^(https?:|mailto:|#|\/)/i.test(safe) ? safe : "";
      }}
      components={{ a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer nofollow" />, img: ({ alt }) => <>{alt}</> }}
    >
      {markdownWithoutImages(children)}
    </Markdown>
  );
}
