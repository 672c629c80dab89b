import type { DraftState } from '../domain/draft';

/** A draft as JSON: its paragraphs with their sources, and the whole text ready to paste. */
export function draftView(d: DraftState) {
  return {
    id: d.id,
    kind: d.kind,
    subjectId: d.subjectId,
    version: d.version,
    generatedAt: d.generatedAt.toISOString(),
    title: d.title,
    paragraphs: d.paragraphs,
    text: [d.title, ...d.paragraphs.map((p) => p.text)].join('\n\n'),
  };
}
