// A 3,500-recipient award decision (the size of Hà Giang's yearly list): the time to import its
// XLSX over HTTP (parse, every rule, one transaction with the outbox rows) and the time until
// every award-conferred is on the broker (acknowledged: the topic's offsets add up), against a
// raw kafkajs producer sending the same 3,500 messages to the same broker in the same run.
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Admin, Producer } from 'kafkajs';
import { AwardConferred, TOPICS } from '@tdkt/contracts';
import { ensureTopics, MessagingRuntime } from '@tdkt/messaging';
import {
  TopicRecorder,
  createTestDatabase,
  dropTestDatabase,
  listenOnFreePort,
  testKafka,
  testServiceEnv,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import { createAwardsApp } from '../services/awards/src/app.factory';
import { loadAwardsConfig } from '../services/awards/src/config/awards.config';
import { benchAuth, envInt } from './bench-env';

export const RECIPIENTS = 3500;
const WARM_RECIPIENTS = 50;
export const TARGET_SECONDS = 5;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const secs = (ms: number) => (ms / 1000).toFixed(2);

function rows(n: number, tag: string): string[][] {
  const communes = ['Xã Lũng Cú', 'Xã Mèo Vạc', 'Xã Đồng Văn', 'Xã Yên Minh', 'Xã Quản Bạ', 'Xã Bắc Mê'];
  return Array.from({ length: n }, (_, i) => {
    const collective = i % 7 === 0;
    return [
      String(i + 1),
      collective ? `Tổ dân phố số ${i + 1} ${tag}` : `Nguyễn Thị Hương ${tag}-${i + 1}`,
      collective ? 'Tập thể' : 'Cá nhân',
      collective ? '' : 'Cán bộ; Bí thư Chi bộ',
      `${communes[i % communes.length]}, tỉnh Hà Giang`,
      i % 50 === 0 && !collective ? 'Chiến sĩ thi đua cơ sở' : 'Bằng khen của Chủ tịch UBND tỉnh',
      '2023',
    ];
  });
}

async function workbook(data: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN']);
  sheet.addRow([
    'STT',
    'Họ và tên / Tên tập thể',
    'Loại',
    'Chức vụ',
    'Đơn vị',
    'Hình thức khen thưởng',
    'Năm thành tích',
  ]);
  for (const r of data) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function importDecision(url: string, n: number, file: Buffer): Promise<void> {
  const form = new FormData();
  for (const [k, v] of Object.entries({
    number: `${n}/QĐ-UBND`,
    date: '2024-01-25',
    authority: 'Chủ tịch UBND tỉnh Hà Giang',
    signerName: 'Nguyễn Văn Sơn',
    signerTitles: 'Chủ tịch UBND tỉnh',
    reason: 'Đã có thành tích xuất sắc năm 2023',
  }))
    form.append(k, v);
  form.append('file', new Blob([new Uint8Array(file)]), 'danh-sach.xlsx');
  const res = await fetch(`${url}/decisions/import`, { method: 'POST', body: form, headers: await benchAuth() });
  if (res.status !== 201) throw new Error(`import answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
}

/** Messages on a topic, acknowledged by the broker: the sum of its partitions' high watermarks. */
async function onBroker(admin: Admin, topic: string): Promise<number> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((s, p) => s + Number(p.high), 0);
}

async function waitOnBroker(admin: Admin, topic: string, expected: number, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await onBroker(admin, topic)) < expected) {
    if (Date.now() > deadline)
      throw new Error(`only ${await onBroker(admin, topic)} of ${expected} messages on ${topic} after ${timeoutMs} ms`);
    await sleep(10);
  }
}

export interface AwardDecisionResult {
  bench: 'award-decision';
  recipients: number;
  importSeconds: number;
  onBrokerSeconds: number;
  relaySeconds: number;
  baselineBatchedSeconds: number;
  baselineOneByOneSeconds: number;
  targetSeconds: number;
  pass: boolean;
}

export async function run(o: { recipients?: number } = {}): Promise<AwardDecisionResult> {
  const recipients = o.recipients ?? envInt('BENCH_AWARD_RECIPIENTS', RECIPIENTS);
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  const db = await createTestDatabase('bench_awards');
  const ns = uniqueNamespace('bench-awards');
  const awardTopic = `${ns}${TOPICS.award}`;
  const baselineTopic = `${ns}baseline.${TOPICS.award}`;
  const kafka = testKafka('bench-awards');
  const admin = kafka.admin();
  let app: INestApplication | undefined;
  let producer: Producer | undefined;
  let recorder: TopicRecorder | undefined;
  try {
    await admin.connect();
    app = await createAwardsApp(loadAwardsConfig(testServiceEnv(db, ns, 'AWARDS_DB')));
    const url = await listenOnFreePort(app);
    await app.get(MessagingRuntime).whenStarted();
    await ensureTopics(kafka, [baselineTopic], 3);
    const [warmFile, file] = [await workbook(rows(WARM_RECIPIENTS, 'WARM')), await workbook(rows(recipients, 'HG'))];

    // warm-up: JIT, connection pools, the producer's metadata
    await importDecision(url, 1, warmFile);
    await waitOnBroker(admin, awardTopic, WARM_RECIPIENTS + 1);

    const t0 = performance.now();
    await importDecision(url, 2, file);
    const imported = performance.now() - t0;
    await waitOnBroker(admin, awardTopic, WARM_RECIPIENTS + 1 + recipients + 1);
    const onWire = performance.now() - t0;

    // baseline: the very messages the relay sent (read back from the topic: the relay deletes the
    // outbox rows it has published), from a raw kafkajs producer
    recorder = await TopicRecorder.start([awardTopic]);
    const decided = await waitFor(
      () => {
        const of = recorder!.ofType(AwardConferred.type).filter((m) => !m.value?.includes('WARM'));
        return of.length >= recipients && of;
      },
      { timeoutMs: 60000, what: `${recipients} award-conferred read back from ${awardTopic}` },
    );
    if (decided.length !== recipients)
      throw new Error(`${decided.length} award-conferred on ${awardTopic}, expected ${recipients}`);
    const messages = decided.map((m) => ({ key: m.key, value: m.value!, headers: m.headers }));
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic: baselineTopic, messages: messages.slice(0, 10) }] }); // warm
    let b0 = performance.now();
    for (let i = 0; i < messages.length; i += 500) {
      await producer.sendBatch({
        acks: -1,
        topicMessages: [{ topic: baselineTopic, messages: messages.slice(i, i + 500) }],
      });
    }
    const batched = performance.now() - b0;
    b0 = performance.now();
    for (const m of messages) await producer.send({ acks: -1, topic: baselineTopic, messages: [m] });
    const oneByOne = performance.now() - b0;
    await waitOnBroker(admin, baselineTopic, 10 + 2 * recipients);

    const bytes = messages.reduce((s, m) => s + Buffer.byteLength(m.value), 0) / messages.length;
    console.log(
      `award-decision: ${recipients} recipients (XLSX ${(file.length / 1024).toFixed(0)} KB; award-conferred ~${bytes.toFixed(0)} B JSON each); topics ${ns}*`,
    );
    console.log(`  import over HTTP (parse, rules, one transaction)   ${secs(imported)} s`);
    console.log(
      `  until every award-conferred is on the broker       ${secs(onWire)} s   (target ≤ ${TARGET_SECONDS} s)`,
    );
    console.log(`  of which relay after the import answered           ${secs(onWire - imported)} s`);
    console.log(`  baseline: raw kafkajs, batches of 500, acks=all     ${secs(batched)} s`);
    console.log(`  baseline: raw kafkajs, one send per message         ${secs(oneByOne)} s`);
    const result: AwardDecisionResult = {
      bench: 'award-decision',
      recipients,
      importSeconds: +secs(imported),
      onBrokerSeconds: +secs(onWire),
      relaySeconds: +secs(onWire - imported),
      baselineBatchedSeconds: +secs(batched),
      baselineOneByOneSeconds: +secs(oneByOne),
      targetSeconds: TARGET_SECONDS,
      pass: onWire / 1000 <= TARGET_SECONDS,
    };
    console.log(JSON.stringify(result));
    return result;
  } finally {
    await recorder?.stop().catch(() => undefined);
    await producer?.disconnect().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    await dropTestDatabase(db).catch(() => undefined);
  }
}
