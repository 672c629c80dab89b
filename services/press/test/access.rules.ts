import type { Role } from '@tdkt/auth';

const READERS = ['press-officer', 'press-lead', 'admin'] as const satisfies readonly Role[];
const EDITORS = ['press-officer', 'press-lead'] as const satisfies readonly Role[];

/**
 * Who may call each operation of press's OpenAPI document (the access-matrix test checks every
 * endpoint × role). From issue 11: press officers and leads read, edit and submit the drafts of their
 * own tenants and of what their press office covers (admin reads all); only the press lead approves,
 * rejects and publishes; a press lead subscribes their press office; admin manages the coverage and
 * rebuilds the read model; the Atom feed is open to feed readers behind its own key.
 */
export const ACCESS_RULES: Record<string, { roles: readonly Role[] } | { public: string }> = {
  'GET /drafts': { roles: READERS },
  'GET /drafts/{id}': { roles: READERS },
  'GET /drafts/{id}/provenance': { roles: READERS },
  'GET /drafts/{id}/versions': { roles: READERS },
  'GET /drafts/{id}/transitions': { roles: READERS },
  'GET /drafts/{id}/export.html': { roles: READERS },
  'GET /drafts/{id}/export.md': { roles: READERS },
  'GET /drafts/{id}/export.docx': { roles: READERS },
  'PUT /drafts/{id}': { roles: EDITORS },
  'PATCH /drafts/{id}/paragraphs/{role}': { roles: EDITORS },
  'POST /drafts/{id}/merge': { roles: EDITORS },
  'POST /drafts/{id}/submit': { roles: EDITORS },
  'POST /drafts/{id}/approve': { roles: ['press-lead'] },
  'POST /drafts/{id}/reject': { roles: ['press-lead'] },
  'POST /drafts/{id}/publish': { roles: ['press-lead'] },
  'POST /subscriptions': { roles: ['press-lead'] },
  'GET /subscriptions': { roles: READERS },
  'GET /subscriptions/{id}': { roles: READERS },
  'GET /subscriptions/{id}/deliveries': { roles: READERS },
  'GET /subscriptions/{id}/feed.atom': { public: 'Atom feed per subscription, behind its own key' },
  'GET /press-offices/{tenant}': { roles: ['admin', 'press-officer', 'press-lead'] },
  'PUT /press-offices/{tenant}/coverage': { roles: ['admin'] },
  'POST /admin/read-model/rebuild': { roles: ['admin'] },
  'GET /admin/outbox/parked': { roles: ['admin'] },
  'GET /health/live': { public: 'liveness probe' },
  'GET /health/ready': { public: 'readiness probe' },
};
