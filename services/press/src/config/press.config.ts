import { loadServiceConfig, type ServiceConfig } from '@tdkt/service-kit';

export type PressConfig = ServiceConfig;

export const loadPressConfig = (env: NodeJS.ProcessEnv = process.env): PressConfig =>
  loadServiceConfig({ service: 'press', port: ['PRESS_PORT', 3105], database: ['PRESS_DB', 'tdkt_press'] }, env);
