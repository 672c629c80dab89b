import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { currentCorrelation } from '@tdkt/contracts';
import { hasRole, type Actor, type Role } from '../domain/actor';
import { ForbiddenError, UnauthenticatedError } from '../domain/auth-errors';
import { InvalidTokenError, TokenVerifier } from '../token-verifier';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './access.decorators';

interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}

/**
 * Every HTTP route of a service goes through here (a global guard): Public routes pass, every
 * other one needs a verified bearer token (401) and one of its declared roles (403). A route
 * that declares no roles is refused to everyone, so a new endpoint cannot ship open.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // events have their own trust: the broker's ACLs
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<string>(PUBLIC_ROUTE, targets)) return true;

    const req = context.switchToHttp().getRequest<AuthRequest>();
    const header = req.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    const match = value?.match(/^Bearer ([A-Za-z0-9._~+/-]+=*)$/);
    if (!match) throw new UnauthenticatedError('no bearer token');
    let actor: Actor;
    try {
      actor = await this.verifier.verify(match[1]!);
    } catch (e) {
      // KeysUnavailableError goes on as it is: a 503, the token may be good
      if (e instanceof InvalidTokenError) throw new UnauthenticatedError(e.message);
      throw e;
    }
    req.actor = actor;
    // the outbox stamps events with who acted (CloudEvents extension attributes)
    const correlation = currentCorrelation();
    if (correlation) correlation.actor = { id: actor.id, name: actor.name };

    const allowed = this.reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, targets) ?? [];
    if (!hasRole(actor, allowed)) throw new ForbiddenError(allowed);
    return true;
  }
}
