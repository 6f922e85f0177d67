/**
 * Publishers' pages for the embed tests, built from our copy of an article but marked up the
 * way news sites do it: navigation, ads between paragraphs, inline links and emphasis inside
 * sentences, indentation and line breaks in the text, curly quotes turned straight, and host
 * CSS that would restyle anything it reaches.
 */
export interface ArticleBlocks {
  title: string;
  paragraphs: string[];
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Hostile-but-ordinary host styles: global resets, a `mark` style, class names like ours. */
export const HOST_CSS = `
  * { font-family: "Courier New", monospace !important; color: rgb(120, 0, 120) !important; }
  mark { background: black; color: white; }
  dialog { display: none !important; }
  .claim-dialog, .button, .verdict-badge { border: 9px solid rgb(255, 0, 0) !important; background: rgb(0, 255, 0) !important; }
  h2 { font-size: 40px !important; }
`;

/** One paragraph as a news CMS writes it: a link around a word, emphasis, wrapped lines, straight quotes. */
function newsParagraph(text: string, index: number): string {
  const words = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').split(" ");
  const out = words.map((word, i) => {
    if (i === 2 && words.length > 6) return `<a href="https://news.example/topic/${i}">${escape(word)}</a>`;
    if (i === 5 && words.length > 8) return `<em>${escape(word)}</em>`;
    return escape(word);
  });
  // Line breaks and indentation inside the text, as templates leave them.
  const wrapped = out.map((word, i) => (i > 0 && i % 9 === 0 ? `\n        ${word}` : word)).join(" ");
  return `      <p class="story-p" data-i="${index}">\n        ${wrapped}\n      </p>`;
}

export function newsSitePage(article: ArticleBlocks, scriptTag: string): string {
  const body = article.paragraphs
    .map((paragraph, i) => newsParagraph(paragraph, i) + (i % 4 === 3 ? `\n      <div class="ad" aria-hidden="true">ADVERTISEMENT <span>Buy more tea</span></div>` : ""))
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(article.title)} | The Daily Example</title>
<style>${HOST_CSS}</style></head>
<body>
  <nav class="top"><a href="/">Home</a> <a href="/health">Health</a> <a href="/science">Science</a></nav>
  <div class="ad banner">Subscribe today!</div>
  <main><article>
    <h1>${escape(article.title)}</h1>
    <p class="meta">By Staff · <time>3 December 2026</time></p>
${body}
  </article>
  <aside><h2>Most read</h2><ol><li>Another story</li><li>Something else</li></ol></aside></main>
  <div class="claim-dialog button" id="host-lookalike">A host element with the overlay's class names</div>
  ${scriptTag}
</body></html>`;
}

/** A single-page app: the shell loads, the article arrives later and is inserted into the DOM. */
export function singlePageApp(article: ArticleBlocks, scriptTag: string, canonical: string): string {
  const html = JSON.stringify(article.paragraphs.map((p, i) => newsParagraph(p, i)).join("\n"));
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>App</title><link rel="canonical" href="${escape(canonical)}"><style>${HOST_CSS}</style></head>
<body><div id="app"><p>Loading…</p></div>
<script>
  setTimeout(function () {
    document.getElementById("app").innerHTML = "<article><h1>" + ${JSON.stringify(escape(article.title))} + "</h1>" + ${html} + "</article>";
  }, 600);
</script>
${scriptTag}
</body></html>`;
}

/**
 * A publisher's web server: a real HTTP server on 127.0.0.1 (another origin than the app's
 * localhost), so the browser treats the page like any other site's. Pages can be added while
 * it runs.
 */
export async function startHostServer(): Promise<{ origin: string; pages: Map<string, string>; stop: () => Promise<void> }> {
  const { createServer } = await import("node:http");
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const page = pages.get((request.url ?? "/").split("?")[0]!);
    response.writeHead(page === undefined ? 404 : 200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(page ?? "not found");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, pages, stop: () => new Promise<void>((done) => server.close(() => done())) };
}
