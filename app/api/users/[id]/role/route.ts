import { accountApi } from "@/domain/schemas/api/account";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { changeUserRole } from "@/server/data/users/change-user-role";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** PUT /api/users/<id>/role {role}: an admin changes a user's role; the user's sessions end. */
export const PUT = routeHandler<{ id: string }>(async ({ request, actor, params }) => {
  const { id } = accountApi.changeUserRole.params.parse(params);
  const { role } = await readJson(request, accountApi.changeUserRole.body);
  return (await changeUserRole(actor, id, role)) satisfies ApiReply<"changeUserRole">;
});
