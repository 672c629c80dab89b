import type { DraftContent, DraftState } from './draft';
import { NothingToMerge } from './draft.errors';
import { applyEdit, applyGenerated, mergePending, pendingDiff } from './draft-revision';
import { diffWords } from './text-diff';

const content = (awards: string, attendees = 'Dự hội nghị có đồng chí: A.'): DraftContent => ({
  title: 'Sơn La tổng kết công tác thi đua, khen thưởng năm 2023',
  paragraphs: [
    { role: 'lead', text: 'Ngày 29/2, UBND tỉnh Sơn La tổ chức Hội nghị.', sources: ['s'] },
    { role: 'attendees', text: attendees, sources: ['r'] },
    { role: 'awards', text: awards, sources: ['a'] },
  ],
});
const draft = (c: DraftContent, over: Partial<DraftState> = {}): DraftState => ({
  id: 'd',
  kind: 'conference-report',
  subjectId: 'c',
  version: 1,
  generatedAt: new Date(0),
  status: 'draft',
  edited: false,
  base: c,
  organizations: [],
  ...c,
  ...over,
});
const now = new Date('2024-03-01T00:00:00Z');
const v1 = content('Nhân dịp này, 9 tập thể nhận Cờ thi đua của Chính phủ.');
const v2 = content('Nhân dịp này, 10 tập thể nhận Cờ thi đua của Chính phủ.');

describe('new facts before anyone edits', () => {
  it('regenerate the draft as a new version; the same facts again change nothing', () => {
    const out = applyGenerated(draft(v1), v2, now);
    expect(out.kind).toBe('regenerated');
    if (out.kind !== 'regenerated') return;
    expect(out.next.version).toBe(2);
    expect(out.next.paragraphs[2]!.text).toContain('10 tập thể');
    expect(applyGenerated(out.next, v2, now).kind).toBe('unchanged');
  });

  it('follow new evidence for the same words without a new version', () => {
    const more = {
      ...v1,
      paragraphs: v1.paragraphs.map((p) => (p.role === 'attendees' ? { ...p, sources: ['r', 'r2'] } : p)),
    };
    const out = applyGenerated(draft(v1), more, now);
    expect(out).toMatchObject({ kind: 'resourced', next: { version: 1 } });
  });
});

describe('after an edit', () => {
  const edited = applyEdit(
    draft(v1),
    {
      title: v1.title,
      paragraphs: [
        { role: 'lead', text: 'Ngày 29/2, UBND tỉnh Sơn La long trọng tổ chức Hội nghị.' },
        { role: 'attendees', text: 'Dự hội nghị có đồng chí: A.' },
        { role: 'awards', text: 'Nhân dịp này, 9 tập thể nhận Cờ thi đua của Chính phủ.' },
        { role: 'note', text: 'Ghi chú của biên tập viên.' },
      ],
    },
    now,
  );

  it('an edit is a new version that keeps each paragraph provenance by role', () => {
    expect(edited).toMatchObject({ version: 2, edited: true, status: 'draft' });
    expect(edited.paragraphs.map((p) => p.sources)).toEqual([['s'], ['r'], ['a'], []]);
  });

  it('new facts never overwrite: the draft is flagged with the diff of the generated text', () => {
    const out = applyGenerated(edited, v2, now) as { kind: string; next: DraftState };
    expect(out.kind).toBe('flagged');
    const flagged = out.next as DraftState;
    expect(flagged.version).toBe(2);
    expect(flagged.paragraphs[0]!.text).toContain('long trọng');
    expect(flagged.pendingSince).toEqual(now);
    const diff = pendingDiff(flagged)!;
    expect(diff.paragraphs).toEqual([
      expect.objectContaining({
        role: 'awards',
        change: 'changed',
        editedByPerson: false,
        words: [
          { op: 'equal', text: 'Nhân dịp này,' },
          { op: 'delete', text: '9' },
          { op: 'insert', text: '10' },
          { op: 'equal', text: 'tập thể nhận Cờ thi đua của Chính phủ.' },
        ],
      }),
    ]);
  });

  it('one action merges: changed paragraphs take the new facts, the editor keeps the rest', () => {
    const flagged = (applyGenerated(edited, v2, now) as { next: DraftState }).next;
    const merged = mergePending(flagged, now);
    expect(merged.version).toBe(3);
    expect(merged.pending).toBeUndefined();
    expect(merged.paragraphs.map((p) => p.text)).toEqual([
      'Ngày 29/2, UBND tỉnh Sơn La long trọng tổ chức Hội nghị.',
      'Dự hội nghị có đồng chí: A.',
      'Nhân dịp này, 10 tập thể nhận Cờ thi đua của Chính phủ.',
      'Ghi chú của biên tập viên.',
    ]);
    expect(merged.edited).toBe(true);
    expect(() => mergePending(merged, now)).toThrow(NothingToMerge);
  });

  it('merges chosen paragraphs only, leaving the others pending', () => {
    const both = content(
      'Nhân dịp này, 10 tập thể nhận Cờ thi đua của Chính phủ.',
      'Dự hội nghị có các đồng chí: A; B.',
    );
    const flagged = (applyGenerated(edited, both, now) as { next: DraftState }).next;
    const merged = mergePending(flagged, now, ['attendees']);
    expect(merged.paragraphs.find((p) => p.role === 'attendees')!.text).toBe('Dự hội nghị có các đồng chí: A; B.');
    expect(merged.paragraphs.find((p) => p.role === 'awards')!.text).toContain('9 tập thể');
    expect(pendingDiff(merged)!.paragraphs.map((c) => c.role)).toEqual(['awards']);
  });

  it('drops the flag when the facts come back to what the text was written from', () => {
    const flagged = (applyGenerated(edited, v2, now) as { next: DraftState }).next;
    const back = applyGenerated(flagged, v1, now) as { kind: string; next: DraftState };
    expect(back.kind).toBe('flagged');
    expect((back.next as DraftState).pending).toBeUndefined();
  });

  it('holds a draft in review or published like an edit: new facts are only flagged', () => {
    expect(applyGenerated(draft(v1, { status: 'in_review' }), v2, now).kind).toBe('flagged');
    expect(applyGenerated(draft(v1, { status: 'published', publishedVersion: 1 }), v2, now).kind).toBe('flagged');
  });

  it('refuses a paragraph role given twice', () => {
    expect(() =>
      applyEdit(
        draft(v1),
        {
          title: 't',
          paragraphs: [
            { role: 'lead', text: 'a' },
            { role: 'lead', text: 'b' },
          ],
        },
        now,
      ),
    ).toThrow(/twice/);
  });
});

describe('word diff', () => {
  it('finds the smallest change', () => {
    expect(diffWords('a b c d', 'a x c d e')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: 'b' },
      { op: 'insert', text: 'x' },
      { op: 'equal', text: 'c d' },
      { op: 'insert', text: 'e' },
    ]);
    expect(diffWords('', 'a b')).toEqual([{ op: 'insert', text: 'a b' }]);
  });

  it('shows a text that changed beyond the edit bound as replaced whole (a diff stays cheap)', () => {
    // every other word changed: 3 000 edits, where an unbounded diff would list 4 500 steps
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `a${i}` : `b${i}`)).join(' ');
    expect(diffWords(before, after)).toEqual([
      { op: 'delete', text: before },
      { op: 'insert', text: after },
    ]);
  });
});
