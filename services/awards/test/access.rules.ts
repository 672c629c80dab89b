import type { Role } from '@tdkt/auth';

/** Every signed-in role: the award catalog is read by whoever prepares, presents or reports awards. */
const EVERYONE: readonly Role[] = ['organizer', 'secretariat', 'cluster-lead', 'press-officer', 'press-lead', 'admin'];
/** The province's award secretariat (Ban Thi đua – Khen thưởng) keeps its decisions; admin sees all. */
const SECRETARIAT: readonly Role[] = ['secretariat', 'admin'];

/**
 * Who may call each operation of the awards API (issue 11): one entry per OpenAPI operation,
 * read by the access-matrix test. Tenancy (which records) is checked by awards.access.test.ts.
 */
export const ACCESS_RULES: Record<string, { roles: readonly Role[] } | { public: string }> = {
  'GET /award-types': { roles: EVERYONE },
  'GET /award-types/{code}': { roles: EVERYONE },
  // a province's own types (badges); the law's catalog comes by migration, managed by admin
  'POST /award-types': { roles: SECRETARIAT },
  'POST /decisions': { roles: SECRETARIAT },
  'GET /decisions': { roles: SECRETARIAT },
  'GET /decisions/{id}': { roles: SECRETARIAT },
  'GET /decisions/{id}/awards': { roles: SECRETARIAT },
  'POST /decisions/import': { roles: SECRETARIAT },
  'GET /awards': { roles: SECRETARIAT },
  'POST /revocations': { roles: SECRETARIAT },
  'GET /statistics/awards': { roles: SECRETARIAT },
  'GET /proposals': { roles: SECRETARIAT },
  'GET /proposals/{id}': { roles: SECRETARIAT },
  'POST /proposals/{id}/confirm': { roles: SECRETARIAT },
  'POST /proposals/{id}/reject': { roles: SECRETARIAT },
  'POST /recipients': { roles: SECRETARIAT },
  'GET /recipients': { roles: SECRETARIAT },
  'GET /recipients/{id}': { roles: SECRETARIAT },
  'PUT /recipients/{id}/hold': { roles: SECRETARIAT },
  'DELETE /recipients/{id}/hold': { roles: SECRETARIAT },
  'GET /admin/outbox/parked': { roles: ['admin'] },
  'GET /health/live': { public: 'liveness probe' },
  'GET /health/ready': { public: 'readiness probe' },
};
