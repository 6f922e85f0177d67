import { ZChangePasswordInput } from "@/domain/schemas/account-inputs";
import { changeOwnPassword } from "@/server/data/users/change-own-password";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** PUT /api/account/password {currentPassword, newPassword}: every session of the user ends, this one too. */
export const PUT = routeHandler(async ({ request, actor }) => changeOwnPassword(actor, await readJson(request, ZChangePasswordInput)));
