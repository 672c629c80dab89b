/** One step of a diff: kept, removed from the old text, or added in the new one. */
export interface DiffOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

// Beyond this many LCS cells a paragraph is shown as replaced whole: a diff must stay cheap.
const MAX_CELLS = 4_000_000;

/** Longest-common-subsequence diff of two token lists (words or lines); adjacent ops merged. */
export function diffTokens(a: string[], b: string[], joiner = ' '): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) return merge([...(n ? [{ op: 'delete' as const, text: a.join(joiner) }] : []), ...(m ? [{ op: 'insert' as const, text: b.join(joiner) }] : [])], joiner);
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[at(i, j)] = a[i] === b[j] ? lcs[at(i + 1, j + 1)]! + 1 : Math.max(lcs[at(i + 1, j)]!, lcs[at(i, j + 1)]!);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ op: 'equal', text: a[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[at(i + 1, j)]! >= lcs[at(i, j + 1)]!)) {
      // deletions before insertions: "9 → 10" reads as − 9 + 10
      ops.push({ op: 'delete', text: a[i++]! });
    } else {
      ops.push({ op: 'insert', text: b[j++]! });
    }
  }
  return merge(ops, joiner);
}

function merge(ops: DiffOp[], joiner: string): DiffOp[] {
  const out: DiffOp[] = [];
  for (const o of ops) {
    const last = out[out.length - 1];
    if (last && last.op === o.op) last.text += joiner + o.text;
    else out.push({ ...o });
  }
  return out;
}

/** Word-level diff of two paragraphs. */
export const diffWords = (before: string, after: string): DiffOp[] =>
  diffTokens(before.split(/\s+/).filter(Boolean), after.split(/\s+/).filter(Boolean));
