import type { Role } from '@tdkt/auth';

/**
 * Who may call each operation of invitations' OpenAPI document (read by the access-matrix test).
 * The guest lists, invitations, reminders, answers taken by phone and check-ins at the door are the
 * organizers' work (and admin's); organizers, the cluster lead and admin read them. The personal
 * RSVP links are signed tokens, open without a login. The platform-wide default protocol order
 * is admin's to change.
 */
type Rule = { roles: readonly Role[] } | { public: string };

const WRITE = { roles: ['organizer', 'admin'] } as const;
const READ = { roles: ['organizer', 'cluster-lead', 'admin'] } as const;

export const ACCESS_RULES: Record<string, Rule> = {
  'POST /guests': WRITE,
  'GET /guests': READ,
  'GET /guests/{id}': READ,
  'PATCH /guests/{id}': WRITE,
  'GET /precedence-tables/default': READ,
  'PUT /precedence-tables/default': { roles: ['admin'] },
  'GET /organizations/{id}/precedence-table': READ,
  'PUT /organizations/{id}/precedence-table': WRITE,
  'GET /organizations/{id}/default-guests': READ,
  'PUT /organizations/{id}/default-guests': WRITE,
  'GET /conferences/{id}': READ,
  'GET /conferences/{id}/guests': READ,
  'POST /conferences/{id}/invitations': WRITE,
  'POST /conferences/{id}/invitations/send': WRITE,
  'GET /invitations/{id}': READ,
  'POST /invitations/{id}/withdraw': WRITE,
  'PUT /invitations/{id}/representative': WRITE,
  'POST /invitations/{id}/rsvp': WRITE,
  'GET /rsvp/{token}': { public: 'signed RSVP link' },
  'POST /rsvp/{token}': { public: 'signed RSVP link' },
  'POST /conferences/{id}/check-ins': WRITE,
  'GET /conferences/{id}/attendance': READ,
  'GET /conferences/{id}/guest-list/export': READ,
  'GET /conferences/{id}/attendance/export': READ,
  'GET /mail': WRITE,
  'GET /admin/outbox/parked': { roles: ['admin'] },
  'GET /health/live': { public: 'health probe' },
  'GET /health/ready': { public: 'health probe' },
};
