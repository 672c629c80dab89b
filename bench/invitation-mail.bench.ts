// Invitations for a large conference (500 guests, the size of a provincial review with its
// connection points): the time to send the draft list over HTTP (compose every mail — Vietnamese
// text and HTML, signed links, QR code, ICS — and queue it in one transaction) and the time until
// every mail was accepted by a real SMTP server process and marked sent, against nodemailer alone
// sending the very same rendered mails to the same server in the same run (pooled with as many
// connections as the worker's lanes, and a new connection per mail — which pays the server's
// greeting delay every time).
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import nodemailer from 'nodemailer';
import { DataSource } from 'typeorm';
import { ConferenceScheduled, TOPICS, toKafkaHeaders } from '@tdkt/contracts';
import { MessagingRuntime } from '@tdkt/messaging';
import {
  createTestDatabase,
  dropTestDatabase,
  listenOnFreePort,
  SmtpSink,
  testKafka,
  testServiceEnv,
  uniqueNamespace,
} from '@tdkt/testing';
import { createInvitationsApp } from '../services/invitations/src/app.factory';
import { ManualClock } from '../services/invitations/src/common/domain/clock';
import { loadInvitationsConfig } from '../services/invitations/src/config/invitations.config';
import { benchAuth, envInt } from './bench-env';

export const GUESTS = 500;
export const TARGET_RATIO = 0.7;
const WARM = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const secs = (ms: number) => (ms / 1000).toFixed(2);
const emlCount = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.eml')).length;

