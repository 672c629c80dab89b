import 'reflect-metadata';
import { runService } from '@tdkt/service-kit';
import { createCovenantsApp } from './app.factory';
import { loadCovenantsConfig } from './config/covenants.config';

runService('covenants', loadCovenantsConfig, createCovenantsApp);
