import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DraftApproved, DraftPublished } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { DataSource } from 'typeorm';
import { WebhookQueue } from '../delivery/webhook-queue';
import type { DraftState } from './domain/draft';
import { DraftNotFound } from './domain/draft.errors';
import { transition, type WorkflowAction } from './domain/workflow';
import type { Editor } from './edit-draft.command';
import { inScope } from '../coverage/domain/coverage';
import { DraftRepository } from './infra/draft.repository';
import { PublicationRecord } from './infra/draft.records';

/**
 * draft → in review → approved → published, or rejected with a comment. Each step is recorded
 * (who — the token's id and name —, role, when, on which version); approval and publication are announced on press.draft.v1;
 * a publication is queued for every matching press-office webhook in the same transaction.
 */
@Injectable()
export class DraftWorkflowCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly drafts: DraftRepository,
    private readonly outbox: Outbox,
    private readonly webhooks: WebhookQueue,
  ) {}

  execute(id: string, action: WorkflowAction, { actor, scope }: Editor, comment?: string): Promise<DraftState> {
    return this.dataSource.transaction(async (m) => {
      const d = await this.drafts.lock(m, id);
      if (!d || !inScope(scope, d.tenant)) throw new DraftNotFound(id);
      const submitter = action === 'approve' ? await this.drafts.submitterId(m, id) : null;
      const { to, role } = transition(d.status, action, actor, comment, submitter);
      const now = new Date();
      const next: DraftState = { ...d, status: to, ...(action === 'publish' ? { publishedVersion: d.version } : {}) };
      await this.drafts.save(m, next);
      await this.drafts.transition(m, {
        draftId: id,
        action,
        from: d.status,
        to,
        version: d.version,
        actor,
        role,
        comment: comment?.trim(),
        at: now,
      });
      const head = { draftId: d.id, kind: d.kind, subjectId: d.subjectId, version: d.version, title: d.title };
      if (action === 'approve') {
        await this.outbox.add(m, DraftApproved, {
          subject: d.id,
          tenant: d.tenant,
          data: { ...head, approvedBy: actor.name, approvedAt: now.toISOString() },
        });
      }
      if (action === 'publish') {
        const publication: PublicationRecord = Object.assign(new PublicationRecord(), {
          id: randomUUID(),
          draftId: d.id,
          version: d.version,
          kind: d.kind,
          subjectId: d.subjectId,
          title: d.title,
          organizations: d.organizations,
          publishedBy: actor.name,
          publishedAt: now,
          tenant: d.tenant ?? null,
        });
        await m.insert(PublicationRecord, publication);
        await this.outbox.add(m, DraftPublished, {
          subject: d.id,
          tenant: d.tenant,
          data: { ...head, publishedBy: actor.name, publishedAt: now.toISOString(), organizations: d.organizations },
        });
        await this.webhooks.enqueue(m, publication, next);
      }
      return next;
    });
  }
}
