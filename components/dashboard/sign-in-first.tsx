import Link from "next/link";

/** Signed-out visitors of an editor page: what it is and where to sign in (the data layer refuses them anyway). */
export function SignInFirst({ callbackUrl }: { callbackUrl: string }) {
  return (
    <div className="page-narrow">
      <h1>Sign in to continue</h1>
      <p>The editor’s dashboard is for editors and admins.</p>
      <p>
        <Link className="button" href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
