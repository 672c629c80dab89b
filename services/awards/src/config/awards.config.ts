import { loadServiceConfig, type ServiceConfig } from '@tdkt/service-kit';

export type AwardsConfig = ServiceConfig;

export const loadAwardsConfig = (env: NodeJS.ProcessEnv = process.env): AwardsConfig =>
  loadServiceConfig({ service: 'awards', port: ['AWARDS_PORT', 3103], database: ['AWARDS_DB', 'tdkt_awards'] }, env);
