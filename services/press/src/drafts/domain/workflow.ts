import type { DraftStatus } from './draft';
import { CommentRequired, InvalidTransition, RoleNotAllowed, SelfApproval } from './draft.errors';

/** Who acts: a press officer edits and submits, a press lead approves, rejects and publishes. */
export const PRESS_ROLES = ['press-officer', 'press-lead'] as const;
export type PressRole = (typeof PRESS_ROLES)[number];

/** The verified caller, as the workflow needs them (from the token: id = `sub`, name for bylines). */
export interface Actor {
  id: string;
  name: string;
  roles: readonly string[];
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

/** The press role the actor acts in for this step (recorded in the audit trail); refused when they hold none allowed. */
export function checkRole(action: string, actor: Actor, allowed: readonly PressRole[]): PressRole {
  const role = allowed.find((r) => actor.roles.includes(r));
  if (!role) throw new RoleNotAllowed(action, actor.roles.filter((r) => r !== 'admin').join(', ') || 'none', allowed);
  return role;
}

/**
 * The next status, and the role the step was taken in. Four eyes: whoever submitted the draft for
 * this review (`submitterId`, the token's `sub`) cannot approve it, whatever roles they hold.
 */
export function transition(
  status: DraftStatus,
  action: WorkflowAction,
  actor: Actor,
  comment?: string,
  submitterId?: string | null,
): { to: DraftStatus; role: PressRole } {
  const rule = WORKFLOW[action];
  const role = checkRole(action, actor, rule.roles);
  if (!rule.from.includes(status)) throw new InvalidTransition(action, status, rule.from);
  if (action === 'reject' && !comment?.trim()) throw new CommentRequired();
  if (action === 'approve' && submitterId && submitterId === actor.id) throw new SelfApproval();
  return { to: rule.to, role };
}

export function checkEditable(status: DraftStatus, actor: Actor, action = 'edit'): PressRole {
  const role = checkRole(action, actor, PRESS_ROLES);
  if (!EDITABLE_FROM.includes(status)) throw new InvalidTransition(action, status, EDITABLE_FROM);
  return role;
}
