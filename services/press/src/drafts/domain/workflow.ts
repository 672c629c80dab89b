import type { DraftStatus } from './draft';
import { CommentRequired, InvalidTransition, RoleNotAllowed } from './draft.errors';

/** Who acts: a press officer edits and submits, a press lead approves, rejects and publishes. */
export const PRESS_ROLES = ['press-officer', 'press-lead'] as const;
export type PressRole = (typeof PRESS_ROLES)[number];

export interface Actor {
  name: string;
  role: PressRole;
}

export type WorkflowAction = 'submit' | 'approve' | 'reject' | 'publish';

interface Rule {
  from: readonly DraftStatus[];
  to: DraftStatus;
  roles: readonly PressRole[];
}

/** draft → in review → approved → published, or rejected with a comment (back to work from there). */
export const WORKFLOW: Record<WorkflowAction, Rule> = {
  submit: { from: ['draft', 'rejected'], to: 'in_review', roles: ['press-officer', 'press-lead'] },
  approve: { from: ['in_review'], to: 'approved', roles: ['press-lead'] },
  reject: { from: ['in_review'], to: 'rejected', roles: ['press-lead'] },
  publish: { from: ['approved'], to: 'published', roles: ['press-lead'] },
};

/** Editing and merging: both roles; never while a lead is reviewing the text. */
export const EDITABLE_FROM: readonly DraftStatus[] = ['draft', 'rejected', 'approved', 'published'];

export function checkRole(action: string, actor: Actor, allowed: readonly PressRole[]): void {
  if (!allowed.includes(actor.role)) throw new RoleNotAllowed(action, actor.role, allowed);
}

export function transition(status: DraftStatus, action: WorkflowAction, actor: Actor, comment?: string): DraftStatus {
  const rule = WORKFLOW[action];
  checkRole(action, actor, rule.roles);
  if (!rule.from.includes(status)) throw new InvalidTransition(action, status, rule.from);
  if (action === 'reject' && !comment?.trim()) throw new CommentRequired();
  return rule.to;
}

export function checkEditable(status: DraftStatus, actor: Actor, action = 'edit'): void {
  checkRole(action, actor, PRESS_ROLES);
  if (!EDITABLE_FROM.includes(status)) throw new InvalidTransition(action, status, EDITABLE_FROM);
}
