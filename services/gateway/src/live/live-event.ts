import type { CloudEvent } from '@tdkt/contracts';

/**
 * What the console hears on `GET /events` (the SSE `event:` field), and the fields it gets: a
 * small, stable view of the services' events (libs/contracts), never their whole payload.
 */
export type LiveKind = 'signature-recorded' | 'covenant-signed' | 'draft-changed' | 'check-in';

export interface LiveEvent {
  /** `<process epoch>.<sequence>`: the SSE id a reconnect sends back as Last-Event-ID */
  id: string;
  kind: LiveKind;
  /** the organization that owns the subject: who may hear it (libs/auth tenancy) */
  tenant?: string;
  data: Record<string, unknown>;
}

type Mapper = (data: Record<string, unknown>) => { kind: LiveKind; data: Record<string, unknown> };

const MAPPERS: Record<string, Mapper> = {
  'covenants.signature-recorded.v1': (d) => ({
    kind: 'signature-recorded',
    data: {
      covenantId: d.covenantId,
      partyId: d.partyId,
      unitName: d.unitName,
      signatory: d.signatory,
      signedAt: d.signedAt,
      signedCount: d.signedCount,
      partyCount: d.partyCount,
    },
  }),
  'covenants.covenant-signed.v1': (d) => ({
    kind: 'covenant-signed',
    data: {
      covenantId: d.covenantId,
      title: d.title,
      fullySignedAt: d.fullySignedAt,
      partyCount: Array.isArray(d.parties) ? d.parties.length : undefined,
    },
  }),
  ...Object.fromEntries(
    (['generated', 'approved', 'published'] as const).map((change) => [
      `press.draft-${change}.v1`,
      ((d) => ({
        kind: 'draft-changed',
        data: { draftId: d.draftId, kind: d.kind, subjectId: d.subjectId, version: d.version, title: d.title, change },
      })) satisfies Mapper,
    ]),
  ),
  'invitations.attendance-recorded.v1': (d) => ({
    kind: 'check-in',
    data: { conferenceId: d.conferenceId, site: d.site, checkedInAt: d.checkedInAt },
  }),
};

/** The live view of a service event, or undefined for the events the console does not hear. */
export function toLiveEvent(event: CloudEvent): Omit<LiveEvent, 'id'> | undefined {
  const map = MAPPERS[event.type];
  if (!map || typeof event.data !== 'object' || event.data === null) return undefined;
  const { kind, data } = map(event.data as Record<string, unknown>);
  return { kind, data, ...(event.tenant ? { tenant: event.tenant } : {}) };
}

/** The tenants a viewer hears (null: every one, the admin), as the services scope their reads. */
export function hears(scope: readonly string[] | null, event: Pick<LiveEvent, 'tenant'>): boolean {
  return scope === null || (event.tenant != null && scope.includes(event.tenant));
}
