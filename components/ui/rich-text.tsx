import { createElement, type ReactNode } from "react";
import { RICH_TAGS, safeMarkdownUrl, type RichNode } from "@/domain/overlay/rich-text";

const ALLOWED = new Set<string>(RICH_TAGS);

/**
 * Renders a rationale parsed on the server (domain/overlay/rich-text.ts) with React, which
 * escapes every text. Unknown tags are dropped (their text kept), URLs are checked again, and
 * links get the same rel as SafeMarkdown's.
 */
export function RichText({ nodes }: { nodes: readonly RichNode[] }) {
  return <>{nodes.map(renderNode)}</>;
}

function renderNode(node: RichNode, index: number): ReactNode {
  if (typeof node === "string") return node;
  const [tag, attributes, ...children] = node;
  const content = children.length > 0 ? children.map(renderNode) : undefined;
  if (!ALLOWED.has(tag)) return <span key={index}>{content}</span>;
  const props: Record<string, unknown> = { key: index };
  if (attributes?.title !== undefined) props.title = attributes.title;
  if (tag === "a") {
    props.href = safeMarkdownUrl(attributes?.href ?? "");
    props.rel = "noopener noreferrer nofollow";
  }
  if (tag === "ol" && attributes?.start !== undefined && /^\d+$/.test(attributes.start)) props.start = Number(attributes.start);
  if (tag === "hr" || tag === "br") return createElement(tag, props);
  return createElement(tag, props, content);
}
