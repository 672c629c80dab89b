import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CovenantSigned, DraftGenerated, type CloudEvent, type CovenantSignedData } from '@tdkt/contracts';
import { Outbox, type EventHandler } from '@tdkt/messaging';
import { writeCovenantSigningDraft } from './domain/covenant-signing.writer';
import { contentChanged, type DraftState } from './domain/draft';
import { DraftRepository } from './infra/draft.repository';

/** A fully signed covenant → its signing news draft (a new version when the facts changed). */
@Injectable()
export class CovenantSignedHandler implements EventHandler<CovenantSignedData> {
  readonly event = CovenantSigned;

  constructor(
    private readonly drafts: DraftRepository,
    private readonly outbox: Outbox,
  ) {}

  async handle(event: CloudEvent<CovenantSignedData>, manager: EntityManager): Promise<void> {
    const content = writeCovenantSigningDraft(event.data, event.id);
    const existing = await this.drafts.findForUpdate(manager, 'covenant-signing', event.data.covenantId);
    if (existing && !contentChanged(existing, content)) return;
    const draft: DraftState = {
      id: existing?.id ?? randomUUID(),
      kind: 'covenant-signing',
      subjectId: event.data.covenantId,
      version: (existing?.version ?? 0) + 1,
      generatedAt: new Date(),
      ...content,
    };
    await this.drafts.save(manager, draft, event.id);
    await this.outbox.add(manager, DraftGenerated, {
      subject: draft.id,
      data: { draftId: draft.id, kind: draft.kind, subjectId: draft.subjectId, version: draft.version, title: draft.title },
    });
  }
}
