import { z } from "zod";
import { ZChangePasswordInput, ZChangeRoleInput, ZUserId } from "../account-inputs";
import { ZRole } from "../review";
import { ZOk, ZStoredRole } from "./wire";
import type { AreaSchemas } from "./route-schemas";

/** Accounts: the user's own password, an admin's changes to users, and next-auth's session. */
export const accountApi = {
  changeOwnPassword: { body: ZChangePasswordInput, output: ZOk },
  changeUserRole: { params: z.object({ id: ZUserId }), body: ZChangeRoleInput, output: z.object({ userId: z.string(), role: ZRole }) },
  signOutUserEverywhere: { params: z.object({ id: ZUserId }), output: z.object({ userId: z.string() }) },
  /** next-auth's session endpoint: `{}` when signed out. */
  getSession: {
    output: z.object({
      user: z.object({ id: z.string(), name: z.string().nullish(), email: z.string().nullish(), role: ZStoredRole }).optional(),
      expires: z.string().optional(),
    }),
  },
  nextAuthGet: { response: "next-auth" },
  nextAuthPost: { response: "next-auth" },
} as const satisfies AreaSchemas;
