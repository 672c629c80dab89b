import { Inject, Injectable, Logger } from '@nestjs/common';
import { fromKafkaMessage, validateEventData, type CloudEvent } from '@tdkt/contracts';
import { KAFKA, MESSAGING_OPTIONS, withNamespace, type MessagingOptions } from '@tdkt/messaging';
import type { Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { DraftsRefresher } from '../drafts/regeneration/drafts.refresher';
import { conferenceSubject, covenantSubject, type Subject } from '../read-model/domain/subject';
import { ReadModelRepository } from '../read-model/infra/read-model.repository';
import { READ_MODEL_EVENTS, ReadModelProjection } from '../read-model/projection';
import { StaleSubjects } from '../read-model/stale-subjects';

export interface RebuildReport {
  events: number;
  skipped: number;
  conferences: number;
  covenants: number;
  draftsChanged: number;
  ms: number;
}

/**
 * A fresh read model from the topics, read from the beginning: the read-model tables are
 * emptied, every event is folded in again (the same projection the consumer uses), and every
 * draft is regenerated the way the regenerator does it (DraftsRefresher) — the same facts give
 * the same text, so no draft gets a new version.
 * Runs in one transaction under the rebuild lock: the live consumer waits, then goes on.
 */
@Injectable()
export class ReadModelRebuild {
  private readonly logger = new Logger(ReadModelRebuild.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly projection: ReadModelProjection,
    private readonly readModel: ReadModelRepository,
    private readonly stale: StaleSubjects,
    private readonly refresher: DraftsRefresher,
  ) {}

  run(): Promise<RebuildReport> {
    const started = Date.now();
    return this.dataSource.transaction(async (m) => {
      await this.stale.exclusive(m);
      // read only after the lock: every event a handler has applied is below these offsets
      const events = await this.readAll();
      await this.readModel.truncate(m);
      let skipped = 0;
      for (const e of events) {
        if (!validateEventData(e.type, e.data).ok) {
          skipped++; // what the consumer dead-letters never reached the read model
          continue;
        }
        await this.projection.apply(m, e);
      }
      const conferences = await this.readModel.conferenceIds(m);
      const covenants = await this.readModel.signedCovenants(m);
      const subjects: Subject[] = [
        ...conferences.map(conferenceSubject),
        ...covenants.map((c) => covenantSubject(c.covenantId)),
      ];
      const before = await this.versions(m);
      for (const s of subjects) {
        await this.refresher.refresh(m, s);
        await this.stale.done(m, s);
      }
      const draftsChanged = (await this.versions(m)) - before;
      const report = {
        events: events.length,
        skipped,
        conferences: conferences.length,
        covenants: covenants.length,
        draftsChanged,
        ms: Date.now() - started,
      };
      this.logger.log({ msg: 'read model rebuilt', ...report });
      return report;
    });
  }

  private async versions(m: EntityManager): Promise<number> {
    const [{ n }] = await m.query('SELECT count(*)::int AS n FROM draft_versions');
    return n;
  }

  /** Every event of the read model's topics, from offset 0 up to the end as it is now, with a throwaway group. */
  private async readAll(): Promise<CloudEvent[]> {
    const types = new Set(READ_MODEL_EVENTS.map((d) => d.type));
    const topics = [...new Set(READ_MODEL_EVENTS.map((d) => withNamespace(this.options.namespace, d.topic)))];
    const admin = this.kafka.admin();
    await admin.connect();
    const groupId = withNamespace(this.options.namespace, `press-rebuild-${randomUUID()}`);
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false });
    try {
      const ends = new Map<string, number>();
      for (const topic of topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          if (Number(p.high) > Number(p.low)) ends.set(`${topic}:${p.partition}`, Number(p.high));
        }
      }
      const events: CloudEvent[] = [];
      if (ends.size === 0) return events;
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            eachMessage: async ({ topic, partition, message }) => {
              const key = `${topic}:${partition}`;
              const end = ends.get(key);
              if (end === undefined || Number(message.offset) >= end) return;
              try {
                const e = fromKafkaMessage(message.headers ?? {}, message.value);
                if (types.has(e.type)) events.push(e);
              } catch {
                // a malformed envelope was dead-lettered by the consumer: not part of the read model
              }
              if (Number(message.offset) + 1 >= end) ends.delete(key);
              if (ends.size === 0) resolve();
            },
          })
          .catch(reject);
      });
      return events;
    } finally {
      await consumer.disconnect().catch(() => undefined);
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.disconnect();
    }
  }
}
