/**
 * What the press office's screens read from the press service's answers (its OpenAPI document
 * describes requests only, as src/api/views.ts explains); fields as services/press returns them
 * (src/drafts/dto/draft.view.ts, drafts.controller.ts, subscriptions.controller.ts).
 */
import type { DraftSummary } from '../api/views';

export type DraftStatus = 'draft' | 'in_review' | 'approved' | 'published' | 'rejected';

/** One paragraph and the ids of the events it was written from (its provenance). */
export interface ParagraphView {
  role: string;
  text: string;
  sources: string[];
}

export interface DiffOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** What the new facts change in the generated text, paragraph by paragraph. */
export interface ParagraphChange {
  role: string;
  change: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
  /** the editor changed this paragraph too: merging replaces their wording */
  editedByPerson: boolean;
  words: DiffOp[];
  sources: string[];
}

export interface DraftView extends Omit<DraftSummary, 'newFacts'> {
  status: DraftStatus;
  edited: boolean;
  publishedVersion: number | null;
  organizations: string[];
  tenant: string | null;
  newFacts: {
    label: string;
    since: string | null;
    diff?: { title?: { before: string; after: string; words: DiffOp[] }; paragraphs: ParagraphChange[] };
  } | null;
  paragraphs: ParagraphView[];
  text: string;
}

/** One workflow step (`GET /drafts/{id}/transitions`). */
export interface TransitionView {
  /** the workflow steps, and the edits and merges recorded beside them */
  action: 'edit' | 'merge' | 'submit' | 'approve' | 'reject' | 'publish';
  from: DraftStatus;
  to: DraftStatus;
  version: number;
  actor: string;
  role: string;
  comment: string | null;
  at: string;
}

/** A press office's subscription, without its secret (`GET /subscriptions`). */
export interface SubscriptionView {
  id: string;
  pressOffice: string;
  organizations: string[];
  kinds: string[];
  webhookUrl?: string;
  createdAt: string;
  tenant?: string;
}

/** One webhook delivery and its attempts (`GET /subscriptions/{id}/deliveries`). */
export interface DeliveryView {
  id: string;
  publicationId: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  log: Array<{
    attempt: number;
    at: string;
    statusCode: number | null;
    error: string | null;
    durationMs: number | null;
  }>;
}

/** One source of a paragraph as a fact (`GET /drafts/{id}/provenance`); `fact: null`: replaced by a newer event. */
export type SourceFactView =
  { eventId: string; fact: string; time?: string; about?: string } | { eventId: string; fact: null };

export interface ProvenanceView {
  draftId: string;
  version: number;
  paragraphs: Array<{ role: string; sources: SourceFactView[] }>;
}
