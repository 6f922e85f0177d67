import { expect, test, uniqueArticle } from "../fixtures";
import { STUB_ARTICLE, STUB_ORIGIN, STUB_PORT, startStubServer, stopStubServer, stubConfigured } from "./support/stub-server";

test.beforeAll(async () => {
  if (stubConfigured()) await startStubServer();
});
test.afterAll(stopStubServer);

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("a reviewer imports pasted Markdown and pasted HTML; the format follows the text", async ({ pageAs }) => {
  const page = await pageAs("reviewer");
  const id = stamp();
  await page.goto("/review/new");
  await page.getByLabel("Article text").fill(`# Salt and blood pressure ${id}\n\nCutting salt by **half** lowers blood pressure in *every* adult.\n\n- Item one about potassium`);
  await expect(page.getByLabel("Format of the text")).toHaveValue("markdown");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Salt and blood pressure ${id}` })).toBeVisible();
  await expect(page.locator(".workspace-article")).toContainText("Cutting salt by half lowers blood pressure in every adult.");
  await expect(page.locator(".workspace-article")).not.toContainText("**");

  await page.goto("/review/new");
  await page.getByLabel("Article text").fill(`<html><head><title>Sugar ${id}</title></head><body><nav>Menu</nav><article><h1>Sugar ${id}</h1><p>Sugar causes hyperactivity in children.</p><script>alert("x")</script></article></body></html>`);
  await expect(page.getByLabel("Format of the text")).toHaveValue("html");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sugar ${id}` })).toBeVisible();
  await expect(page.locator(".workspace-article")).toContainText("Sugar causes hyperactivity in children.");
  await expect(page.locator(".workspace-article")).not.toContainText("alert");
  await expect(page.locator(".workspace-article")).not.toContainText("Menu");
});

test("a reviewer uploads a .md file and an .html file", async ({ pageAs }) => {
  const page = await pageAs("reviewer");
  const id = stamp();
  await page.goto("/review/new");
  await page.getByLabel("Upload a file (.txt, .md or .html)").setInputFiles({ name: "coffee.md", mimeType: "text/markdown", buffer: Buffer.from(`# Coffee ${id}\n\nCoffee **always** dehydrates you.`) });
  await expect(page.locator("#file-note")).toContainText("Read coffee.md (Markdown");
  await expect(page.getByLabel("Format of the text")).toHaveValue("markdown");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Coffee ${id}` })).toBeVisible();
  await expect(page.locator(".workspace-article")).toContainText("Coffee always dehydrates you.");

  await page.goto("/review/new");
  await page.getByLabel("Upload a file (.txt, .md or .html)").setInputFiles({
    name: "eggs.html",
    mimeType: "text/html",
    buffer: Buffer.from(`<!doctype html><html><head><meta property="og:title" content="Eggs ${id}"><meta name="author" content="Ed Egg"></head><body><article><p>Two eggs a day raise cholesterol by 30 percent.</p></article></body></html>`),
  });
  await expect(page.getByLabel("Format of the text")).toHaveValue("html");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Eggs ${id}` })).toBeVisible();
  await expect(page.locator(".workspace-article")).toContainText("Two eggs a day raise cholesterol by 30 percent.");

  await page.goto("/review/new");
  await page.getByLabel("Upload a file (.txt, .md or .html)").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("png") });
  await expect(page.locator("#file-error")).toHaveText("photo.png is not a .txt, .md or .html file.");
});

test("a reviewer imports an article by URL from a local server: metadata read, page furniture dropped", async ({ pageAs }) => {
  const page = await pageAs("reviewer");
  const id = stamp();
  await page.goto("/review/new");
  await page.getByLabel("Article URL").fill(`${STUB_ORIGIN}/article/${id}`);
  await page.getByRole("button", { name: "Import from URL" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${STUB_ARTICLE.title} ${id}` })).toBeVisible();
  const article = page.locator(".workspace-article");
  await expect(article).toContainText(STUB_ARTICLE.sentence);
  await expect(article).not.toContainText("Home");
  await expect(article).not.toContainText("Copyright");
  await expect(article).not.toContainText("hacked");
});

test("URL import refuses private, loopback and link-local addresses, and redirects to them, saying why", async ({ pageAs }) => {
  const page = await pageAs("reviewer");
  await page.goto("/review/new");
  const url = page.getByLabel("Article URL");
  const error = page.locator("#import-url-error");
  const cases: Array<[string, RegExp]> = [
    [`http://127.0.0.1:${STUB_PORT + 1}/`, /Refused: 127\.0\.0\.1 is a loopback address/],
    ["http://10.0.0.1/article", /Refused: 10\.0\.0\.1 is a private network address/],
    ["http://169.254.169.254/latest/meta-data/", /Refused: 169\.254\.169\.254 is a link-local address/],
    ["http://[::ffff:127.0.0.1]/", /Refused: ::ffff:7f00:1 is a loopback address/],
    ["ftp://example.org/file.txt", /Enter a full http:\/\/ or https:\/\/ address/],
  ];
  if (stubConfigured()) {
    cases.push([`${STUB_ORIGIN}/redirect-to-loopback`, new RegExp(`Refused: 127\\.0\\.0\\.1 is a loopback address`)]);
    cases.push([`${STUB_ORIGIN}/redirect-to-metadata`, /Refused: 169\.254\.169\.254 is a link-local address/]);
  }
  for (const [address, message] of cases) {
    await url.fill(address);
    await page.getByRole("button", { name: "Import from URL" }).click();
    await expect(error).toHaveText(message);
    await expect(page).toHaveURL(/\/review\/new$/);
  }
});

test("the paste form still works for plain text with a title (regression)", async ({ pageAs }) => {
  const page = await pageAs("reviewer");
  const article = uniqueArticle("Plain import");
  await page.goto("/review/new");
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Article text").fill(article.text);
  await expect(page.getByLabel("Format of the text")).toHaveValue("text");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
});
