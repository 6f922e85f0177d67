import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/demo-accounts";
import type { Role } from "../../domain/ratings/scale";

export const DEMO_ARTICLE_PATH = "/articles/reversing-calcification-vitamin-k2";

export function demoAccount(role: Role) {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`No demo account for ${role}`);
  return { ...user, password: DEMO_PASSWORD };
}

export const storageStatePath = (role: Role) => `e2e/.auth/${role}.json`;
