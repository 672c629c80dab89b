import { randomUUID } from 'node:crypto';
import { createTestDatabase, dropTestDatabase, migrateOver } from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import { Drafts1700000000200 } from '../src/migrations/1700000000200-drafts';
import { Newsroom1700000000201 } from '../src/migrations/1700000000201-newsroom';
import { Delivery1700000000202 } from '../src/migrations/1700000000202-delivery';
import { WebhookClaims1700000000203 } from '../src/migrations/1700000000203-webhook-claims';
import { ConferenceReplica1700000000210 } from '../src/migrations/1700000000210-conference-replica';
import { conferenceView } from '../src/read-model/domain/conference-facts';

/** Conference documents written with one slot per event type become the replica, the same facts in force. */
describe('press: the conference replica migration (real PostgreSQL)', () => {
  const db = createTestDatabase('press_replica_mig');
  const moved = randomUUID();
  const concludedOnly = randomUUID();
  const venue = { name: 'Hội trường Tỉnh ủy Sơn La' };
  const concluded = {
    eventId: 'k1',
    time: '2024-02-29T05:00:00.000Z',
    data: { conferenceId: concludedOnly, at: '2024-02-29T05:00:00.000Z' },
  };
  let ds: DataSource;

  beforeAll(async () => {
    const step = {
      before: [Drafts1700000000200, Newsroom1700000000201, Delivery1700000000202, WebhookClaims1700000000203],
      after: [ConferenceReplica1700000000210],
    };
    ds = await migrateOver(await db, step, async (old) => {
      const conferenceId = moved;
      await old.query('INSERT INTO rm_conferences (conference_id, facts) VALUES ($1, $2)', [
        conferenceId,
        {
          conferenceId,
          scheduled: {
            eventId: 's1',
            time: '2024-01-01T00:00:00.000Z',
            data: {
              conferenceId,
              organizer: { name: 'UBND tỉnh Sơn La' },
              kind: 'provincial-review',
              title: 'Hội nghị tổng kết năm 2023',
              yearReviewed: 2023,
              yearLaunched: 2024,
              timeZone: 'Asia/Ho_Chi_Minh',
              startsAt: '2024-02-28T01:00:00.000Z',
              endsAt: '2024-02-28T04:00:00.000Z',
              format: 'in-person',
              venue,
            },
          },
          rescheduled: {
            eventId: 'r2',
            time: '2024-01-03T00:00:00.000Z',
            data: {
              conferenceId,
              startsAt: '2024-02-29T01:00:00.000Z',
              endsAt: '2024-02-29T04:00:00.000Z',
              previousStartsAt: '2024-02-28T01:00:00.000Z',
              previousEndsAt: '2024-02-28T04:00:00.000Z',
              reason: 'Trùng lịch',
            },
          },
          agenda: { eventId: 'a2', time: '2024-01-04T00:00:00.000Z', data: { conferenceId, version: 2, segments: [] } },
          cancelled: {
            eventId: 'c1',
            time: '2024-02-01T00:00:00.000Z',
            data: { conferenceId, reason: 'Hoãn', cancelledAt: '2024-02-01T00:00:00.000Z' },
          },
        },
      ]);
      await old.query('INSERT INTO rm_conferences (conference_id, facts) VALUES ($1, $2)', [
        concludedOnly,
        { conferenceId: concludedOnly, concluded },
      ]);
    });
  });

  afterAll(async () => {
    await ds.destroy();
    await dropTestDatabase(await db);
  });

  const facts = async (id: string) =>
    (await ds.query('SELECT facts FROM rm_conferences WHERE conference_id = $1', [id]))[0].facts;

  it("folds the slots into the replica: the schedule, the newer reschedule's time, the venue, the agenda, the cancellation", async () => {
    const f = await facts(moved);
    expect(f).not.toHaveProperty('scheduled');
    expect(f).not.toHaveProperty('rescheduled');
    expect(f.agenda.eventId).toBe('a2');
    expect(conferenceView(f)).toMatchObject({
      title: 'Hội nghị tổng kết năm 2023',
      startsAt: '2024-02-29T01:00:00.000Z',
      venue,
      cancelled: true,
      leadSources: ['s1', 'r2'],
    });
  });

  it('leaves a document without a schedule or a reschedule as it was', async () => {
    expect(await facts(concludedOnly)).toEqual({ conferenceId: concludedOnly, concluded });
  });
});
