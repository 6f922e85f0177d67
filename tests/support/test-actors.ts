import type { Role } from "../../domain/ratings/scale";
import type { Db } from "../../server/prisma-client";
import type { Actor } from "../../server/authz";

/** One user per key, with the given role, signed in as an Actor; `key@<emailDomain>` is the email and the key the name. */
export async function createTestActors<K extends string>(db: Db, rolesByKey: ReadonlyArray<readonly [K, Role]>, emailDomain = "test.example"): Promise<Record<K, Actor>> {
  const { createUser } = await import("../../prisma/factories");
  const actors = {} as Record<K, Actor>;
  for (const [key, role] of rolesByKey) {
    const user = await createUser(db, { email: `${key}@${emailDomain}`, name: key, role, password: "a long test password" });
    actors[key] = { id: user.id, email: user.email, name: user.name, role };
  }
  return actors;
}