async function json(method: string, url: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(await benchAuth()) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

async function until(what: string, probe: () => Promise<boolean> | boolean, timeoutMs = 120000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

export async function run(o: { guests?: number } = {}): Promise<Record<string, unknown>> {
  const guests = o.guests ?? envInt('BENCH_INVITATION_GUESTS', GUESTS);
  if (guests <= WARM) throw new Error(`BENCH_INVITATION_GUESTS must be more than the ${WARM} warm-up guests`);
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  const db = await createTestDatabase('bench_invitations');
  const ns = uniqueNamespace('bench-invitations');
  const smtp = await SmtpSink.start();
  const kafka = testKafka('bench-invitations');
  let app: INestApplication | undefined;
  let producer: Producer | undefined;
  try {
    const config = loadInvitationsConfig({
      ...testServiceEnv(db, ns, 'INVITATIONS_DB'),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'Văn phòng UBND tỉnh <no-reply@tdkt.test>',
      RSVP_SECRET: randomBytes(32).toString('base64url'),
      MAIL_POLL_MS: '50',
    });
    app = await createInvitationsApp(config, new ManualClock('2024-02-01T01:00:00Z'));
    const url = await listenOnFreePort(app);
    await app.get(MessagingRuntime).whenStarted();
    await app.get(MessagingRuntime).consumer!.waitUntilJoined();
    producer = kafka.producer();
    await producer.connect();
    const conferenceId = randomUUID();
    const data = {
      conferenceId,
      organizer: { name: 'UBND tỉnh Sơn La' },
      kind: 'provincial-review' as const,
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
      yearReviewed: 2023,
      yearLaunched: 2024,
      timeZone: 'Asia/Ho_Chi_Minh',
      startsAt: '2024-02-29T01:00:00.000Z',
      endsAt: '2024-02-29T04:30:00.000Z',
      format: 'hybrid' as const,
      venue: { name: 'Hội trường Trung tâm Hội nghị tỉnh' },
    };
    const id = randomUUID();
    await producer.send({
      topic: `${ns}${TOPICS.conference}`,
      acks: -1,
      messages: [
        {
          key: conferenceId,
          value: JSON.stringify(data),
          headers: toKafkaHeaders({
            id,
            type: ConferenceScheduled.type,
            source: '/services/agenda',
            specversion: '1.0',
            time: new Date().toISOString(),
            subject: conferenceId,
            datacontenttype: 'application/json',
            correlationid: id,
            data,
          }),
        },
      ],
    });
    await until(
      'the conference projection',
      async () => (await fetch(`${url}/conferences/${conferenceId}`, { headers: await benchAuth() })).status === 200,
    );

    const guestIds: string[] = [];
    for (let i = 0; i < guests; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, guests - i) }, (_, k) =>
          json('POST', `${url}/guests`, {
            name: `Nguyễn Văn Khách ${i + k + 1}`,
            titles: [(i + k) % 10 === 0 ? 'Ủy viên Ban Thường vụ Tỉnh ủy' : 'Giám đốc Sở', 'Đại biểu'],
            organization: 'Tỉnh Sơn La',
            email: `khach${i + k + 1}@sonla.gov.vn`,
          }),
        ),
      );
      guestIds.push(...batch.map((g: { id: string }) => g.id));
    }
    // warm-up: 20 invitations through the whole path
    const warm = guestIds.splice(0, WARM);
    await json('POST', `${url}/conferences/${conferenceId}/invitations`, { guestIds: warm, send: true });
    await until('the warm-up mails', () => emlCount(smtp.dir) >= WARM);
    const n = guestIds.length;
    await json('POST', `${url}/conferences/${conferenceId}/invitations`, { guestIds });

    const t0 = performance.now();
    const sent = await json('POST', `${url}/conferences/${conferenceId}/invitations/send`, {});
    const queued = performance.now() - t0;
    if (sent.sent.length !== n) throw new Error(`sent ${sent.sent.length} of ${n}`);
    await until('every mail at the SMTP server', () => emlCount(smtp.dir) >= WARM + n);
    const delivered = performance.now() - t0;
    const ds = app.get(DataSource);
    await until(
      'every mail marked sent',
      async () => (await ds.query(`SELECT count(*)::int AS c FROM mail_queue WHERE status = 'pending'`))[0].c === 0,
    );

    // baseline: nodemailer alone, the same rendered mails (text, HTML, QR, ICS) to the same server
    const rows: {
      to_address: string;
      to_name: string;
      subject: string;
      text_body: string;
      html_body: string;
      ics: string;
      ics_method: string;
      attachments: { filename: string; contentType: string; cid: string; base64: string }[];
    }[] = await ds.query(
      `SELECT to_address, to_name, subject, text_body, html_body, ics, ics_method, attachments FROM mail_queue WHERE purpose = 'invitation' ORDER BY seq DESC LIMIT ${n}`,
    );
    const message = (r: (typeof rows)[number]) => ({
      from: config.smtp.from,
      to: { name: r.to_name, address: r.to_address },
      subject: r.subject,
      text: r.text_body,
      html: r.html_body,
      icalEvent: { method: r.ics_method, filename: 'giay-moi.ics', content: r.ics },
      attachments: r.attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        cid: a.cid,
        content: Buffer.from(a.base64, 'base64'),
      })),
    });
    const plain = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
    let b0 = performance.now();
    for (const r of rows) await plain.sendMail(message(r));
    const baselinePerConnection = performance.now() - b0;
    const pooled = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: config.mail.concurrency,
    });
    b0 = performance.now();
    await Promise.all(rows.map((r) => pooled.sendMail(message(r))));
    const baselinePooled = performance.now() - b0;
    pooled.close();

    const size =
      rows.reduce(
        (s, r) =>
          s +
          r.html_body.length +
          r.text_body.length +
          r.ics.length +
          r.attachments.reduce((x, a) => x + a.base64.length, 0),
        0,
      ) / rows.length;
    console.log(
      `invitation-mail: ${n} invitations (one conference; ~${(size / 1024).toFixed(1)} KB of content each: text, HTML, QR PNG, ICS); SMTP sink pid ${smtp.pid}`,
    );
    console.log(
      `  send the draft list over HTTP (compose + queue, one transaction)   ${secs(queued)} s   (${(n / (queued / 1000)).toFixed(0)} mails/s)`,
    );
    console.log(
      `  until every mail was accepted by the SMTP server                  ${secs(delivered)} s   (${(n / (delivered / 1000)).toFixed(0)} mails/s)`,
    );
    console.log(
      `  of which the mail queue after the answer (${config.mail.concurrency} lanes)             ${secs(delivered - queued)} s   (${(n / ((delivered - queued) / 1000)).toFixed(0)} mails/s)`,
    );
    console.log(
      `  baseline: nodemailer alone, pooled, ${config.mail.concurrency} connections                  ${secs(baselinePooled)} s   (${(n / (baselinePooled / 1000)).toFixed(0)} mails/s)`,
    );
    console.log(
      `  baseline: nodemailer alone, a new connection per mail            ${secs(baselinePerConnection)} s   (${(n / (baselinePerConnection / 1000)).toFixed(0)} mails/s)`,
    );
    // mails/s of the drain over mails/s of pooled nodemailer: the seconds inverted
    const ratio = baselinePooled / (delivered - queued);
    console.log(
      `  ratio drain/pooled nodemailer ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}): ${ratio >= TARGET_RATIO ? 'PASS' : 'BELOW TARGET'}`,
    );
    // nothing lost or sent twice: the warm-up, the service's n and the two baselines' n each
    if (rows.length !== n) throw new Error(`${rows.length} invitations in the mail queue, expected ${n}`);
    await until('every baseline mail at the SMTP server', () => emlCount(smtp.dir) >= WARM + 3 * n);
    const exact = emlCount(smtp.dir);
    if (exact !== WARM + 3 * n) throw new Error(`${exact} mails at the SMTP server, expected ${WARM + 3 * n}`);
    const result = {
      bench: 'invitation-mail',
      invitations: n,
      queueSeconds: +secs(queued),
      deliveredSeconds: +secs(delivered),
      queueDrainSeconds: +secs(delivered - queued),
      baselinePooledSeconds: +secs(baselinePooled),
      baselinePerConnectionSeconds: +secs(baselinePerConnection),
      drainVsPooledRatio: +ratio.toFixed(2),
      target: TARGET_RATIO,
      pass: ratio >= TARGET_RATIO,
    };
    console.log(JSON.stringify(result));
    return result;
  } finally {
    await producer?.disconnect().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await smtp.dispose();
    await dropTestDatabase(db).catch(() => undefined);
  }
}
