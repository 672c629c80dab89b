import { ProblemException } from '@tdkt/service-kit';
import { PRESS_ROLES, type Actor, type PressRole } from './domain/workflow';

/**
 * Who is acting. There is no auth service yet: the gateway will authenticate the user and set
 * `x-actor` (the person's name or account) and `x-role` (`press-officer` | `press-lead`); until
 * then a caller sets them. They are validated here, never trusted blindly for their shape.
 */
export function actorFrom(headers: Record<string, string | string[] | undefined>): Actor {
  const one = (h: string) => {
    const v = headers[h];
    return (Array.isArray(v) ? v[0] : v)?.trim();
  };
  const name = one('x-actor');
  const role = one('x-role');
  if (!name || !role) {
    throw new ProblemException({
      status: 401,
      type: 'actor-required',
      vi: {
        title: 'Chưa xác định người thực hiện',
        detail: 'Cần tiêu đề x-actor (người thực hiện) và x-role (press-officer hoặc press-lead)',
      },
      en: { title: 'Actor required', detail: 'the x-actor and x-role headers are required (set by the gateway)' },
    });
  }
  let decoded = name;
  try {
    decoded = decodeURIComponent(name); // HTTP headers are Latin-1: Vietnamese names travel percent-encoded
  } catch {
    // not encoded: as given
  }
  if (decoded.length > 200 || !PRESS_ROLES.includes(role as PressRole)) {
    throw new ProblemException({
      status: 400,
      type: 'invalid-actor',
      vi: {
        title: 'Người thực hiện không hợp lệ',
        detail: `x-role phải là một trong: ${PRESS_ROLES.join(', ')}; x-actor tối đa 200 ký tự`,
      },
      en: {
        title: 'Invalid actor',
        detail: `x-role must be one of ${PRESS_ROLES.join(', ')}; x-actor at most 200 characters`,
      },
    });
  }
  return { name: decoded.normalize('NFC'), role: role as PressRole };
}
