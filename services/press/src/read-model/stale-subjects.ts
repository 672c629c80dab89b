import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type TransactionCommitEvent } from 'typeorm';
import type { Subject } from './domain/subject';

// One lock id for "the read model is being rebuilt": handlers share it, the rebuild holds it alone.
const REBUILD_LOCK = 7_000_000_007;
// set on the transaction's query runner (TypeORM's place for data shared with subscribers)
const PROMPT = 'press.staleSubjects.prompt';

/**
 * Subjects (conferences, covenants) whose drafts are behind their facts: the one way drafts are
 * regenerated. A handler marks its subjects in its own transaction; the regenerator takes marked
 * subjects one at a time (SKIP LOCKED, so two instances never regenerate the same one at once) —
 * a burst of 3.500 award events becomes a few regenerations, not 3.500 versions. A covenant's
 * signing news is written from one fact, so there is nothing to coalesce: the regenerator is woken
 * as soon as the transaction that marked it commits instead of at its next poll.
 */
@Injectable()
export class StaleSubjects implements EntitySubscriberInterface {
  private readonly prompt: (() => void)[] = [];

  constructor(dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  /** Every read-model write takes this shared lock: a rebuild (exclusive) waits for them and they for it. */
  async guard(m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock_shared($1)', [REBUILD_LOCK]);
  }

  async exclusive(m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock($1)', [REBUILD_LOCK]);
  }

  async mark(m: EntityManager, subjects: Subject[]): Promise<void> {
    const unique = new Map(subjects.map((s) => [`${s.kind}:${s.id}`, s]));
    for (const s of unique.values()) {
      // DO UPDATE, not DO NOTHING: it waits for a regenerator holding the row and, when that one
      // deletes it, inserts again; DO NOTHING would see the row still there and the fact would be missed
      await m.query(
        `INSERT INTO stale_subjects (kind, subject_id, since) VALUES ($1, $2, now())
         ON CONFLICT (kind, subject_id) DO UPDATE SET since = stale_subjects.since`,
        [s.kind, s.id],
      );
    }
    if (m.queryRunner && [...unique.values()].some((s) => s.kind === 'covenant')) m.queryRunner.data[PROMPT] = true;
  }

  /** `listener` runs after each commit that marked a subject which should not wait for the next poll. */
  onPromptWork(listener: () => void): void {
    this.prompt.push(listener);
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    // a released savepoint is not the commit: the row is visible only once the outer transaction ends
    if (queryRunner.isTransactionActive || !queryRunner.data?.[PROMPT]) return;
    delete queryRunner.data[PROMPT];
    for (const wake of this.prompt) wake();
  }

  /** A subject whose regeneration failed goes to the back of the queue: it never blocks the others. */
  async postpone(m: EntityManager, s: Subject, ms: number): Promise<void> {
    await m.query(
      `UPDATE stale_subjects SET since = now() + ($3 || ' milliseconds')::interval WHERE kind = $1 AND subject_id = $2`,
      [s.kind, s.id, String(ms)],
    );
  }

  /** The oldest marked subject no other instance is working on, locked until the caller's transaction ends. */
  async takeOne(m: EntityManager): Promise<Subject | undefined> {
    const [row] = await m.query(
      'SELECT kind, subject_id FROM stale_subjects WHERE since <= now() ORDER BY since LIMIT 1 FOR UPDATE SKIP LOCKED',
    );
    return row ? { kind: row.kind, id: row.subject_id } : undefined;
  }

  async done(m: EntityManager, s: Subject): Promise<void> {
    await m.query('DELETE FROM stale_subjects WHERE kind = $1 AND subject_id = $2', [s.kind, s.id]);
  }
}
