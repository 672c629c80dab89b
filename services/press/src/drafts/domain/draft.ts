import type { DraftKind } from '@tdkt/contracts';

/**
 * One paragraph and the events it was written from (provenance: an editor can check each fact).
 * `role` names the paragraph and is unique within a draft ("lead", "attendees", "awards",
 * "covenant:<id>", "caption:award:<code>"…): edits, diffs and merges go paragraph by paragraph.
 */
export interface Paragraph {
  role: string;
  text: string;
  sources: string[];
}

export interface DraftContent {
  title: string;
  paragraphs: Paragraph[];
}

export const DRAFT_STATUSES = ['draft', 'in_review', 'approved', 'published', 'rejected'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export interface DraftState extends DraftContent {
  id: string;
  kind: DraftKind;
  subjectId: string;
  version: number;
  /** when the current version was made (generated, edited or merged) */
  generatedAt: Date;
  status: DraftStatus;
  /** a person changed the text since it was last generated or merged */
  edited: boolean;
  /** the generated content the current text descends from: the merge base */
  base: DraftContent;
  /** newer generated content not applied because a person holds the text: "có thông tin mới" */
  pending?: DraftContent;
  pendingSince?: Date;
  /** whom the draft is about (organizer, cluster): what subscriptions match */
  organizations: string[];
  publishedVersion?: number;
  /** the tenant owning its subject (from the subject's events): who may see and work on it */
  tenant?: string;
}

/** True when regenerating would change what a reader sees. */
export function contentChanged(a: DraftContent, b: DraftContent): boolean {
  return textKey(a) !== textKey(b);
}

const textKey = (c: DraftContent) => JSON.stringify([c.title, c.paragraphs.map((p) => [p.role, p.text])]);

/** The whole text, ready to paste: title, then the paragraphs. */
export const plainText = (c: DraftContent): string => [c.title, ...c.paragraphs.map((p) => p.text)].join('\n\n');
