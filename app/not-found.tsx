import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Any address the app has no page for, and every notFound() of a page (an unknown review, revision or article). */
export default function NotFound() {
  return (
    <div>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have been mistyped, or what it pointed to was removed.</p>
      <p>
        See <Link href="/">all published reviews</Link>, or <Link href="/claims">search checked claims</Link>.
      </p>
    </div>
  );
}
