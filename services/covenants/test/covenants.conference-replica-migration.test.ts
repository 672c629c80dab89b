import { randomUUID } from 'node:crypto';
import { ConferenceRescheduled } from '@tdkt/contracts';
import { createTestDatabase, dropTestDatabase, migrateOver } from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import { ConferenceRecord } from '../src/conferences/infra/conference.records';
import { ConferenceRepository } from '../src/conferences/infra/conference.repository';
import { Conferences1700000000140 } from '../src/migrations/1700000000140-conferences';
import { ConferenceReplica1700000000150 } from '../src/migrations/1700000000150-conference-replica';
import { ConferenceTenant1700000000161 } from '../src/migrations/1700000000160-tenancy';

/** A conference row written before the replica column: what it knew still counts, as old facts. */
describe('covenants: the conference replica migration (real PostgreSQL)', () => {
  const db = createTestDatabase('cov_replica_mig');
  const id = randomUUID();
  let ds: DataSource;

  beforeAll(async () => {
    const step = {
      before: [Conferences1700000000140],
      // the tenant column too: the entity maps it
      after: [ConferenceReplica1700000000150, ConferenceTenant1700000000161],
      entities: [ConferenceRecord],
    };
    ds = await migrateOver(await db, step, (old) =>
      old.query(
        `INSERT INTO conferences (id, title, organizer, starts_at, ends_at, venue, times_as_of, cancelled_at, cancellation_reason)
       VALUES ($1, 'Hội nghị tổng kết Cụm thi đua năm 2024', 'UBND tỉnh Hà Giang', $2, $3, 'Hội trường UBND tỉnh', $4, $5, 'Hoãn do mưa lũ')`,
        [id, '2025-03-12T01:00:00Z', '2025-03-12T05:00:00Z', '2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z'],
      ),
    );
  });

  afterAll(async () => {
    await ds.destroy();
    await dropTestDatabase(await db);
  });

  it('keeps what the row knew (cancelled for good) when a newer reschedule moves the time', async () => {
    const conferences = new ConferenceRepository();
    const startsAt = '2025-03-19T01:00:00.000Z';
    const rescheduled = {
      id: randomUUID(),
      type: ConferenceRescheduled.type,
      time: '2025-02-10T00:00:00Z',
      data: {
        conferenceId: id,
        startsAt,
        endsAt: startsAt,
        previousStartsAt: startsAt,
        previousEndsAt: startsAt,
        reason: 'Trùng lịch',
      },
    };
    await ds.transaction((m) => conferences.apply(m, rescheduled));
    expect(await conferences.find(ds.manager, id)).toMatchObject({
      title: 'Hội nghị tổng kết Cụm thi đua năm 2024',
      organizer: 'UBND tỉnh Hà Giang',
      venue: 'Hội trường UBND tỉnh',
      startsAt: new Date(startsAt),
      cancelled: { at: new Date('2025-03-01T00:00:00Z'), reason: 'Hoãn do mưa lũ' },
    });
  });
});
