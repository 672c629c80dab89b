import {
  AgendaPublished,
  CeremonyFactRecorded,
  ConferenceCancelled,
  ConferenceConcluded,
  ConferenceRescheduled,
  ConferenceScheduled,
  ConferenceStarted,
  MovementLaunched,
} from './agenda.events';
import { AwardConferred, AwardRevoked, DecisionIssued } from './awards.events';
import {
  ClusterChanged,
  CovenantCreated,
  CovenantEvaluated,
  CovenantSigned,
  SignatureRecorded,
} from './covenants.events';
import type { EventDefinition } from './event-definition';
import { AttendanceRecorded, InvitationSent, RsvpChanged } from './invitations.events';
import { DraftApproved, DraftGenerated, DraftPublished } from './press.events';

/** Every event type of the platform. A v1 schema changes only compatibly; otherwise add a v2. */
export const EVENTS: ReadonlyArray<EventDefinition<unknown>> = [
  ConferenceScheduled,
  ConferenceRescheduled,
  ConferenceCancelled,
  ConferenceStarted,
  ConferenceConcluded,
  AgendaPublished,
  MovementLaunched,
  CeremonyFactRecorded,
  DecisionIssued,
  AwardConferred,
  AwardRevoked,
  CovenantCreated,
  SignatureRecorded,
  CovenantSigned,
  CovenantEvaluated,
  ClusterChanged,
  InvitationSent,
  RsvpChanged,
  AttendanceRecorded,
  DraftGenerated,
  DraftApproved,
  DraftPublished,
];

const byType = new Map(EVENTS.map((e) => [e.type, e]));

export function eventDefinition(type: string): EventDefinition<unknown> | undefined {
  return byType.get(type);
}
