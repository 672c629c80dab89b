import { contentChanged, type DraftContent, type DraftState, type Paragraph } from './draft';
import { InvalidEdit, NothingToMerge } from './draft.errors';
import { diffWords, type DiffOp } from './text-diff';

/**
 * What new facts do to a draft. Before anyone has touched it (not edited, still a plain draft),
 * they regenerate it: a new version. Once a person holds the text — an edit, or the draft is in
 * review, approved or published — they never overwrite it: the draft keeps its text and carries
 * the regenerated content as `pending` ("có thông tin mới") until someone merges.
 */
export type GenerationOutcome =
  | { kind: 'unchanged' }
  /** the same words from other evidence: provenance follows, no new version */
  | { kind: 'resourced'; next: DraftState }
  | { kind: 'regenerated'; next: DraftState }
  | { kind: 'flagged'; next: DraftState };

export const heldByPerson = (d: DraftState): boolean => d.edited || d.status !== 'draft';

export function applyGenerated(d: DraftState, content: DraftContent, now: Date): GenerationOutcome {
  const latest = d.pending ?? d.base;
  if (!contentChanged(latest, content)) {
    if (sameSources(latest, content)) return { kind: 'unchanged' };
    if (d.pending) return { kind: 'flagged', next: { ...d, pending: content } };
    return {
      kind: 'resourced',
      next: heldByPerson(d) ? { ...d, base: content } : { ...d, paragraphs: content.paragraphs, base: content },
    };
  }
  if (!heldByPerson(d)) {
    return {
      kind: 'regenerated',
      next: {
        ...d,
        ...content,
        base: content,
        pending: undefined,
        pendingSince: undefined,
        version: d.version + 1,
        generatedAt: now,
      },
    };
  }
  // the facts came back to what the text was written from: nothing new any more
  if (!contentChanged(d.base, content))
    return { kind: 'flagged', next: { ...d, base: content, pending: undefined, pendingSince: undefined } };
  return { kind: 'flagged', next: { ...d, pending: content, pendingSince: d.pendingSince ?? now } };
}

const sourcesKey = (c: DraftContent) => JSON.stringify(c.paragraphs.map((p) => p.sources));
const sameSources = (a: DraftContent, b: DraftContent) => sourcesKey(a) === sourcesKey(b);

/** A person's edit: the whole title and paragraph list; a paragraph keeps its provenance by role. */
export function applyEdit(
  d: DraftState,
  edit: { title: string; paragraphs: { role: string; text: string }[] },
  now: Date,
): DraftState {
  const roles = new Set<string>();
  for (const [i, p] of edit.paragraphs.entries()) {
    if (roles.has(p.role))
      throw new InvalidEdit(
        `paragraphs[${i}].role`,
        `Đoạn "${p.role}" xuất hiện hai lần`,
        `paragraph role ${p.role} appears twice`,
      );
    roles.add(p.role);
  }
  const sourcesOf = new Map(d.paragraphs.map((p) => [p.role, p.sources]));
  const paragraphs: Paragraph[] = edit.paragraphs.map((p) => ({
    role: p.role,
    text: p.text.normalize('NFC').trim(),
    sources: sourcesOf.get(p.role) ?? [],
  }));
  const title = edit.title.normalize('NFC').trim();
  return {
    ...d,
    title,
    paragraphs,
    edited: contentChanged({ title, paragraphs }, d.base),
    version: d.version + 1,
    generatedAt: now,
    status: 'draft',
  };
}

export interface ParagraphChange {
  role: string;
  change: 'added' | 'removed' | 'changed';
  /** the generated text the current draft descends from */
  before?: string;
  /** the regenerated text */
  after?: string;
  /** the editor changed this paragraph too: merging replaces their wording */
  editedByPerson: boolean;
  words: DiffOp[];
  sources: string[];
}

export interface DraftDiff {
  title?: { before: string; after: string; words: DiffOp[] };
  paragraphs: ParagraphChange[];
}

