import Markdown, { defaultUrlTransform } from "react-markdown";

/**
 * Renders user-written Markdown (rationales, summaries) safely: raw HTML in it is dropped,
 * never rendered, and only http(s) and mailto links survive.
 */
export function SafeMarkdown({ children }: { children: string }) {
  return (
    <Markdown
      skipHtml
      urlTransform={(url) => {
        const safe = defaultUrlTransform(url);
        return /^(https?:|mailto:|#|\/)/i.test(safe) ? safe : "";
      }}
      components={{ a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer nofollow" /> }}
    >
      {children}
    </Markdown>
  );
}
