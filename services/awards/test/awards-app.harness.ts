import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Producer } from 'kafkajs';
import {
  TOPICS,
  serviceSource,
  toKafkaHeaders,
  topicOwner,
  type CloudEvent,
  type EventDefinition,
} from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import { MessagingRuntime } from '@tdkt/messaging';
import {
  bearer,
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  listenOnFreePort,
  testServiceEnv,
  uniqueNamespace,
} from '@tdkt/testing';
import { createAwardsApp } from '../src/app.factory';
import { loadAwardsConfig } from '../src/config/awards.config';

/** The awards service on its own fresh database and its own topics, over real HTTP. */
export async function startAwards(label: string, namespace = uniqueNamespace(label)) {
  const db: DatabaseConfig = await createTestDatabase(label);
  const config = loadAwardsConfig(testServiceEnv(db, namespace, 'AWARDS_DB'));
  const app: INestApplication = await createAwardsApp(config);
  const url = await listenOnFreePort(app);
  await app.get(MessagingRuntime).whenStarted();
  await app.get(MessagingRuntime).consumer!.waitUntilJoined();
  return {
    app,
    url,
    db,
    namespace,
    http: httpClient(url),
    awardTopic: `${namespace}${TOPICS.award}`,
    covenantTopic: `${namespace}${TOPICS.covenant}`,
    conferenceTopic: `${namespace}${TOPICS.conference}`,
    /** POST a multipart form (the decision import), as test-runner unless `headers` carry another authorization */
    upload: async (
      path: string,
      fields: Record<string, string>,
      file?: { name: string; content: Buffer },
      headers: Record<string, string> = {},
    ) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      if (file) form.append('file', new Blob([new Uint8Array(file.content)]), file.name);
      const auth = 'authorization' in headers ? {} : await bearer('test-runner');
      const res = await fetch(`${url}${path}`, { method: 'POST', body: form, headers: { ...auth, ...headers } });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as any };
    },
    stop: async () => {
      await app.close();
      await dropTestDatabase(db);
    },
  };
}

export const signer = { name: 'Nguyễn Văn Sơn', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Hà Giang'] };

/** A decision header of the provincial chair; `n` makes the number unique. */
export const provincialDecision = (n: number | string, over: Record<string, unknown> = {}) => ({
  number: `${n}/QĐ-UBND`,
  date: '2024-01-25',
  authority: 'Chủ tịch UBND tỉnh Hà Giang',
  signer,
  reason: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2023',
  ...over,
});

export const COLUMNS = [
  'STT',
  'Họ và tên / Tên tập thể',
  'Loại',
  'Chức vụ',
  'Đơn vị',
  'Hình thức khen thưởng',
  'Năm thành tích',
];

/** Hà Giang's yearly list: `n` rows, collectives and individuals, mostly the provincial Bằng khen. */
export function awardRows(n: number, prefix = 'HG'): string[][] {
  const communes = ['Xã Lũng Cú', 'Xã Mèo Vạc', 'Xã Đồng Văn', 'Xã Yên Minh', 'Xã Quản Bạ', 'Xã Bắc Mê'];
  return Array.from({ length: n }, (_, i) => {
    const collective = i % 7 === 0;
    const unit = communes[i % communes.length]!;
    return [
      String(i + 1),
      collective ? `Tổ dân phố số ${i + 1} ${prefix}` : `Nguyễn Thị Hương ${prefix}-${i + 1}`,
      collective ? 'Tập thể' : 'Cá nhân',
      collective ? '' : 'Cán bộ; Bí thư Chi bộ',
      `${unit}, tỉnh Hà Giang`,
      i % 50 === 0 && !collective ? 'Chiến sĩ thi đua cơ sở' : 'Bằng khen của Chủ tịch UBND tỉnh',
      '2023',
    ];
  });
}

/** An .xlsx the way provinces keep them: a title row, the header, then one row per recipient. */
export async function awardWorkbook(rows: string[][], columns = COLUMNS): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách khen thưởng');
  sheet.addRow(['DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH']);
  sheet.addRow(columns);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A CloudEvent of another service, as it would arrive on the wire (from its topic's owner). */
export function foreignEvent<T>(
  def: EventDefinition<T>,
  subject: string,
  data: T,
  source = serviceSource(topicOwner(def.topic)!),
): CloudEvent<T> {
  const id = randomUUID();
  return {
    id,
    type: def.type,
    source,
    specversion: '1.0',
    time: new Date().toISOString(),
    subject,
    datacontenttype: 'application/json',
    correlationid: id,
    data,
  };
}

export async function publish(producer: Producer, topic: string, e: CloudEvent): Promise<void> {
  await producer.send({
    topic,
    acks: -1,
    messages: [{ key: e.subject, value: JSON.stringify(e.data), headers: toKafkaHeaders(e) }],
  });
}
