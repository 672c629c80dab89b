/**
 * What the screens read from the services' answers. The services' OpenAPI documents describe
 * requests (paths, parameters, bodies: generated into ./generated) but not yet their responses
 * (no @ApiOkResponse on the controllers), so the fields shown are named here, as few as the
 * screens need; they go once the documents describe the responses.
 */
export interface ConferenceSummary {
  id: string;
  title: string;
  kind: string;
  organizer: { organizationId: string | null; name: string };
  yearReviewed: number;
  status: string;
  format: string;
  startsAt: string;
  endsAt: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ConferenceDetail extends ConferenceSummary {
  yearLaunched: number;
  timeZone: string;
  venue: { id: string; name: string; address: string | null } | null;
  guestCount: number;
  connectionPoints: Array<{ id: string; name: string; expectedAttendees: number | null }>;
  segments: Array<{
    id: string;
    order: number;
    kind: string;
    title: string;
    startTime: string | null;
    endTime: string | null;
  }>;
}

/** A covenant as the signing board reads it (covenants `GET /covenants/{id}`). */
export interface CovenantView {
  id: string;
  title: string;
  clusterName: string;
  year: number;
  status: 'drafted' | 'fully_signed' | 'cancelled' | 'superseded' | 'evaluated';
  fullySignedAt: string | null;
  parties: Array<{
    id: string;
    unitName: string;
    order: number;
    signature: { signatory: { name: string; titles: string[] }; signedAt: string } | null;
  }>;
  progress: { signed: number; total: number };
}

/** A news draft as the inbox lists it (press `GET /drafts`). */
export interface DraftSummary {
  id: string;
  kind: string;
  subjectId: string;
  version: number;
  generatedAt: string;
  status: string;
  title: string;
  newFacts: { label: string; since: string | null } | null;
}
