import 'reflect-metadata';
import { runService } from '@tdkt/service-kit';
import { createPressApp } from './app.factory';
import { loadPressConfig } from './config/press.config';

runService('press', loadPressConfig, createPressApp);
