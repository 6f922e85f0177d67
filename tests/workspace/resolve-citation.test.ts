import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resolveCitation } from "../../server/citations/resolve-citation";
import { startLocalServer } from "./local-server";

const fixture = (name: string) => readFileSync(new URL(`../../domain/citations/fixtures/${name}`, import.meta.url), "utf8");
let stub: Awaited<ReturnType<typeof startLocalServer>>;
const requests: string[] = [];

beforeAll(async () => {
  stub = await startLocalServer((request, response) => {
    requests.push(request.url ?? "");
    const url = new URL(request.url ?? "/", "http://x");
    if (url.pathname === "/crossref/works/10.1038%2F386078a0" || url.pathname === "/crossref/works/10.1038/386078a0") {
      response.writeHead(200, { "Content-Type": "application/json" }).end(fixture("crossref-work-luo-1997.json"));
    } else if (url.pathname === "/eutils/esummary.fcgi" && url.searchParams.get("id") === "9052783") {
      response.writeHead(200, { "Content-Type": "application/json" }).end(fixture("eutils-esummary-9052783.json"));
    } else if (url.pathname.startsWith("/slow")) {
      setTimeout(() => response.writeHead(200).end("{}"), 8000); // far beyond the 0.2 s timeout below, so a loaded machine cannot blur the two
    } else {
      response.writeHead(404).end();
    }
  });
});
afterAll(() => stub.close());
afterEach(() => {
  delete process.env.CLAIMCHECK_CROSSREF_BASE_URL;
  delete process.env.CLAIMCHECK_EUTILS_BASE_URL;
  delete process.env.CLAIMCHECK_CITATION_LOOKUP_TIMEOUT_MS;
});

describe("resolveCitation", () => {
  it("completes a DOI URL from Crossref", async () => {
    process.env.CLAIMCHECK_CROSSREF_BASE_URL = `${stub.origin}/crossref`;
    const result = await resolveCitation("https://doi.org/10.1038/386078a0", { online: true });
    expect(result.lookup).toBe("online");
    expect(result.fields.title).toMatch(/Spontaneous calcification of arteries and cartilage/);
    expect(result.fields.doi).toBe("10.1038/386078a0");
    expect(result.message).toContain("Crossref");
  });

  it("completes a PubMed URL from E-utilities", async () => {
    process.env.CLAIMCHECK_EUTILS_BASE_URL = `${stub.origin}/eutils`;
    const result = await resolveCitation("https://pubmed.ncbi.nlm.nih.gov/9052783/", { online: true });
    expect(result).toMatchObject({ kind: "pmid", lookup: "online" });
    expect(result.fields.authors[0]).toMatch(/^Luo/);
  });

  it("falls back to the identifier with a notice when the service does not answer in time", async () => {
    process.env.CLAIMCHECK_CROSSREF_BASE_URL = `${stub.origin}/slow`;
    process.env.CLAIMCHECK_CITATION_LOOKUP_TIMEOUT_MS = "200";
    const started = Date.now();
    const result = await resolveCitation("10.1038/386078a0", { online: true });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(result).toMatchObject({ lookup: "offline", fields: { doi: "10.1038/386078a0", title: null } });
    expect(result.message).toMatch(/Couldn't look it up in Crossref \(no answer within 0\.2 s\)\. Fill in/);
  });

  it("falls back when the service has no record", async () => {
    process.env.CLAIMCHECK_EUTILS_BASE_URL = `${stub.origin}/missing`;
    const result = await resolveCitation("PMID: 123", { online: true });
    expect(result.lookup).toBe("offline");
    expect(result.message).toContain("no record");
  });

  it("reads BibTeX and RIS offline without a lookup", async () => {
    const bib = await resolveCitation("@article{luo1997, title={Spontaneous calcification}, author={Luo, G. and Ducy, P.}, journal={Nature}, year={1997}}", { online: true });
    expect(bib).toMatchObject({ kind: "bibtex", lookup: "parsed", fields: { title: "Spontaneous calcification", year: 1997 } });
    const ris = await resolveCitation("TY  - JOUR\nTI  - Vitamin K2 and arteries\nAU  - Geleijnse, J\nPY  - 2004\nER  - ", { online: true });
    expect(ris).toMatchObject({ kind: "ris", fields: { title: "Vitamin K2 and arteries", year: 2004 } });
  });

  it("refuses what it cannot read with a reason", async () => {
    await expect(resolveCitation("hello world", { online: true })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("not a DOI") });
    await expect(resolveCitation("@article{broken, title={x", { online: true })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
