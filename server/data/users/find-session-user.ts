import "server-only";
import { ZRole } from "@/domain/schemas/review";
import type { Actor } from "../../authz";
import { db } from "../../db";

/**
 * The user a session token speaks for, read fresh on every request: null when the account is
 * gone or the token's session version is no longer the user's (signed out, signed out
 * everywhere, password or role changed since the token was issued).
 */
export async function findSessionUser(userId: string, tokenSessionVersion: unknown): Promise<Actor | null> {
  if (typeof tokenSessionVersion !== "number") return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== tokenSessionVersion) return null;
  const role = ZRole.safeParse(user.role);
  if (!role.success) return null;
  return { id: user.id, email: user.email, name: user.name, role: role.data };
}
