export * from './infra/endpoints';
export * from './infra/probes';
export * from './infra/containers';
export * from './database/test-database';
export * from './kafka/topic-recorder';
export * from './wait-for';
export * from './http/http-client';
export * from './infra/service-env';
