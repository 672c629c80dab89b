import { Injectable } from '@nestjs/common';
import type { Actor } from '@tdkt/auth';
import { ConferenceTransaction } from './conference.transaction';
import type { ConnectionPoint, Guest } from './domain/conference.types';

/** The guest list (presenters come from it) and the online connection points (điểm cầu). */
@Injectable()
export class ParticipantsCommand {
  constructor(private readonly tx: ConferenceTransaction) {}

  async addGuest(
    actor: Actor,
    conferenceId: string,
    input: Omit<Guest, 'id' | 'personId'> & { personId?: string },
  ): Promise<Guest> {
    return (await this.tx.run(actor, conferenceId, {}, (c) => c.addGuest(input))).result;
  }

  async addConnectionPoint(
    actor: Actor,
    conferenceId: string,
    input: Omit<ConnectionPoint, 'id'>,
  ): Promise<ConnectionPoint> {
    return (await this.tx.run(actor, conferenceId, {}, (c) => c.addConnectionPoint(input))).result;
  }

  async removeConnectionPoint(actor: Actor, conferenceId: string, pointId: string): Promise<void> {
    await this.tx.run(actor, conferenceId, {}, (c) => c.removeConnectionPoint(pointId));
  }
}
