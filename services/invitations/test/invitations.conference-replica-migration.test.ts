import { randomUUID } from 'node:crypto';
import { ConferenceRescheduled } from '@tdkt/contracts';
import { createTestDatabase, dropTestDatabase, migrateOver } from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import { ConferenceRepository } from '../src/conferences/infra/conference.repository';
import { Invitations1700000000400 } from '../src/migrations/1700000000400-invitations';
import { DefaultPrecedence1700000000401 } from '../src/migrations/1700000000401-default-precedence';
import { ConferenceReplica1700000000410 } from '../src/migrations/1700000000410-conference-replica';
import { InvitationsTenancy1700000000420 } from '../src/migrations/1700000000420-tenancy';

/** Conference rows written before the replica column: what they knew still counts, as old facts. */
describe('invitations: the conference replica migration (real PostgreSQL)', () => {
  const db = createTestDatabase('inv_replica_mig');
  const id = randomUUID();
  const knownById = randomUUID();
  let ds: DataSource;

  beforeAll(async () => {
    const step = {
      before: [Invitations1700000000400, DefaultPrecedence1700000000401],
      // the repository of today reads the tenant column too
      after: [ConferenceReplica1700000000410, InvitationsTenancy1700000000420],
    };
    ds = await migrateOver(await db, step, async (old) => {
      await old.query(
        `INSERT INTO conferences (id, organizer_name, kind, title, starts_at, ends_at, format, venue, times_as_of)
         VALUES ($1, 'UBND tỉnh Sơn La', 'provincial-review', 'Hội nghị tổng kết năm 2023', $2, $3, 'in-person', $4, $5)`,
        [
          id,
          '2024-02-29T01:00:00Z',
          '2024-02-29T04:30:00Z',
          { name: 'Hội trường Tỉnh ủy Sơn La' },
          '2024-01-10T00:00:00Z',
        ],
      );
      await old.query('INSERT INTO conferences (id) VALUES ($1)', [knownById]); // an award named it first
    });
  });

  afterAll(async () => {
    await ds.destroy();
    await dropTestDatabase(await db);
  });

  it('keeps organizer, title and venue when a newer reschedule moves the time; an id-only row stays empty', async () => {
    const conferences = new ConferenceRepository();
    const startsAt = '2024-03-05T01:00:00.000Z';
    const rescheduled = {
      id: randomUUID(),
      type: ConferenceRescheduled.type,
      time: '2024-02-01T00:00:00Z',
      data: {
        conferenceId: id,
        startsAt,
        endsAt: startsAt,
        previousStartsAt: startsAt,
        previousEndsAt: startsAt,
        reason: 'Trùng lịch',
      },
    };
    const { changed, after } = await ds.transaction((m) => conferences.apply(m, rescheduled));
    expect(changed).toBe(true);
    expect(after).toMatchObject({
      organizerName: 'UBND tỉnh Sơn La',
      title: 'Hội nghị tổng kết năm 2023',
      kind: 'provincial-review',
      format: 'in-person',
      venue: { name: 'Hội trường Tỉnh ủy Sơn La' },
      startsAt: new Date(startsAt),
    });
    // a row from before tenancy, and an event that names no owner: admin only, until agenda names one
    expect(after.tenant).toBeUndefined();
    const named = { ...rescheduled, id: randomUUID(), time: '2024-02-02T00:00:00Z', tenant: 'province:son-la' };
    expect((await ds.transaction((m) => conferences.apply(m, named))).after.tenant).toBe('province:son-la');
    expect((await ds.query('SELECT replica FROM conferences WHERE id = $1', [knownById]))[0].replica).toBeNull();
  });
});
