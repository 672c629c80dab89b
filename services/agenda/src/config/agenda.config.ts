import { loadServiceConfig, type ServiceConfig } from '@tdkt/service-kit';

export type AgendaConfig = ServiceConfig;

export const loadAgendaConfig = (env: NodeJS.ProcessEnv = process.env): AgendaConfig =>
  loadServiceConfig({ service: 'agenda', port: ['AGENDA_PORT', 3102], database: ['AGENDA_DB', 'tdkt_agenda'] }, env);
