import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Actor, Role } from '../domain/actor';

export const PUBLIC_ROUTE = 'tdkt:auth:public';
export const ALLOWED_ROLES = 'tdkt:auth:roles';

/**
 * Open without a token, by design and by name: health, signed RSVP and check-in links, a feed
 * behind its own secret. The reason is kept for reviewers and the access matrix.
 */
export const Public = (reason: string) => SetMetadata(PUBLIC_ROUTE, reason);

/** The roles that may call an endpoint (any of them). A route without it, and not Public, is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** The verified caller of this request (set by AuthGuard). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<{ actor?: Actor }>().actor;
  if (!actor) throw new Error('CurrentActor on a route without an actor (a Public route?)');
  return actor;
});
