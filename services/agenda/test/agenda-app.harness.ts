import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import { MessagingRuntime } from '@tdkt/messaging';
import {
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  listenOnFreePort,
  testServiceEnv,
  uniqueNamespace,
} from '@tdkt/testing';
import { createAgendaApp } from '../src/app.factory';
import { loadAgendaConfig } from '../src/config/agenda.config';

/** The agenda service on its own fresh database and its own topics, over real HTTP, its consumer joined. */
export async function startAgenda(label: string, namespace = uniqueNamespace(label)) {
  const db: DatabaseConfig = await createTestDatabase(label);
  const config = loadAgendaConfig(testServiceEnv(db, namespace, 'AGENDA_DB'));
  const app: INestApplication = await createAgendaApp(config);
  const url = await listenOnFreePort(app);
  await app.get(MessagingRuntime).whenStarted();
  await app.get(MessagingRuntime).consumer!.waitUntilJoined();
  return {
    app,
    url,
    db,
    namespace,
    http: httpClient(url),
    topics: {
      conference: `${namespace}${TOPICS.conference}`,
      covenant: `${namespace}${TOPICS.covenant}`,
      award: `${namespace}${TOPICS.award}`,
    },
    stop: async () => {
      await app.close();
      await dropTestDatabase(db);
    },
  };
}

export type AgendaUnderTest = Awaited<ReturnType<typeof startAgenda>>;

/** Sơn La's 2023 review conference, 29/2/2024 08:00–11:30 in Hà Nội (docs/domain.md#the-seed-articles). */
export const sơnLaConference = {
  organizer: { name: 'UBND tỉnh Sơn La' },
  kind: 'provincial-review',
  yearReviewed: 2023,
  yearLaunched: 2024,
  startsAt: '2024-02-29T08:00:00+07:00',
  endsAt: '2024-02-29T11:30:00+07:00',
  format: 'in-person',
};

/** A guest as the press names them. */
export const leaders = {
  secretary: { name: 'Nguyễn Hữu Đông', titles: ['Ủy viên BCH Trung ương Đảng', 'Bí thư Tỉnh ủy Sơn La'] },
  chair: { name: 'Hoàng Quốc Khánh', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Sơn La'] },
  viceChair: { name: 'Nguyễn Thành Công', titles: ['Phó Chủ tịch UBND tỉnh Sơn La'] },
};
