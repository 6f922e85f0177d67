import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { ZRole } from "@/domain/schemas/review";
import { authOptions } from "./auth";
import type { Actor } from "./authz";

/**
 * The signed-in user as the data layer sees them. next-auth's jwt callback (server/auth.ts)
 * reads the user from the database on each request and refuses a token whose session was
 * ended, so a changed role, a deleted account or a sign-out takes effect at once, whatever
 * the token says.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  const role = ZRole.safeParse(user.role);
  if (!role.success) return null;
  return { id: user.id, email: user.email, name: user.name ?? "", role: role.data };
});
