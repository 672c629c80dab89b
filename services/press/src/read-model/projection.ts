import { Injectable } from '@nestjs/common';
import {
  AttendanceRecorded,
  AwardConferred,
  AwardRevoked,
  CeremonyFactRecorded,
  ClusterChanged,
  CovenantCreated,
  CovenantSigned,
  DecisionIssued,
  InvitationSent,
  RsvpChanged,
  SignatureRecorded,
  type AttendanceRecordedData,
  type AwardConferredData,
  type AwardRevokedData,
  type CeremonyFactRecordedData,
  type CloudEvent,
  type ClusterChangedData,
  type CovenantCreatedData,
  type CovenantSignedData,
  type DecisionIssuedData,
  type EventDefinition,
  type GuestRef,
  type InvitationSentData,
  type RsvpChangedData,
  type SignatureRecordedData,
} from '@tdkt/contracts';
import { applyConferenceEvent, CONFERENCE_EVENTS } from '@tdkt/replicas';
import type { EntityManager } from 'typeorm';
import { applyAttendance, applyInvitation, applyRsvp, newAttendee, type AttendeeFacts } from './domain/attendee';
import {
  applyCovenantCreated,
  applyCovenantSigned,
  applySignature,
  newCovenant,
  type CovenantFacts,
} from './domain/covenant-facts';
import type { Sourced } from './domain/sourced';
import { conferenceSubject, covenantSubject, type Subject } from './domain/subject';
import { ReadModelRepository } from './infra/read-model.repository';

/** The event types the read model is built from (docs/design.md#services: press reacts to everything). */
export const READ_MODEL_EVENTS: EventDefinition<unknown>[] = [
  ...CONFERENCE_EVENTS,
  CeremonyFactRecorded,
  DecisionIssued,
  AwardConferred,
  AwardRevoked,
  CovenantCreated,
  SignatureRecorded,
  CovenantSigned,
  ClusterChanged,
  InvitationSent,
  RsvpChanged,
  AttendanceRecorded,
] as EventDefinition<unknown>[];

const AGENDA_TYPES = new Set(CONFERENCE_EVENTS.map((d) => d.type));

/**
 * Folds one event into the read model and answers the subjects whose drafts it concerns: its
 * conference, and a signed covenant's own signing news. A conference's and a covenant's own
 * events also carry the tenant owning it (CloudEvent `tenant`), kept beside its facts.
 * Order-insensitive and idempotent, so the live consumer and the rebuild share it: an event
 * about a conference not seen yet is kept under that conference's id and counts when it appears.
 */
@Injectable()
export class ReadModelProjection {
  constructor(private readonly rm: ReadModelRepository) {}

