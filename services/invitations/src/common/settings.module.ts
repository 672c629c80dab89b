import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { InvitationsConfig } from '../config/invitations.config';
import { CLOCK } from './clock.provider';
import type { Clock } from './domain/clock';

export const INVITATIONS_CONFIG = Symbol('INVITATIONS_CONFIG');

/** The validated config and the clock, for every provider of the service. */
@Global()
@Module({})
export class SettingsModule {
  static register(config: InvitationsConfig, clock: Clock): DynamicModule {
    return {
      module: SettingsModule,
      providers: [
        { provide: INVITATIONS_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [INVITATIONS_CONFIG, CLOCK],
    };
  }
}
