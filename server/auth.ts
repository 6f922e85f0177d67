import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { ZRole } from "@/domain/schemas/review";
import { db } from "./db";
import { verifyAgainstUnknownUser, verifyPassword } from "./passwords";
import { clientAddress, loginRateLimiter } from "./security/login-rate-limit";

/** What a refused sign-in says when the limiter blocks it: the same for every account. */
export const TOO_MANY_ATTEMPTS = "Too many failed sign-in attempts. Wait 15 minutes and try again.";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", signOut: "/signout" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse(raw);
        const address = clientAddress(request?.headers);
        const account = parsed.success ? parsed.data.email : String((raw as { email?: unknown } | undefined)?.email ?? "").slice(0, 254).toLowerCase();
        // Refused before the password is checked, and identically whether the account exists.
        if (loginRateLimiter.isBlocked(account, address)) throw new Error(TOO_MANY_ATTEMPTS);
        if (!parsed.success) {
          loginRateLimiter.recordFailure(account, address);
          return null;
        }
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        const valid = user ? await verifyPassword(parsed.data.password, user.passwordHash) : await verifyAgainstUnknownUser(parsed.data.password);
        if (!user || !valid) {
          loginRateLimiter.recordFailure(account, address);
          return null;
        }
        loginRateLimiter.recordSuccess(account);
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = ZRole.parse((user as { role?: unknown }).role);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = ZRole.parse(token.role ?? "reader");
      }
      return session;
    },
  },
};
