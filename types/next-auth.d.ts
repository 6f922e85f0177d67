import type { DefaultSession } from "next-auth";
import type { Role } from "@/domain/ratings/scale";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The user's session version when the token was issued (server/auth.ts). */
    sessionVersion?: number;
  }
}
