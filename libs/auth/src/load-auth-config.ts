import { z } from 'zod';
import { authConfigFrom, authEnv, type AuthConfig } from './auth.config';

/** Reads the AUTH_* variables, validated at start-up like the rest of a service's configuration. */
export function loadAuthConfig(service: string, env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = z.object(authEnv).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${service}: invalid configuration — ${problems}`);
  }
  return authConfigFrom(parsed.data);
}
