import type { DraftKind } from '@tdkt/contracts';

/** One paragraph and the events it was written from (provenance: an editor can check each fact). */
export interface Paragraph {
  role: 'lead' | 'signatories' | 'targets' | 'caption';
  text: string;
  sources: string[];
}

export interface DraftContent {
  title: string;
  paragraphs: Paragraph[];
}

export interface DraftState extends DraftContent {
  id: string;
  kind: DraftKind;
  subjectId: string;
  version: number;
  generatedAt: Date;
}

/** True when regenerating would change what a reader sees. */
export function contentChanged(a: DraftContent, b: DraftContent): boolean {
  const text = (c: DraftContent) => JSON.stringify([c.title, c.paragraphs.map((p) => [p.role, p.text])]);
  return text(a) !== text(b);
}
