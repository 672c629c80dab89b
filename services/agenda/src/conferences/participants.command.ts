import { Injectable } from '@nestjs/common';
import { ConferenceTransaction } from './conference.transaction';
import type { ConnectionPoint, Guest } from './domain/conference.types';

/** The guest list (presenters come from it) and the online connection points (điểm cầu). */
@Injectable()
export class ParticipantsCommand {
  constructor(private readonly tx: ConferenceTransaction) {}

  async addGuest(conferenceId: string, input: Omit<Guest, 'id' | 'personId'> & { personId?: string }): Promise<Guest> {
    return (await this.tx.run(conferenceId, {}, (c) => c.addGuest(input))).result;
  }

  async addConnectionPoint(conferenceId: string, input: Omit<ConnectionPoint, 'id'>): Promise<ConnectionPoint> {
    return (await this.tx.run(conferenceId, {}, (c) => c.addConnectionPoint(input))).result;
  }

  async removeConnectionPoint(conferenceId: string, pointId: string): Promise<void> {
    await this.tx.run(conferenceId, {}, (c) => c.removeConnectionPoint(pointId));
  }
}