  async apply(m: EntityManager, e: CloudEvent): Promise<Subject[]> {
    const sourced = <T>(data: T, time = e.time): Sourced<T> => ({ data, eventId: e.id, time });
    if (AGENDA_TYPES.has(e.type)) {
      const conferenceId = (e.data as { conferenceId: string }).conferenceId;
      const facts = await this.rm.conference(m, conferenceId);
      const next = applyConferenceEvent(facts, e);
      if (next !== facts) await this.rm.saveConference(m, next);
      // the conference's own events say which tenant owns it (and so its drafts)
      const moved = await this.rm.setTenant(m, conferenceSubject(conferenceId), e.tenant);
      return next !== facts || moved ? [conferenceSubject(conferenceId)] : [];
    }
    switch (e.type) {
      case CeremonyFactRecorded.type: {
        const f = e.data as CeremonyFactRecordedData;
        await this.rm.conference(m, f.conferenceId); // its row exists (and holds the tenant) from the first fact on
        const changed = await this.rm.ceremonyFact(m, sourced(f));
        const moved = await this.rm.setTenant(m, conferenceSubject(f.conferenceId), e.tenant);
        return changed || moved ? [conferenceSubject(f.conferenceId)] : [];
      }
      case DecisionIssued.type: {
        const d = e.data as DecisionIssuedData;
        if (!d.conferenceId) return [];
        await this.rm.decision(m, { ...sourced(d), conferenceId: d.conferenceId });
        return [conferenceSubject(d.conferenceId)];
      }
      case AwardConferred.type: {
        const a = e.data as AwardConferredData;
        if (!a.conferenceId) return [];
        const changed = await this.rm.conferred(m, {
          awardId: a.awardId,
          conferenceId: a.conferenceId,
          awardType: a.awardType,
          recipientKind: a.recipient.kind,
          presentedOnBehalfOf: a.presentedOnBehalfOf,
          conferredEventId: e.id,
        });
        return changed ? [conferenceSubject(a.conferenceId)] : [];
      }
      case AwardRevoked.type: {
        const a = e.data as AwardRevokedData;
        const conferenceId = await this.rm.revoked(m, {
          awardId: a.awardId,
          conferenceId: a.conferenceId,
          awardType: a.awardType,
          recipientKind: a.recipient.kind,
          revokedEventId: e.id,
        });
        return conferenceId ? [conferenceSubject(conferenceId)] : [];
      }
      case InvitationSent.type:
      case RsvpChanged.type:
      case AttendanceRecorded.type:
        return this.attendee(m, e);
      case CovenantCreated.type:
      case SignatureRecorded.type:
      case CovenantSigned.type:
        return this.covenant(m, e);
      case ClusterChanged.type: {
        const conferences = await this.rm.cluster(m, sourced(e.data as ClusterChangedData), e.tenant);
        return (conferences ?? []).map(conferenceSubject);
      }
      default:
        return [];
    }
  }

  private async attendee(m: EntityManager, e: CloudEvent): Promise<Subject[]> {
    const d = e.data as { conferenceId: string; guest?: GuestRef; attendee?: GuestRef };
    const guest = (d.guest ?? d.attendee)!;
    const a: AttendeeFacts =
      (await this.rm.attendee(m, d.conferenceId, guest.guestId)) ??
      newAttendee(d.conferenceId, { data: guest, eventId: e.id, time: e.time });
    const fact = { data: e.data, eventId: e.id, time: e.time };
    const changed =
      e.type === RsvpChanged.type
        ? applyRsvp(a, fact as Sourced<RsvpChangedData>)
        : e.type === InvitationSent.type
          ? applyInvitation(a, fact as Sourced<InvitationSentData>)
          : applyAttendance(a, fact as Sourced<AttendanceRecordedData>);
    const fresh = a.guest.eventId === e.id;
    if (!changed && !fresh) return [];
    await this.rm.saveAttendee(m, a);
    return [conferenceSubject(d.conferenceId)];
  }

  private async covenant(m: EntityManager, e: CloudEvent): Promise<Subject[]> {
    const covenantId = (e.data as { covenantId: string }).covenantId;
    const c: CovenantFacts = (await this.rm.covenant(m, covenantId)) ?? newCovenant(covenantId);
    const before = c.conferenceId;
    const fact = { data: e.data, eventId: e.id, time: e.time };
    const changed =
      e.type === CovenantCreated.type
        ? applyCovenantCreated(c, fact as Sourced<CovenantCreatedData>)
        : e.type === SignatureRecorded.type
          ? applySignature(c, fact as Sourced<SignatureRecordedData>)
          : applyCovenantSigned(c, fact as Sourced<CovenantSignedData>);
    if (changed) await this.rm.saveCovenant(m, c);
    const moved = await this.rm.setTenant(m, covenantSubject(covenantId), e.tenant);
    if (!changed && !moved) return [];
    const conferences = [...new Set([before, c.conferenceId].filter((x): x is string => !!x))].map(conferenceSubject);
    // its signing news exists once it is fully signed, written from the signing that won here
    return c.signed ? [...conferences, covenantSubject(covenantId)] : conferences;
  }
}
