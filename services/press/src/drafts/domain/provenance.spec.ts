import type { CeremonyFactRecordedData, SignatureRecordedData } from '@tdkt/contracts';
import type { ConferenceFile } from '../../read-model/domain/conference-file';
import { conferenceSources, covenantSources, paragraphProvenance } from './provenance';

const conferenceId = '5d2c8f1e-0b7a-4c1d-9e3f-2a6b7c8d9e0f';
const ceremony = (eventId: string, position: number, fact: CeremonyFactRecordedData['fact']) => ({
  eventId,
  time: '2024-02-29T03:00:00.000Z',
  data: { conferenceId, key: `${fact.kind}:${position}`, position, fact, recordedAt: '2024-02-29T03:00:00.000Z' },
});

describe('provenance: the facts behind each paragraph', () => {
  const file: ConferenceFile = {
    conference: {
      conferenceId,
      concluded: { eventId: 'ev-concluded', time: '2024-02-29T04:30:00.000Z', data: { conferenceId } as never },
    },
    attendees: [
      {
        conferenceId,
        guestId: 'g1',
        // the answer's event also named the guest: one event, read as the answer
        guest: {
          eventId: 'ev-rsvp',
          time: '2024-02-20T01:00:00.000Z',
          data: { guestId: 'g1', name: 'Nguyễn Thái Hưng', titles: ['Chủ tịch HĐND tỉnh'], precedence: 1 },
        },
        rsvp: { eventId: 'ev-rsvp', time: '2024-02-20T01:00:00.000Z', data: { response: 'accepted' } },
      },
    ],
    awards: [
      {
        awardId: 'a1',
        awardType: { code: 'CO_CP', name: 'Cờ thi đua của Chính phủ', family: 'emulation-title', rank: 10 } as never,
        recipientKind: 'collective',
        conferredEventId: 'ev-conferred',
      },
    ],
    decisions: [],
    covenants: [],
    clusters: [],
    ceremony: [
      ceremony('ev-prize', 1, {
        kind: 'prize',
        recipients: 'Công trình phúc lợi của huyện Mộc Châu',
        award: 'Giải Nhất',
        amountVnd: 500_000_000,
      }),
    ],
  };

  it('names each source event with the fact it gave, and says when the read model no longer holds one', () => {
    const facts = conferenceSources(file);
    const provenance = paragraphProvenance(
      {
        title: 'Sơn La tổng kết công tác thi đua, khen thưởng năm 2023',
        paragraphs: [
          { role: 'attendees', text: '…', sources: ['ev-rsvp'] },
          { role: 'awards', text: '…', sources: ['ev-conferred'] },
          { role: 'prizes', text: '…', sources: ['ev-prize', 'ev-replaced'] },
          { role: 'mine', text: 'Đoạn của biên tập viên', sources: [] },
        ],
      },
      facts,
    );
    expect(provenance).toEqual([
      {
        role: 'attendees',
        sources: [{ eventId: 'ev-rsvp', fact: 'rsvp', time: '2024-02-20T01:00:00.000Z', about: 'Nguyễn Thái Hưng' }],
      },
      {
        role: 'awards',
        sources: [{ eventId: 'ev-conferred', fact: 'award-conferred', about: 'Cờ thi đua của Chính phủ' }],
      },
      {
        role: 'prizes',
        sources: [
          {
            eventId: 'ev-prize',
            fact: 'ceremony-prize',
            time: '2024-02-29T03:00:00.000Z',
            about: 'Công trình phúc lợi của huyện Mộc Châu: Giải Nhất',
          },
          { eventId: 'ev-replaced', fact: null },
        ],
      },
      { role: 'mine', sources: [] },
    ]);
  });

  it('reads a covenant’s signatures as the units and signatories who signed', () => {
    const signature = {
      eventId: 'ev-sig',
      time: '2024-03-05T02:20:00.000Z',
      data: {
        unitName: 'Tỉnh Cao Bằng',
        signatory: { name: 'Lê Hải Hòa', titles: [] },
      } as unknown as SignatureRecordedData,
    };
    expect(covenantSources({ covenantId: 'c1', signatures: { p1: signature } })).toEqual([
      {
        eventId: 'ev-sig',
        fact: 'signature-recorded',
        time: '2024-03-05T02:20:00.000Z',
        about: 'Tỉnh Cao Bằng: Lê Hải Hòa',
      },
    ]);
  });
});
