import "server-only";
import type { Tx } from "../../db";

/**
 * Ends every session the user holds: each session token carries the version it was issued
 * under, and server/auth.ts refuses a token whose version is no longer the user's. The one
 * place that does it, for sign-out, "sign out everywhere", and password and role changes.
 * With `onlyFrom`, the version moves only if it still is that one (a sign-out with an old
 * token changes nothing); returns whether it moved.
 */
export async function bumpSessionVersion(tx: Tx, userId: string, onlyFrom?: number): Promise<boolean> {
  const { count } = await tx.user.updateMany({
    where: { id: userId, ...(onlyFrom === undefined ? {} : { sessionVersion: onlyFrom }) },
    data: { sessionVersion: { increment: 1 } },
  });
  return count > 0;
}
