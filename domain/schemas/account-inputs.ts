import { z } from "zod";
import { ROLES } from "../ratings/scale";

/** PUT /api/users/[id]/role: an admin gives a user another role (their sessions end). */
export const ZChangeRoleInput = z.object({ role: z.enum(ROLES) }).strict();
export type TChangeRoleInput = z.infer<typeof ZChangeRoleInput>;

/** PUT /api/account/password: the signed-in user's new password (every session of theirs ends). */
export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(12, "Use at least 12 characters.").max(200),
  })
  .strict()
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "The new password must differ from the current one." });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** A user id in a route segment. */
export const ZUserId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a user id.");

/** The sign-in form (next-auth's credentials provider, server/auth.ts). */
export const ZSignInCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});
