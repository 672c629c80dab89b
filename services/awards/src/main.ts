import 'reflect-metadata';
import { runService } from '@tdkt/service-kit';
import { createAwardsApp } from './app.factory';
import { loadAwardsConfig } from './config/awards.config';

runService('awards', loadAwardsConfig, createAwardsApp);
