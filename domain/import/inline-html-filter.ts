import { Parser } from "htmlparser2";

/** Elements whose content is code or an embedded document, never article text. */
const HIDDEN_CONTENT_ELEMENTS = new Set(["script", "style", "noscript", "template", "iframe", "textarea", "svg", "math", "object", "title"]);

/**
 * Markdown keeps inline HTML as separate tag nodes with the text between them as ordinary text
 * ("<script>", "alert(1)", "</script>"). This feeds the tags, in order, to one htmlparser2
 * parser and tracks whether the text at hand is inside such an element and must be dropped.
 */
export class InlineHtmlFilter {
  private openHidden: string[] = [];
  private readonly parser = new Parser(
    {
      onopentagname: (name) => {
        if (HIDDEN_CONTENT_ELEMENTS.has(name)) this.openHidden.push(name);
      },
      onclosetag: (name) => {
        const at = this.openHidden.lastIndexOf(name);
        if (at >= 0) this.openHidden.splice(at);
      },
    },
    { lowerCaseTags: true, decodeEntities: true },
  );

  /** Feeds one raw inline HTML fragment (a tag). The tag itself is never text. */
  feed(fragment: string): void {
    this.parser.write(fragment);
  }

  get hidesText(): boolean {
    return this.openHidden.length > 0;
  }
}
