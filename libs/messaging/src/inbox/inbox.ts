import type { EntityManager } from 'typeorm';

/**
 * Records that `consumer` handled `messageId`, in the handler's own transaction. Returns false
 * when it was already recorded: a duplicate delivery, whose effects must not happen again.
 * A concurrent delivery of the same message waits on the primary key until the first commits.
 */
export async function claimMessage(manager: EntityManager, consumer: string, messageId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO processed_messages (consumer, message_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING RETURNING message_id`,
    [consumer, messageId],
  );
  return rows.length === 1;
}
