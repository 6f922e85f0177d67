import type { Page } from "@playwright/test";

/** Records every sign that a payload ran, and every Content Security Policy refusal, on a page. */
export function watchForXss(page: Page) {
  const signs: string[] = [];
  page.on("dialog", (dialog) => {
    signs.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("console", (message) => {
    const text = message.text();
    if (/xss/i.test(text)) signs.push(`console: ${text}`);
    if (/Content Security Policy/i.test(text)) signs.push(`CSP refusal (a payload was blocked only by CSP, or the policy breaks the page): ${text}`);
  });
  page.on("pageerror", (error) => {
    if (/xss/i.test(error.message)) signs.push(`page error: ${error.message}`);
  });
  return signs;
}

/** What must never be in the DOM: a flag set by a payload, event-handler attributes, script-capable URLs, injected scripts. */
export async function domXssFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const findings: string[] = [];
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) findings.push("window.__xss was set");
    const dangerousUrl = /^(javascript|vbscript|data:(?!image\/(png|gif|jpe?g|webp);))/i;
    const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc"];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith("on")) findings.push(`<${element.localName} ${name}="${attribute.value.slice(0, 60)}">`);
        if (urlAttributes.includes(name)) {
          // What a browser would follow: control characters and whitespace are ignored in a scheme.
          const followed = Array.from(attribute.value)
            .filter((ch) => { const code = ch.charCodeAt(0); return code > 0x20 && !(code >= 0x7f && code <= 0x9f) && ch !== "\u00ad" && !(code >= 0x200b && code <= 0x200f) && ch !== "\ufeff"; })
            .join("");
          if (dangerousUrl.test(followed)) findings.push(`<${element.localName} ${name}="${attribute.value.slice(0, 60)}">`);
        }
      }
      // Next's RSC payload scripts carry the page's data (payloads included) as escaped JSON strings: data, not code.
      const scriptText = element.textContent ?? "";
      const isNextPayload = /^\(?self\.__next_f\s*=|^self\.__next_f\.push\(\[/.test(scriptText);
      const type = (element.getAttribute("type") ?? "").toLowerCase();
      if (element.localName === "script" && type.endsWith("json")) {
        // A data block must be one whole JSON value: a payload that closed the tag early would leave it cut short.
        try {
          JSON.parse(scriptText);
        } catch {
          findings.push(`<script type="${type}"> that is not valid JSON (broken out of?): ${scriptText.slice(0, 60)}`);
        }
        continue;
      }
      if (element.localName === "script" && !isNextPayload && /__xss|xss-fired|alert\(1\)/.test(scriptText)) findings.push(`<script> with a payload: ${scriptText.slice(0, 60)}`);
      if (["iframe", "object", "embed", "base", "frame"].includes(element.localName)) findings.push(`<${element.localName}> element`);
      if (element.localName === "meta" && element.hasAttribute("http-equiv")) findings.push(`<meta http-equiv="${element.getAttribute("http-equiv")}">`);
    }
    return findings;
  });
}
