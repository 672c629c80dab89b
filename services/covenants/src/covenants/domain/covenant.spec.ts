import { Covenant } from './covenant';
import { InvalidCovenant, NotAParty, PartyAlreadySigned } from './covenant.errors';

const draft = () =>
  Covenant.draft({
    title: 'Giao ước thi đua năm 2024',
    clusterName: 'Cụm thi đua các tỉnh biên giới phía Bắc',
    year: 2024,
    parties: [{ unitName: 'Tỉnh Hà Giang' }, { unitName: 'Tỉnh Cao Bằng' }, { unitName: 'Tỉnh Lào Cai' }],
    targets: [{ name: 'Tăng trưởng GRDP', unit: '%', targetValue: 7.5 }],
  });
const chair = (name: string) => ({ name, titles: ['Chủ tịch UBND tỉnh'] });

describe('Covenant', () => {
  it('numbers its parties in the order given', () => {
    expect(draft().snapshot.parties.map((p) => [p.order, p.unitName])).toEqual([
      [1, 'Tỉnh Hà Giang'], [2, 'Tỉnh Cao Bằng'], [3, 'Tỉnh Lào Cai'],
    ]);
  });

  it('needs at least two parties', () => {
    expect(() => Covenant.draft({ ...draft().snapshot, parties: [{ unitName: 'Tỉnh Hà Giang' }] })).toThrow(InvalidCovenant);
  });

  it('refuses the same unit twice, whatever the case', () => {
    expect(() =>
      Covenant.draft({ ...draft().snapshot, parties: [{ unitName: 'Tỉnh Hà Giang' }, { unitName: 'tỉnh hà giang' }] }),
    ).toThrow(/listed twice/);
  });

  it('is fully signed only when the last party signs, at the time of the last signature', () => {
    const c = draft();
    const [a, b, d] = c.snapshot.parties;
    expect(c.sign(a!.id, chair('A'), new Date('2024-03-05T02:00:00Z')).completed).toBe(false);
    expect(c.sign(d!.id, chair('D'), new Date('2024-03-05T03:00:00Z')).completed).toBe(false);
    expect(c.isFullySigned()).toBe(false);
    expect(c.unsignedParties().map((p) => p.unitName)).toEqual(['Tỉnh Cao Bằng']);
    expect(c.sign(b!.id, chair('B'), new Date('2024-03-05T02:30:00Z')).completed).toBe(true);
    expect(c.isFullySigned()).toBe(true);
    expect(c.snapshot.fullySignedAt).toEqual(new Date('2024-03-05T03:00:00Z'));
  });

  it('refuses a second signature by the same party', () => {
    const c = draft();
    const a = c.snapshot.parties[0]!;
    c.sign(a.id, chair('A'), new Date());
    expect(() => c.sign(a.id, chair('A2'), new Date())).toThrow(PartyAlreadySigned);
    expect(c.snapshot.signatures).toHaveLength(1);
  });

  it('refuses a signature from someone who is not a party', () => {
    expect(() => draft().sign('00000000-0000-4000-8000-000000000000', chair('X'), new Date())).toThrow(NotAParty);
  });

  it('normalises Vietnamese text to NFC and drops empty titles', () => {
    const c = draft();
    const decomposed = 'Nguyễn Văn A'.normalize('NFD');
    const { signature } = c.sign(c.snapshot.parties[0]!.id, { name: decomposed, titles: ['Chủ tịch UBND tỉnh', ' '] }, new Date());
    expect(signature.signatory.name).toBe('Nguyễn Văn A'.normalize('NFC'));
    expect(signature.signatory.titles).toEqual(['Chủ tịch UBND tỉnh']);
  });
});
