// No "server-only" marker: the seed hashes the demo passwords with it.
import bcrypt from "bcryptjs";

/** bcrypt's adaptive cost: 2^12 rounds, about 250 ms a hash on this machine's class of CPU. */
const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let unknownUserHash: Promise<string> | null = null;

/** Checked when the email is unknown, so that an unknown account takes as long as a wrong password. */
export function verifyAgainstUnknownUser(password: string): Promise<boolean> {
  unknownUserHash ??= hashPassword("no account has this password");
  return unknownUserHash.then((hash) => verifyPassword(password, hash)).then(() => false);
}
