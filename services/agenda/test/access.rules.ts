import type { Role } from '@tdkt/auth';

/**
 * Who may call each operation of agenda's OpenAPI document (read by the access-matrix test).
 * Organizers (and admin) change conferences, venues, guests, connection points and agendas;
 * organizers, the award secretariat (whose awards the presentation lists), the cluster lead and
 * admin read them. Press roles have no business here: they read what agenda announces.
 */
type Rule = { roles: readonly Role[] } | { public: string };

const WRITE = { roles: ['organizer', 'admin'] } as const;
const READ = { roles: ['organizer', 'secretariat', 'cluster-lead', 'admin'] } as const;

export const ACCESS_RULES: Record<string, Rule> = {
  'POST /venues': WRITE,
  'GET /venues': READ,
  'GET /venues/{id}': READ,
  'POST /conferences': WRITE,
  'GET /conferences': READ,
  'GET /conferences/{id}': READ,
  'PATCH /conferences/{id}': WRITE,
  'POST /conferences/{id}/schedule': WRITE,
  'POST /conferences/{id}/reschedule': WRITE,
  'POST /conferences/{id}/cancel': WRITE,
  'POST /conferences/{id}/start': WRITE,
  'POST /conferences/{id}/conclude': WRITE,
  'POST /conferences/{id}/guests': WRITE,
  'GET /conferences/{id}/guests': READ,
  'POST /conferences/{id}/connection-points': WRITE,
  'DELETE /conferences/{id}/connection-points/{pointId}': WRITE,
  'POST /conferences/{id}/segments': WRITE,
  'PATCH /conferences/{id}/segments/{segmentId}': WRITE,
  'DELETE /conferences/{id}/segments/{segmentId}': WRITE,
  'PUT /conferences/{id}/segments/order': WRITE,
  'POST /conferences/{id}/agenda/versions': WRITE,
  'GET /conferences/{id}/agenda/versions': READ,
  'POST /conferences/{id}/movement': WRITE,
  'POST /conferences/{id}/award-presenters': WRITE,
  'POST /conferences/{id}/ceremony/highlights': WRITE,
  'POST /conferences/{id}/ceremony/speeches': WRITE,
  'POST /conferences/{id}/ceremony/presentations': WRITE,
  'POST /conferences/{id}/ceremony/prizes': WRITE,
  'POST /conferences/{id}/ceremony/results': WRITE,
  'POST /conferences/{id}/ceremony/award-presentations': WRITE,
  'GET /conferences/{id}/ceremony': READ,
  'GET /conferences/{id}/agenda/calendar.ics': READ,
  'GET /conferences/{id}/agenda/document.html': READ,
  'GET /admin/outbox/parked': { roles: ['admin'] },
  'GET /health/live': { public: 'health probe' },
  'GET /health/ready': { public: 'health probe' },
};
