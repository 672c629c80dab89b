import type { Producer } from 'kafkajs';
import { ensureTopics } from '@tdkt/messaging';
import { testKafka, waitFor } from '@tdkt/testing';
import { randomUUID } from 'node:crypto';
import {
  concluded,
  covenantSignedAt,
  decisionEvents,
  guestEvents,
  movement,
  publishAll,
  scheduled,
} from './conference-events.fixture';
import { pressEnvironment, startPress } from './press-app.harness';
import { checkReport, SEED_ARTICLES } from './seed-articles.fixture';

/**
 * Fidelity: each seed article's facts entered as the events the platform publishes (conference,
 * officials who accepted or checked in, awards with the article's counts, the covenant and its
 * signatories, the movement's theme) — and the generated report states every one of them.
 */
describe('fidelity to the seed articles (real PostgreSQL and Kafka)', () => {
  let env: Awaited<ReturnType<typeof pressEnvironment>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let producer: Producer;

  beforeAll(async () => {
    env = await pressEnvironment('press-fidelity');
    const kafka = testKafka();
    await ensureTopics(kafka, env.inputTopics);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    press = await startPress(env.db, env.namespace);
  });

  afterAll(async () => {
    await producer.disconnect();
    await press.stop();
    await env.drop();
  });

  it.each(SEED_ARTICLES.map((a) => [a.name, a] as const))('%s', async (_name, a) => {
    const c = a.conference;
    const conf = scheduled({
      organizer: { name: c.organizer },
      kind: c.kind,
      title: c.title,
      yearReviewed: c.yearReviewed,
      yearLaunched: c.yearLaunched,
      startsAt: new Date(c.startsAt).toISOString(),
      format: c.format,
      ...(c.venue ? { venue: { name: c.venue } } : {}),
      ...(c.connectionPoints
        ? { connectionPoints: c.connectionPoints.map((p) => ({ ...p, connectionPointId: randomUUID() })) }
        : {}),
    });
    const id = conf.data.conferenceId;
    const decisions = a.awards.map((d) => decisionEvents(id, d.number, d.authority, d.counts));
    const events = [
      conf,
      // officials listed in the article: accepted, half of them also checked in; protocol order by precedence
      ...a.attendees.flatMap((p, i) => guestEvents(id, p, i + 1, { checkIn: i % 2 === 0 })),
      ...decisions.flatMap((d) => [d.issued, ...d.conferred]),
      movement(id, a.movement.year, a.movement.theme, a.movement.launchedBy),
      ...(a.covenant ? [covenantSignedAt(id, { ...a.covenant, at: new Date(c.startsAt).toISOString() })] : []),
      concluded(id),
    ];
    await publishAll(producer, env.namespace, events);
    const awardsTotal = decisions.reduce((n, d) => n + d.conferred.length, 0);
    // the report is kept current while the events arrive: poll until it states every fact (the last failed check is reported on timeout)
    const report = await waitFor(
      async () => {
        const d = (await press.http.get(`/drafts?kind=conference-report&subjectId=${id}`)).body.items[0];
        if (!d) return undefined;
        checkReport(d, a);
        return d;
      },
      { what: `the complete report for ${a.name}`, timeoutMs: 90000 },
    );
    // provenance: the awards paragraph names every decision and every conferment
    expect(report.paragraphs.find((p: { role: string }) => p.role === 'awards').sources).toHaveLength(
      awardsTotal + decisions.length,
    );
  });
});
