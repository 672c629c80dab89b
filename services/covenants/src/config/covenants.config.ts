import { loadServiceConfig, type ServiceConfig } from '@tdkt/service-kit';

export type CovenantsConfig = ServiceConfig;

export const loadCovenantsConfig = (env: NodeJS.ProcessEnv = process.env): CovenantsConfig =>
  loadServiceConfig(
    { service: 'covenants', port: ['COVENANTS_PORT', 3101], database: ['COVENANTS_DB', 'tdkt_covenants'] },
    env,
  );
