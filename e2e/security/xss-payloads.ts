/**
 * Hostile input: every payload, if it ever ran, would set window.__xss, call alert() or log
 * "xss-fired". Grouped by trick; the Unicode variants are generated from the core vectors.
 */

const RUN = "window.__xss=1";

const SCRIPT_TAGS = [
  `<script>${RUN}</script>`,
  `<SCRIPT>${RUN}</SCRIPT>`,
  `<script type="text/javascript">${RUN}</script>`,
  `<script src="data:text/javascript,${RUN}"></script>`,
  `<script>alert(1)</script>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `</title><script>${RUN}</script>`,
  `</textarea><script>${RUN}</script>`,
  `</style><script>${RUN}</script>`,
  `"><script>${RUN}</script>`,
  `'><script>${RUN}</script>`,
  `<script>console.log("xss-fired")</script>`,
  `<script/x>${RUN}</script>`,
  `<script\n>${RUN}</script\n>`,
  `<<script>${RUN};//<</script>`,
];

const EVENT_HANDLERS = [
  `<img src=x onerror="${RUN}">`,
  `<img src=x onerror=alert(1)>`,
  `<IMG SRC=x OnErRoR=${RUN}>`,
  `<img/src=x/onerror=${RUN}>`,
  `<body onload="${RUN}">`,
  `<div onmouseover="${RUN}">hover me</div>`,
  `<input autofocus onfocus="${RUN}">`,
  `<details open ontoggle="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<marquee onstart="${RUN}">x</marquee>`,
  `<select autofocus onfocus=${RUN}>`,
  `<textarea autofocus onfocus=${RUN}></textarea>`,
  `<button onclick="${RUN}">click</button>`,
  `<a href="#" onclick="${RUN}">link</a>`,
  `<p style="x" onpointerenter=${RUN}>p</p>`,
  `" onmouseover="${RUN}`,
  `' onfocus='${RUN}' autofocus '`,
  `<iframe onload="${RUN}"></iframe>`,
  `<object data="x" onerror="${RUN}"></object>`,
];

const DANGEROUS_URLS = [
  `<a href="javascript:${RUN}">click</a>`,
  `<a href="JaVaScRiPt:${RUN}">click</a>`,
  `<a href=" javascript:${RUN}">click</a>`,
  `<a href="java&#x09;script:${RUN}">tab</a>`,
  `<a href="java\tscript:${RUN}">raw tab</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}">entities</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">data</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">b64</a>`,
  `<a href="vbscript:msgbox(1)">vb</a>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<button formaction="javascript:${RUN}">go</button>`,
  `<embed src="javascript:${RUN}">`,
  `<object data="javascript:${RUN}"></object>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `[click](javascript:${RUN})`,
  `[click](JAVASCRIPT:${RUN})`,
  `[click](  javascript:${RUN}  )`,
  `[data](data:text/html,<script>${RUN}</script>)`,
  `[vb](vbscript:msgbox(1))`,
  `![img](javascript:${RUN})`,
  `![img](x" onerror="${RUN})`,
  `<javascript:${RUN}>`,
  `[ref][x]\n\n[x]: javascript:${RUN}`,
  `[a](javascript&#58;${RUN})`,
  `[a](java%0ascript:${RUN})`,
  `javascript:${RUN}`,
  `https://example.org/"><script>${RUN}</script>`,
  `https://example.org/?q=<img src=x onerror=${RUN}>`,
];

const SVG_AND_MATH = [
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text y="20">x</text></a></svg>`,
  `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s">`,
  `<svg><set attributeName="onmouseover" to="${RUN}"/></svg>`,
  `<svg><foreignObject><script>${RUN}</script></foreignObject></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<svg><style><img src=x onerror=${RUN}></style></svg>`,
  `<svg/onload=${RUN}>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><script>${RUN}</script></svg>#x"/></svg>`,
];

const BROKEN_MARKUP = [
  `<img src="x` + `" onerror="${RUN}"`,
  `<<img src=x onerror=${RUN}>>`,
  `<img src=x onerror=${RUN}//`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<![CDATA[<script>${RUN}</script>]]>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<template><script>${RUN}</script></template>`,
  `<x onclick=${RUN}>unknown element</x>`,
  `<div><p></div><script>${RUN}</script>`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `<link rel="stylesheet" href="javascript:${RUN}">`,
  `<table background="javascript:${RUN}">`,
  `\`<script>${RUN}</script>\``,
  "```html\n<script>" + RUN + "</script>\n```",
  `<div style="background:url(javascript:${RUN})">bg</div>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `<isindex type=image src=1 onerror=${RUN}>`,
];

const ENCODED = [
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#60;script&#62;${RUN}&#60;/script&#62;`,
  `%3Cscript%3E${RUN}%3C/script%3E`,
  `\\u003cscript\\u003e${RUN}\\u003c/script\\u003e`,
  `&#x3C;img src=x onerror=${RUN}&#x3E;`,
  `\\x3cscript\\x3e${RUN}\\x3c/script\\x3e`,
];

const CORE = [`<script>${RUN}</script>`, `<img src=x onerror=${RUN}>`, `<a href="javascript:${RUN}">x</a>`, `<svg onload=${RUN}>`];

/** RTL override, zero-width characters, full-width and look-alike angle brackets, combining marks. */
const UNICODE_TRICKS = CORE.flatMap((vector) => [
  `\u202E${vector}\u202C`,
  vector.replace("<", "<\u200B"),
  vector.replace("<", "\uFF1C").replace(">", "\uFF1E"),
  vector.replace("<", "\u2039").replace(">", "\u203A"),
  vector.replace("script", "scr\u200Dipt").replace("onerror", "on\u200Cerror"),
  `\uFEFF${vector}`,
  vector.replace("<", "\u0000<"),
]).concat([`\u202Etpircs/<${RUN}>tpircs<`, `java\u200Bscript:${RUN}`, `<a href="java\u00ADscript:${RUN}">shy</a>`]);

export const XSS_PAYLOADS: readonly string[] = [...SCRIPT_TAGS, ...EVENT_HANDLERS, ...DANGEROUS_URLS, ...SVG_AND_MATH, ...BROKEN_MARKUP, ...ENCODED, ...UNICODE_TRICKS].map((p) =>
  // NUL is not valid in stored text on every database: the trick is kept with U+FFFD.
  p.replaceAll(String.fromCharCode(0), "\uFFFD"),
);

/** Groups payloads into strings no longer than `limit` characters (one payload never split). */
export function chunksOf(payloads: readonly string[], limit: number, separator = "\n\n"): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const payload of payloads) {
    const piece = payload.slice(0, limit);
    if (current && current.length + separator.length + piece.length > limit) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current}${separator}${piece}` : piece;
  }
  if (current) chunks.push(current);
  return chunks;
}
