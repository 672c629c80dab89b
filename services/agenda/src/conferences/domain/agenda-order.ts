import { InvalidInput } from './conference.errors';
import { isTimed, kindRank, type Segment } from './segment';

/**
 * The agenda's order: timed segments chronologically; a segment still without a time sits after
 * the last segment whose kind usually comes no later than its own (a covenant signing added by
 * the platform lands after the movement launch, before the directing speech). Numbers 1..n.
 */
export function arrange(segments: readonly Segment[]): Segment[] {
  const timed = segments
    .filter(isTimed)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || kindRank(a.kind) - kindRank(b.kind));
  const result: Segment[] = [...timed];
  for (const s of segments.filter((x) => !isTimed(x))) {
    let at = 0;
    result.forEach((r, i) => {
      if (kindRank(r.kind) <= kindRank(s.kind)) at = i + 1;
    });
    result.splice(at, 0, s);
  }
  return result.map((s, i) => ({ ...s, order: i + 1 }));
}

/**
 * Reorders the agenda as the organizer listed it. Timed segments keep their length and are laid
 * end to end from the agenda's first start time, so the programme stays consistent (a break
 * between two segments closes up); segments without a time keep none.
 */
export function reorder(segments: readonly Segment[], ids: readonly string[]): Segment[] {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const unique = new Set(ids);
  if (ids.length !== segments.length || unique.size !== ids.length || ids.some((id) => !byId.has(id))) {
    throw new InvalidInput(
      `Danh sách thứ tự phải liệt kê đúng một lần mỗi mục trong chương trình (hiện có ${segments.length} mục)`,
      `The new order must list every segment of the agenda exactly once (there are ${segments.length})`,
      'segmentIds',
    );
  }
  const timed = segments.filter(isTimed);
  let cursor = timed.length ? Math.min(...timed.map((s) => s.startsAt.getTime())) : 0;
  const laid = ids.map((id) => {
    const s = byId.get(id)!;
    if (!isTimed(s)) return s;
    const length = s.endsAt.getTime() - s.startsAt.getTime();
    const moved = { ...s, startsAt: new Date(cursor), endsAt: new Date(cursor + length) };
    cursor += length;
    return moved;
  });
  return arrange(laid);
}
