import { TOPICS } from '../topics';
import { defineEvent } from './event-definition';
import { arrayOf, date, dateTime, enumOf, int, object, str, titles, uuid } from './json-schema';

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

export const CLUSTER_KINDS = ['cum', 'khoi'] as const;
export const CLUSTER_LEADER_ROLES = ['head', 'deputy'] as const;

/** A unit's dated membership of a cluster (it may leave and join again). */
export interface ClusterMembershipFact {
  unitName: string;
  joinedOn: string;
  leftOn?: string;
}

/** Cụm trưởng / Cụm phó of one year; a head's handover (bàn giao) to the next year's head. */
export interface ClusterLeaderFact {
  year: number;
  role: (typeof CLUSTER_LEADER_ROLES)[number];
  unitName: string;
  electedOn?: string;
  /** the conference that elected it, when it was elected at one */
  conferenceId?: string;
  handover?: { on: string; toUnitName: string; conferenceId?: string };
}

/**
 * The whole cluster as it stands after a change (created, a member joined or left, a
 * reorganisation, an election, a handover): a consumer keeps the newest and needs no history.
 */
export interface ClusterChangedData {
  clusterId: string;
  name: string;
  kind: (typeof CLUSTER_KINDS)[number];
  organizingBody: string;
  memberships: ClusterMembershipFact[];
  leaders: ClusterLeaderFact[];
  changedAt: string;
}

const membership = object({ unitName: str({ maxLength: 300 }), joinedOn: date, leftOn: date }, [
  'unitName',
  'joinedOn',
]);
const handover = object({ on: date, toUnitName: str({ maxLength: 300 }), conferenceId: uuid }, ['on', 'toUnitName']);
const leader = object(
  {
    year: int({ minimum: 2000, maximum: 2100 }),
    role: enumOf(CLUSTER_LEADER_ROLES),
    unitName: str({ maxLength: 300 }),
    electedOn: date,
    conferenceId: uuid,
    handover,
  },
  ['year', 'role', 'unitName'],
);

export const ClusterChanged = defineEvent<ClusterChangedData>({
  type: 'covenants.cluster-changed.v1',
  topic: TOPICS.covenant,
  summary: 'A cluster was created or changed: its members with their dates, and its head and deputy per year.',
  schema: object(
    {
      clusterId: uuid,
      name: str({ maxLength: 300 }),
      kind: enumOf(CLUSTER_KINDS),
      organizingBody: str({ maxLength: 300 }),
      memberships: arrayOf(membership),
      leaders: arrayOf(leader),
      changedAt: dateTime,
    },
    ['clusterId', 'name', 'kind', 'organizingBody', 'memberships', 'leaders', 'changedAt'],
  ),
});
