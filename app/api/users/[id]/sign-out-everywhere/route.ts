import { ZUserId } from "@/domain/schemas/account-inputs";
import { signOutUserEverywhere } from "@/server/data/users/sign-out-user-everywhere";
import { routeHandler } from "@/server/http/route-handler";

/** POST /api/users/<id>/sign-out-everywhere: an admin ends every session of the user. */
export const POST = routeHandler<{ id: string }>(async ({ actor, params }) => signOutUserEverywhere(actor, ZUserId.parse(params.id)));
