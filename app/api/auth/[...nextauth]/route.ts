import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/server/auth";

const handler = NextAuth(authOptions);

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth answers `GET /api/auth/callback/credentials` with a 500 ("Callback for provider
 * type credentials not supported"): the credentials callback is a form POST only, so a GET is
 * the client's mistake and gets 405.
 */
export async function GET(request: Request, context: NextAuthContext): Promise<Response> {
  const [action, provider] = (await context.params).nextauth;
  if (action === "callback" && provider === "credentials") {
    return NextResponse.json(
      { error: { code: "METHOD_NOT_ALLOWED", message: "Sign in with a POST of the sign-in form.", details: null } },
      { status: 405, headers: { Allow: "POST" } },
    );
  }
  return handler(request, context) as Promise<Response>;
}

export { handler as POST };
