import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { AccountNav } from "@/components/ui/account-nav";
import "./styles/base.css";
import "./styles/verdicts.css";
import "./styles/reader.css";
import "./styles/workspace.css";
import "./styles/review-editor.css";
import "./styles/dashboard.css";
import "./styles/revisions.css";
import "./styles/audit.css";

export const metadata: Metadata = {
  title: { default: "Claimcheck", template: "%s · Claimcheck" },
  description: "Articles reviewed claim by claim against the evidence.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Every page under this layout is rendered per request: proxy.ts gives each one a fresh
 * script nonce, and Next can only put it on scripts it writes while rendering. The public
 * reader page, the one page everyone sees the same, is not under this layout: it is static
 * HTML served by app/articles/[slug]/route.ts.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link className="brand" href="/">
            Claim<span>check</span>
          </Link>
          <nav aria-label="Main">
            <Link href="/">Reviews</Link>
            <Link href="/claims">Search claims</Link>
            <AccountNav />
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
