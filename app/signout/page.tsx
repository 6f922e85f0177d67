import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/sign-out-button";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <div className="page-narrow">
      <h1>Sign out</h1>
      <p>You will need to sign in again to review or edit.</p>
      <SignOutButton />
    </div>
  );
}
