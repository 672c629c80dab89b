import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DraftGenerated, type DraftKind } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import type { EntityManager } from 'typeorm';
import { applyGenerated } from './domain/draft-revision';
import type { DraftContent, DraftState } from './domain/draft';
import { DraftRepository } from './infra/draft.repository';

/**
 * Writes freshly generated content into a draft: the first version, a regenerated version, or —
 * once a person holds the text — only the "có thông tin mới" flag. Every new version is announced
 * with `press.draft-generated.v1` in the same transaction.
 */
@Injectable()
export class DraftWriter {
  constructor(
    private readonly drafts: DraftRepository,
    private readonly outbox: Outbox,
  ) {}

  async write(
    m: EntityManager,
    target: { kind: DraftKind; subjectId: string; organizations: string[]; tenant?: string | null },
    content: DraftContent,
    sourceEventId?: string,
  ): Promise<DraftState> {
    const now = new Date();
    const existing = await this.drafts.findForUpdate(m, target.kind, target.subjectId);
    if (!existing) {
      const draft: DraftState = {
        id: randomUUID(),
        kind: target.kind,
        subjectId: target.subjectId,
        version: 1,
        generatedAt: now,
        status: 'draft',
        edited: false,
        base: content,
        organizations: target.organizations,
        ...(target.tenant ? { tenant: target.tenant } : {}),
        ...content,
      };
      await this.drafts.save(m, draft, { origin: 'generated', sourceEventId });
      await this.announce(m, draft);
      return draft;
    }
    // the subject's tenant as its events last said (an older draft gets it once its subject is seen again)
    const tenant = target.tenant ?? existing.tenant;
    const current: DraftState = { ...existing, organizations: target.organizations, ...(tenant ? { tenant } : {}) };
    const outcome = applyGenerated(current, content, now);
    if (outcome.kind === 'unchanged') {
      if (current.tenant !== existing.tenant) await this.drafts.save(m, current);
      return current;
    }
    if (outcome.kind === 'regenerated') {
      await this.drafts.save(m, outcome.next, { origin: 'generated', sourceEventId });
      await this.announce(m, outcome.next);
    } else {
      await this.drafts.save(m, outcome.next);
    }
    return outcome.next;
  }

  private announce(m: EntityManager, d: DraftState) {
    return this.outbox.add(m, DraftGenerated, {
      subject: d.id,
      tenant: d.tenant,
      data: { draftId: d.id, kind: d.kind, subjectId: d.subjectId, version: d.version, title: d.title },
    });
  }
}
