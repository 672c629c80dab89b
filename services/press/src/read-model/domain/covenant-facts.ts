import type { CovenantCreatedData, CovenantSignedData, Signatory, SignatureRecordedData } from '@tdkt/contracts';
import { isNewer, type Sourced } from './sourced';

/** One covenant as the press knows it, from created / signature-recorded / covenant-signed in any order. */
export interface CovenantFacts {
  covenantId: string;
  conferenceId?: string;
  created?: Sourced<CovenantCreatedData>;
  signatures: Record<string, Sourced<SignatureRecordedData>>;
  signed?: Sourced<CovenantSignedData>;
}

export const newCovenant = (covenantId: string): CovenantFacts => ({ covenantId, signatures: {} });

export function applyCovenantCreated(c: CovenantFacts, e: Sourced<CovenantCreatedData>): boolean {
  if (c.created && (c.created.eventId === e.eventId || !isNewer(e, c.created))) return false;
  c.created = e;
  c.conferenceId = c.signed?.data.conferenceId ?? e.data.conferenceId;
  return true;
}

export function applySignature(c: CovenantFacts, e: Sourced<SignatureRecordedData>): boolean {
  const current = c.signatures[e.data.partyId];
  if (current && (current.eventId === e.eventId || !isNewer(e, current))) return false;
  c.signatures[e.data.partyId] = e;
  return true;
}

export function applyCovenantSigned(c: CovenantFacts, e: Sourced<CovenantSignedData>): boolean {
  if (c.signed && (c.signed.eventId === e.eventId || !isNewer(e, c.signed))) return false;
  c.signed = e;
  c.conferenceId = e.data.conferenceId ?? c.created?.data.conferenceId;
  return true;
}

export interface CovenantView {
  covenantId: string;
  title: string;
  clusterName: string;
  year: number;
  partyCount: number;
  fullySigned: boolean;
  /** in party order; only those who signed */
  signed: { unitName: string; signatory: Signatory; order: number }[];
  sources: string[];
}

/** The covenant for a news paragraph; undefined while nothing is known of its title and parties. */
export function covenantView(c: CovenantFacts): CovenantView | undefined {
  const head = c.signed?.data ?? c.created?.data;
  if (!head) return undefined;
  const sources = [c.created?.eventId, ...Object.values(c.signatures).map((s) => s.eventId), c.signed?.eventId].filter(
    (x): x is string => !!x,
  );
  const orderOf = new Map((c.created?.data.parties ?? []).map((p) => [p.partyId, p.order]));
  const signed = c.signed
    ? c.signed.data.parties.map((p) => ({ unitName: p.unitName, signatory: p.signatory, order: p.order }))
    : Object.values(c.signatures).map((s) => ({
        unitName: s.data.unitName,
        signatory: s.data.signatory,
        order: orderOf.get(s.data.partyId) ?? Number.MAX_SAFE_INTEGER,
      }));
  const partyCount =
    c.signed?.data.parties.length ??
    c.created?.data.parties.length ??
    Object.values(c.signatures)[0]?.data.partyCount ??
    signed.length;
  return {
    covenantId: c.covenantId,
    title: head.title,
    clusterName: head.clusterName,
    year: head.year,
    partyCount,
    fullySigned: !!c.signed,
    signed: signed.sort((a, b) => a.order - b.order || a.unitName.localeCompare(b.unitName, 'vi')),
    sources: [...new Set(sources)].sort(),
  };
}
