import { publishableRows, type OutboxRow } from './publishable-rows';

const row = (seq: number, key: string): OutboxRow => ({
  seq: String(seq),
  id: `id-${seq}`,
  topic: 't',
  key,
  type: 'x',
  headers: {},
  payload: '{}',
});

describe('publishable rows (per-key order across relays)', () => {
  it('publishes every row when no other relay holds rows of the same keys', () => {
    const locked = [row(1, 'a'), row(2, 'b'), row(3, 'a')];
    const unsent = locked.map((r) => ({ key: r.key, seq: r.seq }));
    expect(publishableRows(locked, unsent).map((r) => r.seq)).toEqual(['1', '2', '3']);
  });

  it('holds back a key whose earlier row is locked by another relay', () => {
    const locked = [row(2, 'b'), row(3, 'a')];
    const unsent = [
      { key: 'a', seq: '1' },
      { key: 'b', seq: '2' },
      { key: 'a', seq: '3' },
    ];
    expect(publishableRows(locked, unsent).map((r) => r.seq)).toEqual(['2']);
  });

  it('holds back a key with a gap in the middle of our rows', () => {
    const locked = [row(1, 'a'), row(3, 'a')];
    const unsent = [
      { key: 'a', seq: '1' },
      { key: 'a', seq: '2' },
      { key: 'a', seq: '3' },
    ];
    expect(publishableRows(locked, unsent)).toEqual([]);
  });
});
