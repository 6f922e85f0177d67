import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { ZRole } from "@/domain/schemas/review";
import { authOptions } from "./auth";
import type { Actor } from "./authz";
import { db } from "./db";

/**
 * The signed-in user as the data layer sees them, read from the database on each request so
 * that a changed role or a deleted account takes effect at once, whatever the token says.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
  if (!user) return null;
  return { ...user, role: ZRole.parse(user.role) };
});
