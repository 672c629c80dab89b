import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import { createTestDatabase, dropTestDatabase, httpClient, listenOnFreePort, testServiceEnv, uniqueNamespace } from '@tdkt/testing';
import { createCovenantsApp } from '../src/app.factory';
import { loadCovenantsConfig } from '../src/config/covenants.config';

/** The covenants service on its own fresh database and its own topics, over real HTTP. */
export async function startCovenants(label: string, namespace = uniqueNamespace(label)) {
  const db: DatabaseConfig = await createTestDatabase(label);
  const config = loadCovenantsConfig(testServiceEnv(db, namespace, 'COVENANTS_DB'));
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

/** A signatory for a unit: "Chủ tịch Tỉnh Hà Giang" with the title "Chủ tịch UBND Tỉnh Hà Giang". */
export const chairOf = (unitName: string) => ({ name: `Chủ tịch ${unitName}`, titles: [`Chủ tịch UBND ${unitName}`] });

/** Real-looking signatories of the northern border cluster (names and titles as the press writes them). */
export const borderLeaders: Record<string, { name: string; titles: string[] }> = {
  'Tỉnh Hà Giang': { name: 'Nguyễn Văn Sơn', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Hà Giang'] },
  'Tỉnh Cao Bằng': { name: 'Lê Hải Hòa', titles: ['Phó Chủ tịch UBND tỉnh Cao Bằng'] },
  'Tỉnh Lào Cai': { name: 'Trịnh Xuân Trường', titles: ['Ủy viên BCH Trung ương Đảng', 'Chủ tịch UBND tỉnh Lào Cai'] },
};
