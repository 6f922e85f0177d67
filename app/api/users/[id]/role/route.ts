import { ZChangeRoleInput, ZUserId } from "@/domain/schemas/account-inputs";
import { changeUserRole } from "@/server/data/users/change-user-role";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** PUT /api/users/<id>/role {role}: an admin changes a user's role; the user's sessions end. */
export const PUT = routeHandler<{ id: string }>(async ({ request, actor, params }) => {
  const userId = ZUserId.parse(params.id);
  const { role } = await readJson(request, ZChangeRoleInput);
  return changeUserRole(actor, userId, role);
});