/** What the new facts change in the generated text (base → pending), paragraph by paragraph. */
export function pendingDiff(d: DraftState): DraftDiff | undefined {
  if (!d.pending) return undefined;
  const before = new Map(d.base.paragraphs.map((p) => [p.role, p]));
  const after = new Map(d.pending.paragraphs.map((p) => [p.role, p]));
  const current = new Map(d.paragraphs.map((p) => [p.role, p.text]));
  const changes: ParagraphChange[] = [];
  for (const role of orderedRoles(d.base.paragraphs, d.pending.paragraphs)) {
    const b = before.get(role);
    const a = after.get(role);
    if (b && a && b.text === a.text) continue;
    changes.push({
      role,
      change: !b ? 'added' : !a ? 'removed' : 'changed',
      before: b?.text,
      after: a?.text,
      editedByPerson: b ? current.get(role) !== b.text : current.has(role),
      words: diffWords(b?.text ?? '', a?.text ?? ''),
      sources: a?.sources ?? b?.sources ?? [],
    });
  }
  const title =
    d.base.title !== d.pending.title
      ? { before: d.base.title, after: d.pending.title, words: diffWords(d.base.title, d.pending.title) }
      : undefined;
  return { ...(title ? { title } : {}), paragraphs: changes };
}

/**
 * One action takes the new facts in, paragraph by paragraph (a three-way merge on roles): a
 * paragraph the facts changed takes the regenerated text; one they did not change keeps the
 * editor's wording; a paragraph the editor added stays where it was. `roles` limits the merge to
 * some changed paragraphs (the others stay pending).
 */
export function mergePending(d: DraftState, now: Date, roles?: string[]): DraftState {
  if (!d.pending) throw new NothingToMerge();
  const diff = pendingDiff(d)!;
  const take = new Set(diff.paragraphs.map((c) => c.role).filter((r) => !roles || roles.includes(r)));
  if (take.size === 0 && !(diff.title && !roles)) throw new NothingToMerge();
  const pendingBy = new Map(d.pending.paragraphs.map((p) => [p.role, p]));
  const result: Paragraph[] = [];
  const seen = new Set<string>();
  for (const role of orderedRoles(d.paragraphs, d.pending.paragraphs)) {
    seen.add(role);
    const mine = d.paragraphs.find((p) => p.role === role);
    const theirs = pendingBy.get(role);
    if (take.has(role)) {
      if (theirs) result.push(theirs);
    } else if (mine) {
      result.push(theirs && mine.text === theirs.text ? theirs : mine);
    }
  }
  const title = diff.title && !roles ? d.pending.title : d.title;
  const all = !roles || diff.paragraphs.every((c) => take.has(c.role));
  // the new base: what was generated for the merged paragraphs, the old base for the others
  const base: DraftContent = all
    ? d.pending
    : {
        title: diff.title && !roles ? d.pending.title : d.base.title,
        paragraphs: mergeBase(d.base.paragraphs, d.pending.paragraphs, take),
      };
  const next = { title, paragraphs: result };
  return {
    ...d,
    ...next,
    base,
    pending: all ? undefined : d.pending,
    pendingSince: all ? undefined : d.pendingSince,
    edited: contentChanged(next, base),
    version: d.version + 1,
    generatedAt: now,
    status: 'draft',
  };
}

function mergeBase(base: Paragraph[], pending: Paragraph[], take: Set<string>): Paragraph[] {
  const pendingBy = new Map(pending.map((p) => [p.role, p]));
  const baseBy = new Map(base.map((p) => [p.role, p]));
  return orderedRoles(base, pending)
    .map((r) => (take.has(r) ? pendingBy.get(r) : baseBy.get(r)))
    .filter((p): p is Paragraph => !!p);
}

/** Roles of `a` in order, with the roles only `b` has inserted after their predecessor in `b`. */
function orderedRoles(a: Paragraph[], b: Paragraph[]): string[] {
  const out = a.map((p) => p.role);
  for (const [i, p] of b.entries()) {
    if (out.includes(p.role)) continue;
    const prev = i > 0 ? out.indexOf(b[i - 1]!.role) : -1;
    out.splice(prev + 1, 0, p.role);
  }
  return out;
}
