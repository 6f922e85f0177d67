import { accountApi } from "@/domain/schemas/api/account";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { signOutUserEverywhere } from "@/server/data/users/sign-out-user-everywhere";
import { routeHandler } from "@/server/http/route-handler";

/** POST /api/users/<id>/sign-out-everywhere: an admin ends every session of the user. */
export const POST = routeHandler<{ id: string }>(
  async ({ actor, params }) => (await signOutUserEverywhere(actor, accountApi.signOutUserEverywhere.params.parse(params).id)) satisfies ApiReply<"signOutUserEverywhere">,
);
