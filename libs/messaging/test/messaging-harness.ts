import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { CovenantCreated, type CloudEvent, type CovenantCreatedData } from '@tdkt/contracts';
import { createDataSource, runMigrations, type DatabaseConfig } from '@tdkt/persistence';
import { MessagingTables1700000000000, OutboxParked1700000000002, type EventHandler } from '../src';

/** A table the test handler writes to: its row count is the number of effects. */
class EffectsTable1700000000001 implements MigrationInterface {
  name = 'EffectsTable1700000000001';
  async up(q: QueryRunner) {
    await q.query(
      'CREATE TABLE effects (id bigserial PRIMARY KEY, event_id uuid NOT NULL, subject text NOT NULL, n int NOT NULL)',
    );
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE effects');
  }
}

export async function harnessDataSource(db: DatabaseConfig): Promise<DataSource> {
  const ds = createDataSource({
    database: db,
    entities: [],
    migrations: [MessagingTables1700000000000, OutboxParked1700000000002, EffectsTable1700000000001],
  });
  await ds.initialize();
  await runMigrations(ds);
  return ds;
}

/** Records one effect per event; `failWhen` makes chosen events fail (to prove retries and DLQ). */
export class RecordingHandler implements EventHandler<CovenantCreatedData> {
  readonly event = CovenantCreated;
  calls = 0;
  constructor(
    private readonly failWhen: (e: CloudEvent<CovenantCreatedData>, attempt: number) => boolean = () => false,
  ) {}
  private attempts = new Map<string, number>();

  async handle(event: CloudEvent<CovenantCreatedData>, manager: EntityManager): Promise<void> {
    this.calls++;
    const attempt = (this.attempts.get(event.id) ?? 0) + 1;
    this.attempts.set(event.id, attempt);
    await manager.query('INSERT INTO effects (event_id, subject, n) VALUES ($1, $2, $3)', [
      event.id,
      event.subject,
      event.data.year,
    ]);
    if (this.failWhen(event, attempt)) throw new Error(`induced failure #${attempt}`);
  }
}

export function covenantCreated(covenantId: string, year: number): CovenantCreatedData {
  return {
    covenantId,
    title: `Giao ước thi đua năm ${year}`,
    clusterName: 'Cụm thi đua số 1',
    year,
    parties: [
      { partyId: '00000000-0000-4000-8000-000000000001', unitName: 'Tỉnh A', order: 1 },
      { partyId: '00000000-0000-4000-8000-000000000002', unitName: 'Tỉnh B', order: 2 },
    ],
    targets: [],
    createdAt: new Date().toISOString(),
  };
}
