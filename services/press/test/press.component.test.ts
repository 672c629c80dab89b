import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { dlqTopic } from '@tdkt/contracts';
import { ensureTopics } from '@tdkt/messaging';
import { TopicRecorder, testKafka, waitFor } from '@tdkt/testing';
import { covenantSignedEvent, publishEvent } from './covenant-events.fixture';
import { pressEnvironment, startPress } from './press-app.harness';

describe('press service (consumes covenant events; real PostgreSQL and Kafka)', () => {
  let env: Awaited<ReturnType<typeof pressEnvironment>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let producer: Producer;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    env = await pressEnvironment('press');
    const kafka = testKafka();
    await ensureTopics(kafka, [env.covenantTopic]);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    press = await startPress(env.db, env.namespace);
    recorder = await TopicRecorder.start([env.draftTopic, dlqTopic(env.covenantTopic)]);
  });

  afterAll(async () => {
    await recorder.stop();
    await producer.disconnect();
    await press.stop();
    await env.drop();
  });

  const draftsOf = async (subjectId: string) => (await press.http.get(`/drafts?subjectId=${subjectId}`)).body.items;

  it('writes a Vietnamese signing draft from covenant-signed and announces it', async () => {
    const e = covenantSignedEvent();
    await publishEvent(producer, env.covenantTopic, e);
    const [draft] = await waitFor(
      async () => (await draftsOf(e.data.covenantId)).length === 1 && draftsOf(e.data.covenantId),
    );
    expect(draft.title).toBe('Cụm thi đua các tỉnh biên giới phía Bắc ký kết giao ước thi đua năm 2024');
    expect(draft.paragraphs[0].text).toMatch(/^Sáng 5\/3, 2 đơn vị thuộc Cụm thi đua/);
    expect(draft.paragraphs[1].text).toContain('Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang; Lê Hải Hòa');
    expect(draft.paragraphs.every((p: { sources: string[] }) => p.sources.includes(e.id))).toBe(true);
    const one = await press.http.get(`/drafts/${draft.id}`);
    expect(one.body.text.startsWith(draft.title)).toBe(true);
    const generated = await waitFor(() => recorder.ofType('press.draft-generated.v1').find((m) => m.key === draft.id));
    expect(JSON.parse(generated.value!)).toMatchObject({ draftId: draft.id, kind: 'covenant-signing', version: 1 });
  });

  it('applies the same event delivered twice only once', async () => {
    const e = covenantSignedEvent();
    await publishEvent(producer, env.covenantTopic, e);
    await publishEvent(producer, env.covenantTopic, e);
    const later = covenantSignedEvent({ clusterName: 'Khối thi đua các sở, ban, ngành' });
    await publishEvent(producer, env.covenantTopic, later);
    await waitFor(async () => (await draftsOf(later.data.covenantId)).length === 1);
    const [draft] = await draftsOf(e.data.covenantId);
    expect(draft.version).toBe(1);
    expect((await press.http.get(`/drafts/${draft.id}/versions`)).body.items).toHaveLength(1);
    expect(recorder.ofType('press.draft-generated.v1').filter((m) => m.key === draft.id)).toHaveLength(1);
  });

  it('dead-letters a poison message and goes on with the next one on the same partition', async () => {
    const poison = covenantSignedEvent();
    const next = covenantSignedEvent({ covenantId: poison.data.covenantId });
    next.subject = poison.subject;
    await publishEvent(producer, env.covenantTopic, poison, JSON.stringify({ ...poison.data, parties: [] }));
    await publishEvent(producer, env.covenantTopic, next);
    await waitFor(async () => (await draftsOf(next.data.covenantId)).length === 1, {
      what: 'the draft of the next message',
    });
    const letter = await waitFor(() => recorder.messages.find((m) => m.headers.ce_id === poison.id));
    expect(letter.topic).toBe(dlqTopic(env.covenantTopic));
    expect(letter.headers['x-dlq-error']).toMatch(/^schema: \/parties/);
  });

  it('writes a new version when a covenant is signed again with other facts (an amendment)', async () => {
    const e = covenantSignedEvent();
    await publishEvent(producer, env.covenantTopic, e);
    const [v1] = await waitFor(
      async () => (await draftsOf(e.data.covenantId)).length === 1 && draftsOf(e.data.covenantId),
    );
    const amended = covenantSignedEvent({ ...e.data, fullySignedAt: '2024-03-06T08:00:00.000Z' });
    await publishEvent(producer, env.covenantTopic, amended);
    const [v2] = await waitFor(async () => {
      const d = await draftsOf(e.data.covenantId);
      return d[0]?.version === 2 && d;
    });
    expect(v2.id).toBe(v1.id);
    expect(v2.paragraphs[0].text).toMatch(/^Chiều 6\/3/);
  });

  it('writes the signing draft through the regeneration queue: a draft that cannot be written keeps its event and is retried, the next one goes on', async () => {
    const blocked = covenantSignedEvent();
    const next = covenantSignedEvent();
    next.subject = blocked.subject; // same partition, right behind it
    const db = new Client({ ...env.db });
    await db.connect();
    try {
      // the database refuses this one draft for now (a real failure, not a stub)
      await db.query(`CREATE FUNCTION refuse_draft() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.subject_id = '${blocked.data.covenantId}' THEN RAISE EXCEPTION 'draft refused for the test'; END IF; RETURN NEW; END $$`);
      await db.query(
        'CREATE TRIGGER refuse_draft BEFORE INSERT ON drafts FOR EACH ROW EXECUTE FUNCTION refuse_draft()',
      );
      await publishEvent(producer, env.covenantTopic, blocked);
      await publishEvent(producer, env.covenantTopic, next);
      await waitFor(async () => (await draftsOf(next.data.covenantId)).length === 1, {
        what: "the next covenant's draft",
      });
      // the event was handled (the fact is in the read model), its draft waits in the queue
      const known = await db.query(`SELECT facts->'signed'->>'eventId' AS e FROM rm_covenants WHERE covenant_id = $1`, [
        blocked.data.covenantId,
      ]);
      expect(known.rows).toEqual([{ e: blocked.id }]);
      const queued = await db.query(`SELECT kind FROM stale_subjects WHERE subject_id = $1`, [blocked.data.covenantId]);
      expect(queued.rows).toEqual([{ kind: 'covenant' }]);
      expect(await draftsOf(blocked.data.covenantId)).toEqual([]);

      await db.query('DROP TRIGGER refuse_draft ON drafts; DROP FUNCTION refuse_draft()');
      const [draft] = await waitFor(
        async () => (await draftsOf(blocked.data.covenantId)).length === 1 && draftsOf(blocked.data.covenantId),
        {
          what: 'the draft once the database takes it',
        },
      );
      expect(draft).toMatchObject({ version: 1, kind: 'covenant-signing' });
      expect(recorder.messages.find((m) => m.headers.ce_id === blocked.id)).toBeUndefined(); // never dead-lettered
    } finally {
      await db.query('DROP TRIGGER IF EXISTS refuse_draft ON drafts; DROP FUNCTION IF EXISTS refuse_draft()');
      await db.end();
    }
  });

  it('answers 404 problem for an unknown draft and 400 for a bad filter', async () => {
    const res = await press.http.get('/drafts/7b0c1c8e-2f0a-4a43-9d8e-0d6f3f2b9a11');
    expect(res.status).toBe(404);
    expect(res.body.title).toBe('Không tìm thấy bản tin');
    expect((await press.http.get('/drafts?kind=tin-vui')).status).toBe(400);
    // finding 9: an integer to JavaScript, an absurd OFFSET to PostgreSQL (was a 500)
    const huge = await press.http.get('/drafts?page=1e21');
    expect(huge.status).toBe(400);
    expect(huge.body.errors[0]).toMatchObject({ field: 'page' });
  });
});
