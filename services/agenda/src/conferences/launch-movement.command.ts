import { Injectable } from '@nestjs/common';
import type { Actor } from '@tdkt/auth';
import { MovementLaunched } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { movementLaunchedData } from './conference.events';
import { ConferenceTransaction } from './conference.transaction';
import type { Conference } from './domain/conference';

/** The launch of next year's movement (theme, launching official) → `movement-launched`, once per change. */
@Injectable()
export class LaunchMovementCommand {
  constructor(
    private readonly tx: ConferenceTransaction,
    private readonly outbox: Outbox,
  ) {}

  async execute(
    actor: Actor,
    conferenceId: string,
    input: { theme: string; movementName?: string; launchedByGuestId: string },
  ): Promise<{ conference: Conference; announced: boolean }> {
    const { conference, result } = await this.tx.run(actor, conferenceId, {}, async (c, manager) => {
      const movement = c.launchMovement(input);
      if (movement)
        await this.outbox.add(manager, MovementLaunched, {
          subject: c.id,
          tenant: c.tenant,
          data: movementLaunchedData(c, movement),
        });
      return movement !== undefined;
    });
    return { conference, announced: result };
  }
}
