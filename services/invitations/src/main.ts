import 'reflect-metadata';
import { runService } from '@tdkt/service-kit';
import { createInvitationsApp } from './app.factory';
import { loadInvitationsConfig } from './config/invitations.config';

runService('invitations', loadInvitationsConfig, (config) => createInvitationsApp(config));
