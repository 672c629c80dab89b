import { pendingDiff } from '../domain/draft-revision';
import { plainText, type DraftState } from '../domain/draft';

/**
 * A draft as JSON: each paragraph with the ids of the events it was written from (provenance),
 * the workflow status, and — when new facts arrived after a person took the text — the flag
 * "có thông tin mới" with the diff of the generated text.
 */
export function draftView(d: DraftState, opts: { diff?: boolean } = {}) {
  return {
    id: d.id,
    kind: d.kind,
    subjectId: d.subjectId,
    version: d.version,
    generatedAt: d.generatedAt.toISOString(),
    status: d.status,
    edited: d.edited,
    publishedVersion: d.publishedVersion ?? null,
    organizations: d.organizations,
    tenant: d.tenant ?? null,
    newFacts: d.pending
      ? {
          label: 'có thông tin mới',
          since: d.pendingSince?.toISOString() ?? null,
          ...(opts.diff ? { diff: pendingDiff(d) } : {}),
        }
      : null,
    title: d.title,
    paragraphs: d.paragraphs,
    text: plainText(d),
  };
}
