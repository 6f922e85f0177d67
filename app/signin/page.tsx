import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/domain/security/safe-callback-path";
import { appOrigin } from "@/server/security/app-origin";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <div className="page-narrow">
      <h1>Sign in</h1>
      {/* Only a path on this app is followed after signing in, never another site. */}
      <SignInForm callbackUrl={safeCallbackPath(params.callbackUrl, appOrigin())} />
    </div>
  );
}
