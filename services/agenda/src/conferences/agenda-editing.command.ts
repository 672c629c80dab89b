import { Injectable } from '@nestjs/common';
import type { Actor } from '@tdkt/auth';
import { ConferenceTransaction } from './conference.transaction';
import type { Conference } from './domain/conference';
import type { Segment } from './domain/segment';
import type { SegmentInput, SegmentPatch } from './domain/segment-input';

/** Segments: insert, change, remove, reorder; who presents each award type. */
@Injectable()
export class AgendaEditingCommand {
  constructor(private readonly tx: ConferenceTransaction) {}

  async add(
    actor: Actor,
    conferenceId: string,
    input: SegmentInput,
  ): Promise<{ conference: Conference; segment: Segment }> {
    const { conference, result } = await this.tx.run(actor, conferenceId, { presenters: true }, (c) =>
      c.addSegment(input),
    );
    return { conference, segment: result };
  }

  async update(actor: Actor, conferenceId: string, segmentId: string, patch: SegmentPatch): Promise<Conference> {
    return (await this.tx.run(actor, conferenceId, { presenters: true }, (c) => c.updateSegment(segmentId, patch)))
      .conference;
  }

  async remove(actor: Actor, conferenceId: string, segmentId: string): Promise<Conference> {
    return (await this.tx.run(actor, conferenceId, {}, (c) => c.removeSegment(segmentId))).conference;
  }

  async reorder(actor: Actor, conferenceId: string, segmentIds: string[]): Promise<Conference> {
    return (await this.tx.run(actor, conferenceId, { presenters: true }, (c) => c.reorderSegments(segmentIds)))
      .conference;
  }

  async assignAwardPresenter(
    actor: Actor,
    conferenceId: string,
    awardTypeCode: string,
    guestId: string,
  ): Promise<Conference> {
    return (await this.tx.run(actor, conferenceId, {}, (c) => c.assignAwardPresenter(awardTypeCode, guestId)))
      .conference;
  }
}
