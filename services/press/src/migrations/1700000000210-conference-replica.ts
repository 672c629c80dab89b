import {
  AgendaPublished,
  ConferenceCancelled,
  ConferenceConcluded,
  ConferenceRescheduled,
  ConferenceScheduled,
  ConferenceStarted,
  MovementLaunched,
} from '@tdkt/contracts';
import { applyConferenceEvent, type ConferenceReplica, type Sourced } from '@tdkt/replicas';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The slots the read model kept before, one per event type: each held the event that won it. */
const SLOTS: [string, string][] = [
  ['scheduled', ConferenceScheduled.type],
  ['rescheduled', ConferenceRescheduled.type],
  ['cancelled', ConferenceCancelled.type],
  ['started', ConferenceStarted.type],
  ['concluded', ConferenceConcluded.type],
  ['agenda', AgendaPublished.type],
  ['movement', MovementLaunched.type],
];

/**
 * `rm_conferences.facts` becomes the conference replica of `@tdkt/replicas`: the events a document
 * kept are folded in again. Documents without a schedule or a reschedule are already in that shape.
 */
export class ConferenceReplica1700000000210 implements MigrationInterface {
  name = 'ConferenceReplica1700000000210';

  async up(q: QueryRunner): Promise<void> {
    const rows: { conference_id: string; facts: Record<string, Sourced<unknown>> }[] = await q.query(
      `SELECT conference_id, facts FROM rm_conferences WHERE facts ?| array['scheduled', 'rescheduled']`,
    );
    for (const { conference_id: conferenceId, facts } of rows) {
      const replica = SLOTS.filter(([slot]) => facts[slot]).reduce<ConferenceReplica>(
        (r, [slot, type]) =>
          applyConferenceEvent(r, { id: facts[slot]!.eventId, time: facts[slot]!.time, type, data: facts[slot]!.data }),
        { conferenceId },
      );
      await q.query('UPDATE rm_conferences SET facts = $2 WHERE conference_id = $1', [
        conferenceId,
        JSON.stringify(replica),
      ]);
    }
  }

  /** The old slots cannot be told apart again: the documents start empty; rebuild the read model from the topics after. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE rm_conferences SET facts = jsonb_build_object('conferenceId', conference_id)`);
  }
}
