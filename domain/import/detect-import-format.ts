export type ImportFormat = "text" | "markdown" | "html";

const EXTENSION_FORMATS: Record<string, ImportFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  mkd: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
};

const CONTENT_TYPE_FORMATS: Record<string, ImportFormat> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};

/**
 * The format of an article to import: the file name's extension first, then the content type
 * (text/plain says little: pasted Markdown often arrives as it), then a look at the text itself.
 */
export function detectImportFormat(fileName?: string, contentType?: string, raw?: string): ImportFormat {
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const byExtension = extension === undefined ? undefined : EXTENSION_FORMATS[extension];
  if (byExtension) return byExtension;

  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  const byContentType = mediaType === undefined ? undefined : CONTENT_TYPE_FORMATS[mediaType];
  if (byContentType) return byContentType;

  return raw === undefined ? "text" : sniffFormat(raw);
}

/** Signals only: deciding the format is not parsing it. */
function sniffFormat(raw: string): ImportFormat {
  const head = raw.slice(0, 4096).trimStart();
  if (/^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return "html";
  const htmlTags = head.match(/<\/?(?:p|div|body|head|article|h[1-6]|ul|ol|li|br|span|a\s[^>]*href)[\s>/]/gi) ?? [];
  if (htmlTags.length >= 3) return "html";

  const sample = raw.slice(0, 20_000);
  let markdownSignals = 0;
  if (/^#{1,6}\s+\S/m.test(sample)) markdownSignals += 2;
  if (/^(?:```|~~~)/m.test(sample)) markdownSignals += 2;
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(sample)) markdownSignals += 1;
  if (/(?:\*\*|__)[^*_\n]+(?:\*\*|__)/.test(sample)) markdownSignals += 1;
  if (/^[-*+]\s+\S/m.test(sample)) markdownSignals += 1;
  if (/^>\s?\S/m.test(sample)) markdownSignals += 1;
  if (/^(?:-{3,}|\*{3,})\s*$/m.test(sample)) markdownSignals += 1;
  if (/^\S.*\n(?:=+|-+)\s*$/m.test(sample)) markdownSignals += 1;
  return markdownSignals >= 2 ? "markdown" : "text";
}
