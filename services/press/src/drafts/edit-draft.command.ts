import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { applyEdit, mergePending } from './domain/draft-revision';
import type { DraftState } from './domain/draft';
import { DraftNotFound, StaleVersion } from './domain/draft.errors';
import { checkEditable, type Actor } from './domain/workflow';
import { inScope } from '../coverage/domain/coverage';
import { DraftRepository, type VersionOrigin } from './infra/draft.repository';

export interface DraftEdit {
  title: string;
  paragraphs: { role: string; text: string }[];
  /** the version the editor worked on: a newer one in between is a 409, never a silent overwrite */
  baseVersion?: number;
}

/** The caller and the tenants whose drafts they may work on (`null`: all): another tenant's draft is a 404. */
export interface Editor {
  actor: Actor;
  scope: readonly string[] | null;
}

/**
 * A person's edit or merge: always a new version (the published one stays as it was), recorded
 * with who and when; from then on new facts are only flagged.
 */
@Injectable()
export class EditDraftCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly drafts: DraftRepository,
  ) {}

  edit(id: string, actor: Editor, edit: DraftEdit): Promise<DraftState> {
    return this.change(id, actor, 'edit', 'edited', (d, now) => {
      if (edit.baseVersion !== undefined && edit.baseVersion !== d.version)
        throw new StaleVersion(edit.baseVersion, d.version);
      return applyEdit(d, edit, now);
    });
  }

  editParagraph(id: string, actor: Editor, role: string, text: string, baseVersion?: number): Promise<DraftState> {
    return this.change(id, actor, 'edit', 'edited', (d, now) => {
      if (baseVersion !== undefined && baseVersion !== d.version) throw new StaleVersion(baseVersion, d.version);
      const exists = d.paragraphs.some((p) => p.role === role);
      const paragraphs = exists
        ? d.paragraphs.map((p) => (p.role === role ? { role, text } : p))
        : [...d.paragraphs, { role, text }];
      return applyEdit(d, { title: d.title, paragraphs }, now);
    });
  }

  merge(id: string, actor: Editor, roles?: string[]): Promise<DraftState> {
    return this.change(id, actor, 'merge', 'merged', (d, now) => mergePending(d, now, roles));
  }

  private change(
    id: string,
    { actor, scope }: Editor,
    action: string,
    origin: VersionOrigin,
    f: (d: DraftState, now: Date) => DraftState,
  ): Promise<DraftState> {
    return this.dataSource.transaction(async (m: EntityManager) => {
      const d = await this.drafts.lock(m, id);
      if (!d || !inScope(scope, d.tenant)) throw new DraftNotFound(id);
      const role = checkEditable(d.status, actor, action);
      const now = new Date();
      const next = f(d, now);
      await this.drafts.save(m, next, { origin, author: { id: actor.id, name: actor.name } });
      await this.drafts.transition(m, {
        draftId: id,
        action,
        from: d.status,
        to: next.status,
        version: next.version,
        actor,
        role,
        at: now,
      });
      return next;
    });
  }
}
