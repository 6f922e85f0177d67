/**
 * Builds the overlay client for the browser (part of `npm run build`, and of `npm start`'s
 * build): overlay-client/index.ts -> public/embed.js (one minified script, no dependencies at
 * run time), and the reader page's stylesheet public/reader.css from app/styles (base, verdicts, reader, and dashboard for the export menu). The panel's
 * design tokens are read from app/styles/base.css, so the overlay and the app share one set.
 */
import { build } from "esbuild";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const styles = (name: string) => readFileSync(join(root, "app", "styles", name), "utf8");

/** The `:root { ... }` token block of base.css, for the panel's `:host`. */
function designTokens(): string {
  const match = /:root\s*\{[\s\S]*?\n\}/.exec(styles("base.css"));
  if (!match) throw new Error("app/styles/base.css has no :root token block");
  return match[0].replace(":root", ":host");
}

export async function buildOverlayClient(): Promise<{ bytes: number }> {
  mkdirSync(join(root, "public"), { recursive: true });
  const result = await build({
    entryPoints: [join(root, "overlay-client", "index.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["chrome111", "firefox115", "safari16.4"],
    platform: "browser",
    legalComments: "none",
    write: false,
    loader: { ".txt": "text" },
    plugins: [
      {
        name: "panel-tokens",
        setup(plugin) {
          plugin.onLoad({ filter: /panel\.css\.txt$/ }, (args) => ({ contents: `${designTokens()}\n${readFileSync(args.path, "utf8")}\n${styles("verdicts.css")}`, loader: "text" }));
        },
      },
    ],
  });
  const script = result.outputFiles[0]!.contents;
  writeFileSync(join(root, "public", "embed.js"), script);
  writeFileSync(join(root, "public", "reader.css"), ["base.css", "verdicts.css", "reader.css", "dashboard.css"].map(styles).join("\n"));
  return { bytes: script.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bytes } = await buildOverlayClient();
  console.log(`[claimcheck] built public/embed.js (${(bytes / 1024).toFixed(1)} KB) and public/reader.css`);
}
