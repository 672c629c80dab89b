import { MessagingRuntime } from '@tdkt/messaging';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { TOPICS, validateEventData } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  listenOnFreePort,
  testServiceEnv,
  uniqueNamespace,
} from '@tdkt/testing';
import { createCovenantsApp } from '../src/app.factory';
import { loadCovenantsConfig } from '../src/config/covenants.config';

/** The covenants service on its own fresh database and its own topics, over real HTTP. */
export async function startCovenants(label: string, namespace = uniqueNamespace(label)) {
  const db: DatabaseConfig = await createTestDatabase(label);
  const config = loadCovenantsConfig(testServiceEnv(db, namespace, 'COVENANTS_DB'));
  const app: INestApplication = await createCovenantsApp(config);
  const url = await listenOnFreePort(app);
  await app.get(MessagingRuntime).whenStarted();
  return {
    app,
    url,
    db,
    namespace,
    http: httpClient(url),
    topic: `${namespace}${TOPICS.covenant}`,
    stop: async () => {
      await app.close();
      await dropTestDatabase(db);
    },
  };
}

/** The northern border provinces' cluster before the 2025 mergers (members since 2008). */
export const borderCluster = {
  name: 'Cụm thi đua các tỉnh biên giới phía Bắc',
  kind: 'cum',
  organizingBody: 'Hội đồng Thi đua - Khen thưởng Trung ương',
  members: [
    'Tỉnh Hà Giang',
    'Tỉnh Cao Bằng',
    'Tỉnh Lào Cai',
    'Tỉnh Lạng Sơn',
    'Tỉnh Lai Châu',
    'Tỉnh Điện Biên',
    'Tỉnh Quảng Ninh',
  ].map((unitName) => ({ unitName, joinedOn: '2008-01-01' })),
};

/** Creates a cluster (the border cluster by default, under a unique name) and returns its id. */
export async function createCluster(http: ReturnType<typeof httpClient>, body: object = {}): Promise<string> {
  const res = await http.post('/clusters', {
    ...borderCluster,
    name: `${borderCluster.name} ${randomUUID().slice(0, 8)}`,
    ...body,
  });
  if (res.status !== 201) throw new Error(`cluster not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Three of the cluster's members and two weighted targets; add `clusterId`. */
export const hàGiangCovenant = {
  title: 'Giao ước thi đua năm 2024',
  year: 2024,
  parties: [{ unitName: 'Tỉnh Hà Giang' }, { unitName: 'Tỉnh Cao Bằng' }, { unitName: 'Tỉnh Lào Cai' }],
  targets: [
    { name: 'Tăng trưởng GRDP', unit: '%', targetValue: 7.5, weight: 60 },
    { name: 'Thu ngân sách', unit: 'tỷ đồng', targetValue: 2460, weight: 40 },
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

type Http = ReturnType<typeof httpClient>;

/** Every party signs, one after another; returns the last answer (the fully signed covenant). */
export async function signAll(http: Http, covenant: { id: string; parties: { id: string; unitName: string }[] }) {
  let last;
  for (const p of covenant.parties) {
    last = await http.post(`/covenants/${covenant.id}/signatures`, { partyId: p.id, signatory: chairOf(p.unitName) });
    if (last.status !== 201) throw new Error(`signature refused: ${last.status} ${JSON.stringify(last.body)}`);
  }
  return last!.body.covenant;
}

/** The data of the events of one type on the wire for one key, each checked against libs/contracts. */
export function wireData(
  recorder: { ofType(type: string): { key: string | null; value: string | null }[] },
  type: string,
  key: string,
) {
  return recorder
    .ofType(type)
    .filter((m) => m.key === key)
    .map((m) => {
      const data = JSON.parse(m.value!);
      const verdict = validateEventData(type, data);
      if (!verdict.ok) throw new Error(`${type} on the wire does not match libs/contracts: ${verdict.error}`);
      return data;
    });
}
