import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZSignInCredentials } from "@/domain/schemas/account-inputs";
import { ZRole } from "@/domain/schemas/review";
import { addressBucket, clientAddress, trustedProxyHops } from "@/domain/security/client-address";
import { tooManyAttemptsMessage } from "@/domain/security/login-throttle-policy";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/domain/security/safe-callback-path";
import { db } from "./db";
import { endSignedOutSession } from "./data/users/end-signed-out-session";
import { findSessionUser } from "./data/users/find-session-user";
import { verifyAgainstUnknownUser, verifyPassword } from "./passwords";
import { appOrigin } from "./security/app-origin";
import { sessionSecret } from "./security/session-secret";
import { recordFailedSignIn } from "./security/login-throttle/record-failed-sign-in";
import { recordSuccessfulSignIn } from "./security/login-throttle/record-successful-sign-in";
import { signInWait } from "./security/login-throttle/sign-in-wait";


export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Thrown by the jwt callback for a token that no longer speaks for anyone: next-auth then clears the cookie and answers "no session". */
class SessionEndedError extends Error {
  constructor() {
    super("The session was ended (signed out, or the account changed).");
    this.name = "SessionEndedError";
  }
}

export const authOptions: NextAuthOptions = {
  secret: sessionSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", signOut: "/signout" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = ZSignInCredentials.safeParse(raw);
        const address = addressBucket(clientAddress(request?.headers, trustedProxyHops(process.env.CLAIMCHECK_TRUSTED_PROXY_HOPS)));
        const account = parsed.success ? parsed.data.email : String((raw as { email?: unknown } | undefined)?.email ?? "").trim().slice(0, 254).toLowerCase();
        // Refused before the password is checked, and identically whether the account exists.
        const wait = await signInWait(account, address);
        if (wait > 0) throw new Error(tooManyAttemptsMessage(wait));
        if (!parsed.success) {
          await recordFailedSignIn(account, address);
          return null;
        }
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        const valid = user ? await verifyPassword(parsed.data.password, user.passwordHash) : await verifyAgainstUnknownUser(parsed.data.password);
        if (!user || !valid) {
          await recordFailedSignIn(account, address);
          return null;
        }
        await recordSuccessfulSignIn(account, address);
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    /**
     * Runs on sign-in (with `user`) and on every request that reads the session: the token's
     * user is read from the database each time, so a token whose session was ended stops
     * working at once and a changed role or name shows at once.
     */
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; role?: unknown; sessionVersion?: unknown };
        token.sub = signedIn.id;
        token.role = ZRole.parse(signedIn.role);
        token.sessionVersion = typeof signedIn.sessionVersion === "number" ? signedIn.sessionVersion : -1;
        return token;
      }
      const current = token.sub ? await findSessionUser(token.sub, token.sessionVersion) : null;
      if (!current) throw new SessionEndedError();
      token.role = current.role;
      token.name = current.name;
      token.email = current.email;
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = ZRole.parse(token.role ?? "reader");
        session.user.name = token.name ?? session.user.name;
        session.user.email = token.email ?? session.user.email;
      }
      return session;
    },
    /** After signing in or out, only a path on this app (see safeCallbackPath), whatever callbackUrl said. */
    redirect({ url }) {
      const origin = appOrigin();
      return `${origin}${safeCallbackPath(url, origin, DEFAULT_AFTER_SIGN_IN)}`;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sub && typeof token.sessionVersion === "number") await endSignedOutSession(token.sub, token.sessionVersion);
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is expected (the user is simply signed out), not an error to log.
      const error = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
      if (error instanceof Error && error.name === "SessionEndedError") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};
