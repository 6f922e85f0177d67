import { accountApi } from "@/domain/schemas/api/account";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { changeOwnPassword } from "@/server/data/users/change-own-password";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** PUT /api/account/password {currentPassword, newPassword}: every session of the user ends, this one too. */
export const PUT = routeHandler(
  async ({ request, actor }) => (await changeOwnPassword(actor, await readJson(request, accountApi.changeOwnPassword.body))) satisfies ApiReply<"changeOwnPassword">,
);
