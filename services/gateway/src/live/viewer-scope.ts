import { Logger } from '@nestjs/common';
import { visibleTenants, type Actor } from '@tdkt/auth';
import type { SessionUser } from '../session/session-data';

const logger = new Logger('ViewerScope');

/**
 * The tenants whose live events a signed-in user hears, or null for all (admin): the same rules
 * the services apply to reads (libs/auth `visibleTenants`), and for a member of a press office
 * the tenants it covers (press `GET /press-offices/<office>`, asked with the user's own token, as
 * the press service scopes its drafts). Press unreachable: their own tenants only, never more.
 */
export async function viewerScope(
  user: SessionUser,
  pressUrl: string,
  authorization: string | undefined,
): Promise<string[] | null> {
  const visible = visibleTenants(user as Actor);
  if (visible === null) return null;
  const offices = user.roles.some((r) => r === 'press-officer' || r === 'press-lead')
    ? visible.filter((t) => t.startsWith('press:'))
    : [];
  const covered = await Promise.all(
    offices.map(async (office) => {
      try {
        const res = await fetch(`${pressUrl}/press-offices/${encodeURIComponent(office)}`, {
          headers: authorization ? { authorization } : {},
          signal: AbortSignal.timeout(5_000),
        });
        if (!res.ok) throw new Error(`press answered ${res.status}`);
        const body = (await res.json()) as { covers?: unknown };
        return Array.isArray(body.covers) ? body.covers.filter((t): t is string => typeof t === 'string') : [];
      } catch (e) {
        logger.warn({ office, err: (e as Error).message }, 'live: coverage unknown; own tenants only');
        return [];
      }
    }),
  );
  return [...new Set([...visible, ...covered.flat()])];
}
