import { diffArrays } from 'diff';

/** One step of a diff: kept, removed from the old text, or added in the new one. */
export interface DiffOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

// A diff must stay cheap: beyond this many edits jsdiff gives up and the text is shown as replaced whole.
const MAX_EDIT_LENGTH = 500;

/** Diff of two token lists (words or lines) with jsdiff (Myers); each op's tokens joined back. */
export function diffTokens(a: string[], b: string[], joiner = ' '): DiffOp[] {
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH }) ?? [
    { removed: true, added: false, value: a },
    { removed: false, added: true, value: b },
  ];
  // jsdiff lists removals before additions: "9 → 10" reads as − 9 + 10
  return changes
    .filter((c) => c.value.length > 0)
    .map((c) => ({ op: c.removed ? 'delete' : c.added ? 'insert' : 'equal', text: c.value.join(joiner) }));
}

/** Word-level diff of two paragraphs. */
export const diffWords = (before: string, after: string): DiffOp[] =>
  diffTokens(before.split(/\s+/).filter(Boolean), after.split(/\s+/).filter(Boolean));
