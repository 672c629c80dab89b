import 'reflect-metadata';
import { runService } from '@tdkt/service-kit';
import { createAgendaApp } from './app.factory';
import { loadAgendaConfig } from './config/agenda.config';

runService('agenda', loadAgendaConfig, createAgendaApp);
