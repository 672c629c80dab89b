import type { Role } from '@tdkt/auth';

/** The cluster lead keeps its cluster, covenants, signatures and results; admin any. */
const LEAD: readonly Role[] = ['cluster-lead', 'admin'];
/**
 * Reads the organizer needs for the agenda and the ceremony: the cluster's members and heads
 * (the handover), the covenant and its signing progress (the signing segment), the year-end
 * ranking (announced at the summary conference).
 */
const LEAD_AND_ORGANIZER: readonly Role[] = ['cluster-lead', 'organizer', 'admin'];

/**
 * Who may call each operation of the covenants API (issue 11): one entry per OpenAPI
 * operation, read by the access-matrix test. Tenancy (which records) is checked by
 * covenants.access.test.ts.
 */
export const ACCESS_RULES: Record<string, { roles: readonly Role[] } | { public: string }> = {
  'POST /clusters': { roles: LEAD },
  'GET /clusters': { roles: LEAD_AND_ORGANIZER },
  'GET /clusters/{id}': { roles: LEAD_AND_ORGANIZER },
  'GET /clusters/{id}/members': { roles: LEAD_AND_ORGANIZER },
  'POST /clusters/{id}/members': { roles: LEAD },
  'POST /clusters/{id}/members/{membershipId}/departure': { roles: LEAD },
  'POST /clusters/{id}/reorganizations': { roles: LEAD },
  'GET /clusters/{id}/leadership': { roles: LEAD_AND_ORGANIZER },
  'POST /clusters/{id}/leadership': { roles: LEAD },
  'POST /clusters/{id}/handovers': { roles: LEAD },
  'POST /covenants': { roles: LEAD },
  'GET /covenants': { roles: LEAD_AND_ORGANIZER },
  'GET /covenants/{id}': { roles: LEAD_AND_ORGANIZER },
  'GET /covenants/{id}/progress': { roles: LEAD_AND_ORGANIZER },
  'GET /covenants/{id}/versions': { roles: LEAD_AND_ORGANIZER },
  'PUT /covenants/{id}/parties': { roles: LEAD },
  'PUT /covenants/{id}/targets': { roles: LEAD },
  'POST /covenants/{id}/targets/import': { roles: LEAD },
  'POST /covenants/{id}/cancellation': { roles: LEAD },
  'POST /covenants/{id}/amendments': { roles: LEAD },
  'POST /covenants/{id}/signatures': { roles: LEAD },
  'POST /covenants/{id}/signatures/{partyId}/withdrawal': { roles: LEAD },
  'POST /covenants/{id}/results': { roles: LEAD },
  'GET /covenants/{id}/results': { roles: LEAD },
  'POST /covenants/{id}/evaluation': { roles: LEAD },
  'GET /covenants/{id}/evaluation': { roles: LEAD_AND_ORGANIZER },
  'GET /units/history': { roles: LEAD },
  'GET /admin/outbox/parked': { roles: ['admin'] },
  'GET /health/live': { public: 'liveness probe' },
  'GET /health/ready': { public: 'readiness probe' },
};
