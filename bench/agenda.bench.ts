// Agenda benchmark (a small run is in the test suite: infra/test/bench). Needs the broker and PostgreSQL (bash infra/kafka/start.sh).
// Figures, each next to a baseline measured in the same run on the same broker / database:
//  1. award-conferred events from Kafka applied to a conference's agenda (inbox + upsert + agenda
//     lock), events/s end to end  vs  a raw kafkajs producer loop (messages/s, send only)
//                                 and raw `pg` single-row inserts (rows/s);
//  2. HTTP commands on one conference (POST guests: row lock, domain, save), requests/s
//     vs a bare Node HTTP server answering the same JSON on the same machine.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { AwardConferred, TOPICS, toKafkaHeaders, type AwardConferredData, type CloudEvent } from '@tdkt/contracts';
import { ensureTopics, MessagingRuntime } from '@tdkt/messaging';
import {
  createTestDatabase,
  dropTestDatabase,
  listenOnFreePort,
  testKafka,
  testServiceEnv,
  uniqueNamespace,
} from '@tdkt/testing';
import { createAgendaApp } from '../services/agenda/src/app.factory';
import { loadAgendaConfig } from '../services/agenda/src/config/agenda.config';
import { benchAuth, envInt, within } from './bench-env';

const BATCH = 100;

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);

function award(conferenceId: string, i: number): CloudEvent<AwardConferredData> {
  const [awardId, id] = [randomUUID(), randomUUID()];
  const rank = [12, 20, 30, 60][i % 4]!;
  return {
    id,
    type: AwardConferred.type,
    source: '/services/awards',
    specversion: '1.0',
    time: new Date().toISOString(),
    subject: awardId,
    datacontenttype: 'application/json',
    correlationid: id,
    data: {
      awardId,
      conferenceId,
      presentedOnBehalfOf: 'Thủ tướng Chính phủ',
      decision: {
        decisionId: randomUUID(),
        number: `${i}/QĐ-TTg`,
        date: '2024-01-15',
        authority: 'Thủ tướng Chính phủ',
      },
      awardType: {
        code: `type-${rank}`,
        name: `Hình thức khen thưởng hạng ${rank}`,
        family: 'award-form',
        rank,
        conferringAuthority: 'Thủ tướng Chính phủ',
      },
      recipient: {
        recipientId: randomUUID(),
        kind: i % 3 === 0 ? 'collective' : 'individual',
        name: `Người nhận ${i}`,
      },
    },
  };
}

const STALL_MS = 30_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Until the conference lists `expected` awards: prints the count every 5 s, and fails when it has
 * not grown for STALL_MS (a consumer stuck or events parked), instead of waiting in silence.
 */
