import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import { createTestDatabase, dropTestDatabase, httpClient, listenOnFreePort, testKafkaBrokers, testPostgres, uniqueNamespace } from '@tdkt/testing';
import { createCovenantsApp } from '../src/app.factory';
import { loadCovenantsConfig } from '../src/config/covenants.config';

/** The covenants service on its own fresh database and its own topics, over real HTTP. */
export async function startCovenants(label: string, namespace = uniqueNamespace(label)) {
  const db: DatabaseConfig = await createTestDatabase(label);
  const pg = testPostgres();
  const config = loadCovenantsConfig({
    KAFKA_BROKERS: testKafkaBrokers().join(','), KAFKA_NAMESPACE: namespace, LOG_LEVEL: 'silent',
    PGHOST: pg.host, PGPORT: String(pg.port), PGUSER: pg.user, PGPASSWORD: pg.password, COVENANTS_DB: db.database,
  });
  const app: INestApplication = await createCovenantsApp(config);
  const url = await listenOnFreePort(app);
  return {
    app, url, db, namespace, http: httpClient(url),
    topic: `${namespace}${TOPICS.covenant}`,
    stop: async () => {
      await app.close();
      await dropTestDatabase(db);
    },
  };
}

export const hàGiangCovenant = {
  title: 'Giao ước thi đua năm 2024',
  clusterName: 'Cụm thi đua các tỉnh biên giới phía Bắc',
  year: 2024,
  parties: [{ unitName: 'Tỉnh Hà Giang' }, { unitName: 'Tỉnh Cao Bằng' }, { unitName: 'Tỉnh Lào Cai' }],
  targets: [
    { name: 'Tăng trưởng GRDP', unit: '%', targetValue: 7.5 },
    { name: 'Thu ngân sách', unit: 'tỷ đồng', targetValue: 2460 },
  ],
};

export const chairOf = (province: string) => ({ name: `Chủ tịch ${province}`, titles: [`Chủ tịch UBND ${province.toLowerCase()}`] });
