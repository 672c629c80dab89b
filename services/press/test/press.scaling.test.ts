import { AssignerProtocol, type Producer } from 'kafkajs';
import { ensureTopics } from '@tdkt/messaging';
import { TopicRecorder, testKafka, waitFor } from '@tdkt/testing';
import { Client } from 'pg';
import { covenantSignedEvent, publishEvent } from './covenant-events.fixture';
import { pressEnvironment, startPress } from './press-app.harness';

describe('two press instances in one consumer group', () => {
  let env: Awaited<ReturnType<typeof pressEnvironment>>;
  let producer: Producer;
  let db: Client;

  beforeAll(async () => {
    env = await pressEnvironment('scaling');
    const kafka = testKafka();
    await ensureTopics(kafka, [env.covenantTopic]);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await db?.end();
    await env.drop();
  });

  it('split the partitions and make one draft per covenant, even with duplicates and one instance leaving', async () => {
    const a = await startPress(env.db, env.namespace);
    const b = await startPress(env.db, env.namespace);
    db = new Client({ ...env.db, user: env.db.user });
    await db.connect();

    const admin = testKafka().admin();
    await admin.connect();
    const members = await waitFor(
      async () => {
        const { groups } = await admin.describeGroups([`${env.namespace}press`]);
        const g = groups[0]!;
        return g.state === 'Stable' && g.members.length === 2 && g.members;
      },
      { what: 'both instances in the group' },
    );
    await admin.disconnect();
    const partitionsOf = (m: (typeof members)[number]) =>
      Object.values(AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {}).flat().length;
    // the partitions of the four topics press reads (3 each) split between the two instances: each one has work
    const split = members.map(partitionsOf);
    expect(split.reduce((a, b) => a + b, 0)).toBe(12);
    expect(Math.min(...split)).toBeGreaterThan(0);

    const first = Array.from({ length: 30 }, () => covenantSignedEvent());
    for (const e of first) {
      await publishEvent(producer, env.covenantTopic, e);
      await publishEvent(producer, env.covenantTopic, e); // every event delivered twice
    }
    const count = async () => Number((await db.query('SELECT count(*) AS n FROM drafts')).rows[0].n);
    await waitFor(async () => (await count()) === 30, { what: '30 drafts' });

    // 60 deliveries, 30 distinct events: the inbox kept one row per event
    const handled = await db.query('SELECT count(*)::int AS n FROM processed_messages');
    expect(handled.rows[0].n).toBe(30);

    await b.stop(); // leaves the group; a takes over its partitions
    const second = Array.from({ length: 10 }, () => covenantSignedEvent());
    for (const e of second) await publishEvent(producer, env.covenantTopic, e);
    for (const e of first.slice(0, 10)) await publishEvent(producer, env.covenantTopic, e); // redelivered after the rebalance
    await waitFor(async () => (await count()) === 40, { what: '40 drafts after the rebalance' });
    await new Promise((r) => setTimeout(r, 500));

    const versions = await db.query('SELECT max(version)::int AS v, count(*)::int AS n FROM draft_versions');
    expect(versions.rows[0]).toEqual({ v: 1, n: 40 });
    await a.stop();
    // one draft-generated per draft on the wire
    const wire = await TopicRecorder.start([env.draftTopic]);
    const generated = await waitFor(() => wire.messages.length >= 40 && wire.messages, {
      what: '40 draft-generated events',
    });
    await wire.stop();
    expect(generated).toHaveLength(40);
    expect(new Set(generated.map((m) => m.key)).size).toBe(40);
  });
});
