"use client";

import Link from "next/link";
import { SessionProvider, useSession } from "next-auth/react";

/**
 * The signed-in part of the header, filled in on the client so that public pages stay
 * cacheable (the server renders them without reading the session).
 */
function AccountLinks() {
  const { data: session, status } = useSession();
  if (status === "loading") return <span className="hint" aria-hidden="true" />;
  if (!session?.user) return <Link href="/signin">Sign in</Link>;
  const role = session.user.role;
  return (
    <>
      {(role === "reviewer" || role === "editor" || role === "admin") && <Link href="/review">Workspace</Link>}
      <span className="hint">
        {session.user.name} ({role})
      </span>
      <Link href="/signout">Sign out</Link>
    </>
  );
}

export function AccountNav() {
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <AccountLinks />
    </SessionProvider>
  );
}
