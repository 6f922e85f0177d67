import Link from "next/link";

export function NotForYourRole({ role }: { role: string }) {
  return (
    <div className="page-narrow">
      <h1>Editors only</h1>
      <p>The editor’s dashboard is for editors and admins. Your account ({role}) can read published reviews{role === "reviewer" ? " and work on your articles in the workspace" : ""}.</p>
      <p>
        <Link href={role === "reviewer" ? "/review" : "/"}>{role === "reviewer" ? "Go to the workspace" : "See published reviews"}</Link>
      </p>
    </div>
  );
}
