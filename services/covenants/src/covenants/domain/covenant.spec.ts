import { Covenant, type NewCovenant } from './covenant';
import {
  CovenantRuleBroken,
  CovenantStateConflict,
  InvalidCovenant,
  NotAParty,
  PartyAlreadySigned,
} from './covenant.errors';

const members = ['Tỉnh Cao Bằng', 'Tỉnh Hà Giang', 'Tỉnh Lào Cai'];
const input: NewCovenant = {
  title: 'Giao ước thi đua năm 2024',
  cluster: { id: '5f1e0c4a-9a8e-4a57-9d3e-0a3f1d9c2b11', name: 'Cụm thi đua các tỉnh biên giới phía Bắc' },
  year: 2024,
  membersOn: '2024-03-05',
  members,
  targets: [
    { name: 'Tăng trưởng GRDP', unit: '%', targetValue: 7.5, weight: 60 },
    { name: 'Tỷ lệ hộ nghèo', unit: '%', targetValue: 4.4, direction: 'lower', weight: 40 },
  ],
};
const draft = (over: Partial<NewCovenant> = {}) => Covenant.draft({ ...input, ...over });
const chair = (name: string, at = new Date()) => ({
  signatory: { name, titles: ['Chủ tịch UBND tỉnh'] },
  signedAt: at,
});

describe('Covenant', () => {
  it("takes the cluster's members on the date as parties by default, in order", () => {
    expect(draft().snapshot.parties.map((p) => [p.order, p.unitName])).toEqual([
      [1, 'Tỉnh Cao Bằng'],
      [2, 'Tỉnh Hà Giang'],
      [3, 'Tỉnh Lào Cai'],
    ]);
  });

  it('accepts chosen parties among the members, written in any case', () => {
    const c = draft({ parties: [{ unitName: 'tỉnh lào cai' }, { unitName: 'Tỉnh Hà Giang' }] });
    expect(c.snapshot.parties.map((p) => p.unitName)).toEqual(['Tỉnh Lào Cai', 'Tỉnh Hà Giang']);
  });

  it('refuses a party that is not a member on the date, naming it', () => {
    expect(() => draft({ parties: [{ unitName: 'Tỉnh Hà Giang' }, { unitName: 'Tỉnh Sơn La' }] })).toThrow(
      expect.objectContaining({ field: 'parties[1].unitName', code: 'notAMember' }),
    );
  });

  it('needs at least two parties', () => {
    expect(() => draft({ members: ['Tỉnh Hà Giang'] })).toThrow(CovenantRuleBroken);
  });

  it('refuses the same unit twice, whatever the case', () => {
    expect(() => draft({ parties: [{ unitName: 'Tỉnh Hà Giang' }, { unitName: 'tỉnh hà giang' }] })).toThrow(
      /listed twice/,
    );
  });

  it('refuses weights that do not add up to 100, and weights outside 0–100', () => {
    expect(() => draft({ targets: [{ ...input.targets[0]!, weight: 50 }, input.targets[1]!] })).toThrow(
      expect.objectContaining({ field: 'targets[].weight', vi: expect.stringContaining('hiện là 90') }),
    );
    expect(() => draft({ targets: [{ ...input.targets[0]!, weight: 120 }] })).toThrow(InvalidCovenant);
  });

  it('is fully signed only when the last party signs, at the time of the last signature', () => {
    const c = draft();
    const [a, b, d] = c.snapshot.parties;
    expect(c.sign(a!.id, chair('A', new Date('2024-03-05T02:00:00Z'))).completed).toBe(false);
    expect(c.sign(d!.id, chair('D', new Date('2024-03-05T03:00:00Z'))).completed).toBe(false);
    expect(c.isFullySigned()).toBe(false);
    expect(c.unsignedParties().map((p) => p.unitName)).toEqual(['Tỉnh Hà Giang']);
    expect(c.sign(b!.id, chair('B', new Date('2024-03-05T02:30:00Z'))).completed).toBe(true);
    expect(c.isFullySigned()).toBe(true);
    expect(c.snapshot.fullySignedAt).toEqual(new Date('2024-03-05T03:00:00Z'));
  });

  it('refuses a second signature by the same party', () => {
    const c = draft();
    const a = c.snapshot.parties[0]!;
    c.sign(a.id, chair('A'));
    expect(() => c.sign(a.id, chair('A2'))).toThrow(PartyAlreadySigned);
    expect(c.snapshot.signatures).toHaveLength(1);
  });

  it('refuses a signature from someone who is not a party', () => {
    expect(() => draft().sign('00000000-0000-4000-8000-000000000000', chair('X'))).toThrow(NotAParty);
  });

  it('keeps a withdrawn signature as history and lets the party sign again', () => {
    const c = draft();
    const a = c.snapshot.parties[0]!;
    c.sign(a.id, chair('A'));
    c.withdraw(a.id, 'Ký nhầm người đại diện', new Date());
    expect(c.unsignedParties()).toHaveLength(3);
    c.sign(a.id, {
      ...chair('A2'),
      mode: 'remote',
      onBehalfOf: { name: 'Nguyễn Văn B', titles: ['Chủ tịch UBND tỉnh'] },
    });
    expect(c.snapshot.signatures.map((s) => [s.signatory.name, Boolean(s.withdrawn)])).toEqual([
      ['A', true],
      ['A2', false],
    ]);
  });

  it('refuses a withdrawal once fully signed, and any signature once cancelled', () => {
    const c = draft();
    for (const p of c.snapshot.parties) c.sign(p.id, chair(p.unitName));
    expect(() => c.withdraw(c.snapshot.parties[0]!.id, 'muộn', new Date())).toThrow(CovenantStateConflict);
    const d = draft();
    d.cancel('Thay đổi thành viên', new Date());
    expect(() => d.sign(d.snapshot.parties[0]!.id, chair('A'))).toThrow(expect.objectContaining({ code: 'cancelled' }));
  });

  it('amends a fully signed covenant into a new version, leaving the signed one as it was', () => {
    const c = draft();
    for (const p of c.snapshot.parties) c.sign(p.id, chair(p.unitName));
    const v2 = c.amend({
      reason: 'Điều chỉnh chỉ tiêu GRDP',
      targets: [{ name: 'Tăng trưởng GRDP', unit: '%', targetValue: 8, weight: 100 }],
    });
    expect(v2.snapshot).toMatchObject({
      version: 2,
      lineageId: c.snapshot.lineageId,
      status: 'drafted',
      amends: { covenantId: c.id },
    });
    expect(v2.snapshot.parties.map((p) => p.unitName)).toEqual(members);
    expect(c.snapshot.targets).toHaveLength(2);
    expect(c.snapshot.signatures).toHaveLength(3);
    expect(() => draft().amend({ reason: 'x' })).toThrow(CovenantStateConflict);
  });

  it('locks parties and targets once signing has started', () => {
    const c = draft();
    c.sign(c.snapshot.parties[0]!.id, chair('A'));
    expect(() => c.replaceTargets(input.targets)).toThrow(expect.objectContaining({ code: 'signingStarted' }));
  });

  it('normalises Vietnamese text to NFC and drops empty titles', () => {
    const c = draft();
    const decomposed = 'Nguyễn Văn A'.normalize('NFD');
    const { signature } = c.sign(c.snapshot.parties[0]!.id, {
      signatory: { name: decomposed, titles: ['Chủ tịch UBND tỉnh', ' '] },
      signedAt: new Date(),
    });
    expect(signature.signatory.name).toBe('Nguyễn Văn A'.normalize('NFC'));
    expect(signature.signatory.titles).toEqual(['Chủ tịch UBND tỉnh']);
  });
});
