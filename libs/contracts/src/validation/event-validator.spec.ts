import { CovenantSigned } from '../events/covenants.events';
import { validateEventData } from './event-validator';

const party = (order: number) => ({
  partyId: `00000000-0000-4000-8000-00000000000${order}`,
  unitName: `Tỉnh ${order}`,
  order,
  signatory: { name: `Người ký ${order}`, titles: ['Chủ tịch UBND tỉnh'] },
  signedAt: '2024-03-05T02:00:00.000Z',
});
const valid = {
  covenantId: '7b0c1c8e-2f0a-4a43-9d8e-0d6f3f2b9a11',
  title: 'Giao ước thi đua năm 2024',
  clusterName: 'Cụm thi đua các tỉnh biên giới phía Bắc',
  year: 2024,
  fullySignedAt: '2024-03-05T02:00:00.000Z',
  parties: [party(1), party(2)],
};

describe('event validation', () => {
  it('accepts data that matches the schema, extra fields included (tolerant reader)', () => {
    expect(validateEventData(CovenantSigned.type, { ...valid, later: 'field' })).toEqual({ ok: true });
  });

  it('names the field that is wrong', () => {
    const result = validateEventData(CovenantSigned.type, { ...valid, year: 'năm nay' });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('/year') });
  });

  it('refuses a covenant with a single party', () => {
    expect(validateEventData(CovenantSigned.type, { ...valid, parties: [party(1)] }).ok).toBe(false);
  });

  it('refuses an unknown event type', () => {
    expect(validateEventData('covenants.nothing.v1', {})).toEqual({
      ok: false,
      error: expect.stringContaining('unknown'),
    });
  });
});
