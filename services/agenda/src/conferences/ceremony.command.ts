import { Injectable } from '@nestjs/common';
import type { Actor } from '@tdkt/auth';
import { CeremonyFactRecorded, type CeremonyFact } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { ConferenceTransaction } from './conference.transaction';
import { ceremonyKey, cleanFact, sameFact, type RecordedCeremonyFact } from './domain/ceremony-fact';
import { CeremonyRepository } from './infra/ceremony.repository';

/**
 * Records one fact of the ceremony (highlight, speech, presentation, prize, announced result) →
 * `ceremony-fact-recorded`. The same fact again (same key, same content) changes and announces
 * nothing; the same key with other content replaces it and is announced again.
 */
@Injectable()
export class CeremonyCommand {
  constructor(
    private readonly tx: ConferenceTransaction,
    private readonly facts: CeremonyRepository,
    private readonly outbox: Outbox,
  ) {}

  async record(
    actor: Actor,
    conferenceId: string,
    input: CeremonyFact,
    clientKey?: string,
    now = new Date(),
  ): Promise<{ recorded: RecordedCeremonyFact; created: boolean }> {
    const { result } = await this.tx.run(actor, conferenceId, {}, async (c, manager) => {
      c.allowCeremonyFacts();
      const fact = cleanFact(input);
      const key = ceremonyKey(fact, clientKey);
      const existing = await this.facts.find(manager, c.id, key);
      if (existing && sameFact(existing.fact, fact)) return { recorded: existing, created: false };
      const recorded: RecordedCeremonyFact = {
        key,
        position: existing?.position ?? (await this.facts.nextPosition(manager, c.id)),
        fact,
        recordedAt: now,
      };
      await this.facts.save(manager, c.id, recorded);
      await this.outbox.add(manager, CeremonyFactRecorded, {
        subject: c.id,
        tenant: c.tenant,
        data: {
          conferenceId: c.id,
          key,
          position: recorded.position,
          fact,
          recordedAt: now.toISOString(),
        },
      });
      return { recorded, created: !existing };
    });
    return result;
  }
}
