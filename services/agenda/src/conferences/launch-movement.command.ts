import { Injectable } from '@nestjs/common';
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
    conferenceId: string,
    input: { theme: string; movementName?: string; launchedByGuestId: string },
  ): Promise<{ conference: Conference; announced: boolean }> {
    const { conference, result } = await this.tx.run(conferenceId, {}, async (c, manager) => {
      const movement = c.launchMovement(input);
      if (movement)
        await this.outbox.add(manager, MovementLaunched, { subject: c.id, data: movementLaunchedData(c, movement) });
      return movement !== undefined;
    });
    return { conference, announced: result };
  }
}
