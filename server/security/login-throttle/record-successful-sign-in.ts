import "server-only";
import { throttleKeys } from "@/domain/security/login-throttle-policy";
import { db } from "../../db";

/**
 * A right password from this address clears this account's counter for this address only:
 * the account's own counter keeps counting failures from elsewhere (an attack that goes on
 * while the owner signs in), and the address's counter keeps counting other accounts.
 */
export async function recordSuccessfulSignIn(account: string, addressBucket: string): Promise<void> {
  const pair = throttleKeys(account, addressBucket).find((k) => k.scope === "pair");
  if (pair) await db.loginThrottle.deleteMany({ where: { key: pair.key } });
}
