import { TOPICS } from '../topics';
import { defineEvent } from './event-definition';
import { arrayOf, dateTime, int, object, str, titles, uuid } from './json-schema';

/** A signatory as the press writes them: "Nguyễn Văn A, Phó Chủ tịch UBND tỉnh Hà Giang". */
export interface Signatory {
  name: string;
  titles: string[];
}

export interface CovenantParty {
  partyId: string;
  unitName: string;
  order: number;
}

export interface CovenantTarget {
  name: string;
  unit: string;
  targetValue: number;
}

export interface CovenantCreatedData {
  covenantId: string;
  title: string;
  clusterName: string;
  year: number;
  conferenceId?: string;
  parties: CovenantParty[];
  targets: CovenantTarget[];
  createdAt: string;
}

export interface SignatureRecordedData {
  covenantId: string;
  partyId: string;
  unitName: string;
  signatory: Signatory;
  signedAt: string;
  place?: string;
  signedCount: number;
  partyCount: number;
}

export interface SignedParty extends CovenantParty {
  signatory: Signatory;
  signedAt: string;
  place?: string;
}

/** Self-contained so a consumer can act on it without having seen the earlier events. */
export interface CovenantSignedData {
  covenantId: string;
  title: string;
  clusterName: string;
  year: number;
  conferenceId?: string;
  fullySignedAt: string;
  parties: SignedParty[];
  /** optional: the targets the parties committed to (chỉ tiêu) */
  targets?: CovenantTarget[];
}

const signatory = object({ name: str(), titles }, ['name', 'titles']);
const partyProps = { partyId: uuid, unitName: str(), order: int({ minimum: 1 }) };
const party = object(partyProps, ['partyId', 'unitName', 'order']);
const target = object({ name: str(), unit: str(), targetValue: { type: 'number' } }, ['name', 'unit', 'targetValue']);
const signedParty = object({ ...partyProps, signatory, signedAt: dateTime, place: str() }, [
  'partyId',
  'unitName',
  'order',
  'signatory',
  'signedAt',
]);

export const CovenantCreated = defineEvent<CovenantCreatedData>({
  type: 'covenants.covenant-created.v1',
  topic: TOPICS.covenant,
  summary: 'A covenant was drafted with its parties and targets.',
  schema: object(
    {
      covenantId: uuid,
      title: str(),
      clusterName: str(),
      year: int({ minimum: 2000, maximum: 2100 }),
      conferenceId: uuid,
      parties: arrayOf(party, { minItems: 2 }),
      targets: arrayOf(target),
      createdAt: dateTime,
    },
    ['covenantId', 'title', 'clusterName', 'year', 'parties', 'targets', 'createdAt'],
  ),
});

export const SignatureRecorded = defineEvent<SignatureRecordedData>({
  type: 'covenants.signature-recorded.v1',
  topic: TOPICS.covenant,
  summary: "A party's leader signed the covenant.",
  schema: object(
    {
      covenantId: uuid,
      partyId: uuid,
      unitName: str(),
      signatory,
      signedAt: dateTime,
      place: str(),
      signedCount: int({ minimum: 1 }),
      partyCount: int({ minimum: 2 }),
    },
    ['covenantId', 'partyId', 'unitName', 'signatory', 'signedAt', 'signedCount', 'partyCount'],
  ),
});

export const CovenantSigned = defineEvent<CovenantSignedData>({
  type: 'covenants.covenant-signed.v1',
  topic: TOPICS.covenant,
  summary: 'Every party has signed: the covenant is fully signed.',
  schema: object(
    {
      covenantId: uuid,
      title: str(),
      clusterName: str(),
      year: int({ minimum: 2000, maximum: 2100 }),
      conferenceId: uuid,
      fullySignedAt: dateTime,
      parties: arrayOf(signedParty, { minItems: 2 }),
      targets: arrayOf(target),
    },
    ['covenantId', 'title', 'clusterName', 'year', 'fullySignedAt', 'parties'],
  ),
});

export interface RankedMember {
  rank: number;
  partyId: string;
  unitName: string;
  /** 0–100 from the targets' weights and attainment */
  score: number;
}

/** Year-end evaluation: the ranking and the leading unit (đơn vị dẫn đầu) proposed for a flag. */
export interface CovenantEvaluatedData {
  covenantId: string;
  clusterName: string;
  year: number;
  evaluatedAt: string;
  ranking: RankedMember[];
  leadingUnit: { partyId: string; unitName: string };
}

const ranked = object(
  { rank: int({ minimum: 1 }), partyId: uuid, unitName: str(), score: { type: 'number', minimum: 0, maximum: 100 } },
  ['rank', 'partyId', 'unitName', 'score'],
);

export const CovenantEvaluated = defineEvent<CovenantEvaluatedData>({
  type: 'covenants.covenant-evaluated.v1',
  topic: TOPICS.covenant,
  summary: "Year-end results were scored: the members' ranking and the leading unit.",
  schema: object(
    {
      covenantId: uuid,
      clusterName: str(),
      year: int({ minimum: 2000, maximum: 2100 }),
      evaluatedAt: dateTime,
      ranking: arrayOf(ranked, { minItems: 1 }),
      leadingUnit: object({ partyId: uuid, unitName: str() }, ['partyId', 'unitName']),
    },
    ['covenantId', 'clusterName', 'year', 'evaluatedAt', 'ranking', 'leadingUnit'],
  ),
});
