import { randomUUID } from 'node:crypto';
import { ConferenceRescheduled } from '@tdkt/contracts';
import { createTestDatabase, dropTestDatabase, migrateOver } from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import { ConferenceRepository } from '../src/conferences/infra/conference.repository';
import { Awards1700000000300 } from '../src/migrations/1700000000300-awards';
import { ConferenceReplica1700000000310 } from '../src/migrations/1700000000310-conference-replica';

/** A conference row written before the replica column: what it knew still counts, as old facts. */
describe('awards: the conference replica migration (real PostgreSQL)', () => {
  const db = createTestDatabase('awards_replica_mig');
  const id = randomUUID();
  let ds: DataSource;

  beforeAll(async () => {
    ds = await migrateOver(
      await db,
      { before: [Awards1700000000300], after: [ConferenceReplica1700000000310] },
      (old) =>
        old.query(
          `INSERT INTO conferences (id, title, starts_at, ends_at, year_reviewed, times_as_of) VALUES ($1, 'Hội nghị tổng kết năm 2024', $2, $3, 2024, $4)`,
          [id, '2025-01-22T01:00:00Z', '2025-01-22T04:00:00Z', '2025-01-10T00:00:00Z'],
        ),
    );
  });

  afterAll(async () => {
    await ds.destroy();
    await dropTestDatabase(await db);
  });

  const moved = (time: string, startsAt: string) => ({
    id: randomUUID(),
    type: ConferenceRescheduled.type,
    time,
    data: {
      conferenceId: id,
      startsAt,
      endsAt: startsAt,
      previousStartsAt: startsAt,
      previousEndsAt: startsAt,
      reason: 'Trùng lịch',
    },
  });

  it('keeps the title and the time against an older event, and takes the time of a newer one', async () => {
    const conferences = new ConferenceRepository();
    await ds.transaction((m) => conferences.apply(m, moved('2025-01-05T00:00:00Z', '2025-01-15T01:00:00.000Z')));
    expect(await conferences.find(ds.manager, id)).toMatchObject({
      title: 'Hội nghị tổng kết năm 2024',
      startsAt: new Date('2025-01-22T01:00:00Z'),
    });
    await ds.transaction((m) => conferences.apply(m, moved('2025-01-12T00:00:00Z', '2025-01-29T01:00:00.000Z')));
    expect(await conferences.find(ds.manager, id)).toMatchObject({
      title: 'Hội nghị tổng kết năm 2024',
      yearReviewed: 2024,
      startsAt: new Date('2025-01-29T01:00:00Z'),
    });
  });
});
