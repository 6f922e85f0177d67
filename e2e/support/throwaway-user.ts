import Database from "better-sqlite3";
import bcrypt from "bcryptjs";
import type { Role } from "../../domain/ratings/scale";

/**
 * A user of its own for a test that ends sessions or changes roles: doing that to a demo
 * account would end the saved sessions every other test signs in with. Written straight into
 * the end-to-end database (there is no sign-up route); a low bcrypt cost keeps it fast, and
 * sign-in checks any cost.
 */
export function createThrowawayUser(port: number, role: Role): { id: string; email: string; password: string; name: string } {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const user = { id: `e2e-user-${stamp}`, email: `throwaway-${stamp}@e2e.claimcheck.test`, name: `Throwaway ${stamp}`, password: `throwaway password ${stamp}` };
  const db = new Database(`data/e2e-${port}.db`, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.prepare(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "sessionVersion", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, 0, ?, ?)`).run(
      user.id,
      user.email,
      user.name,
      bcrypt.hashSync(user.password, 4),
      role,
      now,
      now,
    );
  } finally {
    db.close();
  }
  return user;
}