async function untilApplied(pg: Client, conferenceId: string, expected: number, log: (l: string) => void) {
  const count = async () =>
    (await pg.query(`SELECT count(*)::int AS n FROM conference_awards WHERE conference_id = $1`, [conferenceId]))
      .rows[0].n as number;
  let [last, grewAt, printedAt] = [-1, Date.now(), Date.now()];
  for (;;) {
    const n = await count();
    if (n >= expected) {
      if (n > expected) throw new Error(`${n} awards listed, ${expected} sent (a duplicate)`);
      return;
    }
    const now = Date.now();
    if (n > last) [last, grewAt] = [n, now];
    else if (now - grewAt > STALL_MS)
      throw new Error(
        `agenda: ${n} of ${expected} awards applied, none for ${STALL_MS / 1000} s (BENCH_LOGS=1 shows why)`,
      );
    if (now - printedAt >= 5000) {
      log(`  … ${n} of ${expected} awards applied`);
      printedAt = now;
    }
    await sleep(50);
  }
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export interface AgendaOptions {
  events?: number;
  requests?: number;
  log?: (line: string) => void;
}

export async function run(o: AgendaOptions = {}): Promise<Record<string, unknown>> {
  const EVENTS = o.events ?? envInt('BENCH_AGENDA_EVENTS', 2000);
  const REQUESTS = o.requests ?? envInt('BENCH_AGENDA_REQUESTS', 300);
  const log = o.log ?? ((l: string) => console.log(l));
  const db = await createTestDatabase('bench_agenda');
  const ns = uniqueNamespace('bench-agenda');
  const app = await createAgendaApp(loadAgendaConfig(testServiceEnv(db, ns, 'AGENDA_DB')));
  const url = await listenOnFreePort(app);
  await within('agenda: messaging started', 60_000, app.get(MessagingRuntime).whenStarted());
  await within('agenda: consumer joined its group', 60_000, app.get(MessagingRuntime).consumer!.waitUntilJoined());
  const kafka = testKafka('bench-agenda');
  const awardTopic = `${ns}${TOPICS.award}`;
  const rawTopic = `${ns}bench.raw`;
  await ensureTopics(kafka, [awardTopic, rawTopic]);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const pg = new Client({ ...db });
  await pg.connect();
  let bare: Server | undefined;
  try {
    const auth = await within('sign-in at the identity provider', 60_000, benchAuth());
    const post = (path: string, body: unknown): Promise<{ id: string }> =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify(body),
      }).then(async (r) => {
        if (!r.ok) throw new Error(`${path} → ${r.status} ${await r.text()}`);
        return (await r.json()) as { id: string };
      });
    const conference = await post('/conferences', {
      organizer: { name: 'UBND tỉnh Sơn La' },
      kind: 'provincial-review',
      yearReviewed: 2023,
      yearLaunched: 2024,
      startsAt: '2024-02-29T08:00:00+07:00',
      endsAt: '2024-02-29T11:30:00+07:00',
      format: 'online',
    });

    // 1a. baseline: raw kafkajs producer loop, same batching
    const rawMs = await timed(async () => {
      for (let i = 0; i < EVENTS; i += BATCH) {
        const messages = Array.from({ length: Math.min(BATCH, EVENTS - i) }, (_, j) => ({
          key: randomUUID(),
          value: JSON.stringify({ i: i + j }),
        }));
        await producer.send({ topic: rawTopic, acks: -1, messages });
      }
    });
    // 1b. baseline: raw pg single-row inserts
    await pg.query('CREATE TABLE bench_raw (id uuid PRIMARY KEY, conference_id uuid, payload jsonb)');
    const pgMs = await timed(async () => {
      for (let i = 0; i < EVENTS; i++) {
        await pg.query('INSERT INTO bench_raw VALUES ($1, $2, $3)', [randomUUID(), conference.id, { i }]);
      }
    });
    // 1c. the agenda: publish award-conferred events, wait until every one is applied
    const events = Array.from({ length: EVENTS }, (_, i) => award(conference.id, i));
    const appliedMs = await timed(async () => {
      for (let i = 0; i < EVENTS; i += BATCH) {
        const messages = events
          .slice(i, i + BATCH)
          .map((e) => ({ key: e.subject, value: JSON.stringify(e.data), headers: toKafkaHeaders(e) }));
        await producer.send({ topic: awardTopic, acks: -1, messages });
      }
      await untilApplied(pg, conference.id, events.length, log);
    });
    const listingMs = await timed(async () => {
      const r = await fetch(`${url}/conferences/${conference.id}`, { headers: auth });
      if (!r.ok) throw new Error(`GET conference → ${r.status}`);
      await r.json();
    });

    // 2a. baseline: bare Node HTTP answering JSON
    bare = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: randomUUID(), echo: JSON.parse(body || '{}') }));
      });
    });
    await new Promise<void>((r) => bare!.listen(0, '127.0.0.1', r));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
    const guest = (i: number) => ({ name: `Đại biểu số ${i}`, titles: ['Giám đốc Sở'] });
    const bareMs = await timed(async () => {
      for (let i = 0; i < REQUESTS; i++) {
        await fetch(`${bareUrl}/guests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(guest(i)),
        }).then((r) => r.json());
      }
    });
    // 2b. the agenda: sequential POST /conferences/{id}/guests
    const httpMs = await timed(async () => {
      for (let i = 0; i < REQUESTS; i++) await post(`/conferences/${conference.id}/guests`, guest(i));
    });

    const figures = {
      bench: 'agenda',
      events: EVENTS,
      awardsAppliedPerSec: perSecond(EVENTS, appliedMs),
      baselineKafkaProducePerSec: perSecond(EVENTS, rawMs),
      baselinePgInsertsPerSec: perSecond(EVENTS, pgMs),
      conferenceReadMs: Math.round(listingMs),
      requests: REQUESTS,
      addGuestPerSec: perSecond(REQUESTS, httpMs),
      baselineBareHttpPerSec: perSecond(REQUESTS, bareMs),
    };
    log(
      `agenda: ${EVENTS} award-conferred events applied end to end at ${figures.awardsAppliedPerSec}/s ` +
        `(baselines: raw kafkajs produce ${figures.baselineKafkaProducePerSec}/s, raw pg inserts ${figures.baselinePgInsertsPerSec}/s)`,
    );
    log(`agenda: GET the conference with ${EVENTS} awards listed by rank: ${figures.conferenceReadMs} ms`);
    log(
      `agenda: ${REQUESTS} sequential POST guests at ${figures.addGuestPerSec}/s (baseline: bare Node HTTP ${figures.baselineBareHttpPerSec}/s)`,
    );
    log(JSON.stringify(figures));
    return figures;
  } finally {
    bare?.close();
    await pg.end();
    await producer.disconnect();
    await app.close();
    await dropTestDatabase(db);
  }
}
