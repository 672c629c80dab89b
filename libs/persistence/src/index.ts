export * from './database-config';
export * from './data-source.factory';
export * from './migrations.runner';
export * from './database.readiness';
export * from './transient-errors';
