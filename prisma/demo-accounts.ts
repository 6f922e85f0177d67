import type { Role } from "../domain/ratings/scale";

/** Demo accounts, created only in the demo database that the seed itself created. */
export const DEMO_PASSWORD = "claimcheck-demo";

export const DEMO_USERS: { id: string; email: string; name: string; role: Role }[] = [
  { id: "demo-user-reader", email: "reader@demo.claimcheck.test", name: "Rita Reader", role: "reader" },
  { id: "demo-user-reviewer", email: "reviewer@demo.claimcheck.test", name: "Ravi Reviewer", role: "reviewer" },
  { id: "demo-user-editor", email: "editor@demo.claimcheck.test", name: "Erin Editor", role: "editor" },
  { id: "demo-user-admin", email: "admin@demo.claimcheck.test", name: "Ada Admin", role: "admin" },
];
