"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { callApi } from "@/components/api/api-client";

type SessionUser = { name?: string | null; role: string };

/**
 * The signed-in part of the header, filled in on the client so that public pages stay
 * cacheable (the server renders them without reading the session). Reads next-auth's
 * session endpoint (through the typed API client) rather than shipping its client library to every page.
 */
export function AccountNav() {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  // Read again on each navigation: signing in or out moves to another page without a reload.
  const pathname = usePathname();
  useEffect(() => {
    let cancelled = false;
    void callApi("getSession").then((session) => !cancelled && setUser(session.ok ? (session.data.user ?? null) : null));
    return () => {
      cancelled = true;
    };
  }, [pathname]);
  if (user === undefined) return <span className="hint" aria-hidden="true" />;
  if (!user) return <Link href="/signin">Sign in</Link>;
  const worksOnReviews = user.role === "reviewer" || user.role === "editor" || user.role === "admin";
  return (
    <>
      {worksOnReviews && <Link href="/review">Workspace</Link>}
      {(user.role === "editor" || user.role === "admin") && <Link href="/dashboard">Dashboard</Link>}
      <span className="hint">
        {user.name} ({user.role})
      </span>
      <Link href="/signout">Sign out</Link>
    </>
  );
}
