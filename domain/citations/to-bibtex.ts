import type { TCslItem } from "../schemas/review";
import { formatWithCitationJs, withUnicodeBibtexOutput } from "./citation-engine";
import { prepareForOutput } from "./prepare-for-output";

/** Variables copied verbatim into BibTeX (identifiers, links), never LaTeX-escaped. */
const VERBATIM_VARIABLES = new Set(["id", "citation-key", "type", "DOI", "URL", "PMID", "PMCID", "ISSN", "ISBN", "issued", "accessed"]);

/**
 * The characters LaTeX treats as commands. With Unicode output switched on, plugin-bibtex
 * escapes nothing, so they are escaped here; everything else (µ, ≥, Greek, CJK) is kept as is,
 * which biber, BibTeX 8-bit builds, Zotero and JabRef all read.
 */
function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    switch (char) {
      case "\\":
        return "\\textbackslash{}";
      case "~":
        return "\\textasciitilde{}";
      case "^":
        return "\\textasciicircum{}";
      default:
        return `\\${char}`;
    }
  });
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === "string") return escapeLatex(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, escapeDeep(inner)]));
  }
  return value;
}

/** Letters, digits and underscores only: plugin-bibtex replaces any other key with one of its own. */
function safeKey(text: string): string {
  return text.normalize("NFKD").replace(/[^A-Za-z0-9_]/g, "");
}

function authorYearKey(item: TCslItem): string {
  const first = item.author?.[0];
  const name = safeKey(first?.family ?? first?.literal?.split(" ")[0] ?? "");
  const year = item.issued?.["date-parts"]?.[0]?.[0];
  return name === "" ? "" : `${name}${typeof year === "number" || typeof year === "string" ? year : ""}`;
}

/** A unique citation key per item: its citation-key, else first author + year, else its id, else refN. */
function citationKeys(items: readonly TCslItem[]): string[] {
  const used = new Set<string>();
  return items.map((item, index) => {
    const ownKey = typeof item["citation-key"] === "string" ? safeKey(item["citation-key"]) : "";
    const base = ownKey || authorYearKey(item) || safeKey(item.id ?? "") || `ref${index + 1}`;
    let key = base;
    for (let suffix = 2; used.has(key); suffix += 1) key = `${base}_${suffix}`;
    used.add(key);
    return key;
  });
}

/** BibTeX entries, as LaTeX (biber), Zotero and JabRef import them, Unicode kept. */
export function toBibtex(items: readonly TCslItem[]): string {
  if (items.length === 0) return "";
  const prepared = prepareForOutput(items);
  const keys = citationKeys(prepared);
  const escaped = prepared.map((item, index) => {
    const copy: Record<string, unknown> = {};
    for (const [variable, value] of Object.entries(item)) copy[variable] = VERBATIM_VARIABLES.has(variable) ? value : escapeDeep(value);
    copy["citation-key"] = keys[index];
    return copy;
  });
  const output = withUnicodeBibtexOutput(() => formatWithCitationJs("bibtex", escaped, { format: "text" }));
  if (typeof output !== "string") throw new Error("citation-js returned no BibTeX text");
  return `${withIdentifierFields(output.trim(), prepared)}\n`;
}

/**
 * citation-js's BibTeX drops PubMed identifiers, and the URL when there is a DOI. They are added
 * in the fields BibLaTeX, JabRef and Zotero read: `pmid`, `pmcid` and `url` (plus BibLaTeX's
 * `eprint`/`eprinttype = {pubmed}`, which biber's styles print as a PubMed link).
 */
function withIdentifierFields(bibtex: string, items: readonly TCslItem[]): string {
  const entries = bibtex.split(/\n(?=@)/);
  if (entries.length !== items.length) return bibtex;
  return entries
    .map((entry, index) => {
      const item = items[index]!;
      const has = (field: string) => new RegExp(`^\\s*${field}\\s*=`, "mi").test(entry);
      const extra: string[] = [];
      const pmid = typeof item.PMID === "string" ? item.PMID.trim() : "";
      const pmcid = typeof item.PMCID === "string" ? item.PMCID.trim() : "";
      const url = typeof item.URL === "string" ? item.URL.trim() : "";
      if (pmid && !has("pmid")) extra.push(`\tpmid = {${pmid}},`);
      if (pmid && !has("eprint")) extra.push(`\teprint = {${pmid}},`, "\teprinttype = {pubmed},");
      if (pmcid && !has("pmcid")) extra.push(`\tpmcid = {${pmcid}},`);
      if (url && !has("url")) extra.push(`\turl = {${url.replace(/[{}]/g, "")}},`);
      return extra.length === 0 ? entry : entry.replace(/\n\}\s*$/, `\n${extra.join("\n")}\n}`);
    })
    .join("\n");
}
