/**
 * Which version of each draft this user last opened, kept in this browser (localStorage, per
 * user): the inbox marks a draft "new" until it is opened and "changed" when a newer version
 * came since. Only a reading aid: the service knows nothing of it.
 */
const KEY = (userId: string) => `tdkt.press.seen.${userId}`;
const MAX_KEPT = 500;

type Seen = Record<string, number>;

function read(userId: string): Seen {
  try {
    const v: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY(userId)) ?? '{}');
    return typeof v === 'object' && v !== null ? (v as Seen) : {};
  } catch {
    return {};
  }
}

export type SeenMark = 'new' | 'changed' | undefined;

export function seenMark(userId: string, draftId: string, version: number): SeenMark {
  const seen = read(userId)[draftId];
  if (seen === undefined) return 'new';
  return seen < version ? 'changed' : undefined;
}

export function markSeen(userId: string, draftId: string, version: number): void {
  const seen = read(userId);
  if (seen[draftId] === version) return;
  delete seen[draftId];
  seen[draftId] = version;
  // the oldest entries go first: the list stays small however many drafts pass through
  const entries = Object.entries(seen).slice(-MAX_KEPT);
  globalThis.localStorage?.setItem(KEY(userId), JSON.stringify(Object.fromEntries(entries)));
}
