import { conferenceStatus, type ConferenceView } from '../../conferences/domain/conference';
import type { Covenant, Signature } from '../domain/covenant';

/** The JSON shape of a covenant: its version, parties with their standing signature, progress, history. */
export function covenantView(c: Covenant, conference?: ConferenceView) {
  const s = c.snapshot;
  return {
    id: s.id,
    lineageId: s.lineageId,
    version: s.version,
    amends: s.amends ? { covenantId: s.amends.covenantId, reason: s.amends.reason } : null,
    title: s.title,
    clusterId: s.clusterId ?? null,
    clusterName: s.clusterName,
    year: s.year,
    membersOn: s.membersOn ?? null,
    conferenceId: s.conferenceId ?? null,
    conference: s.conferenceId ? conferenceInfo(s.conferenceId, conference) : null,
    status: s.status,
    tenant: s.tenant ?? null,
    createdAt: s.createdAt.toISOString(),
    fullySignedAt: s.fullySignedAt?.toISOString() ?? null,
    cancelled: s.cancelled ? { at: s.cancelled.at.toISOString(), reason: s.cancelled.reason } : null,
    targets: s.targets,
    parties: s.parties.map((p) => {
      const sig = c.standingSignatureOf(p.id);
      return { id: p.id, unitName: p.unitName, order: p.order, signature: sig ? signatureView(sig) : null };
    }),
    progress: progressView(c),
    /** every signature ever recorded, withdrawn ones included, oldest first */
    signatureHistory: s.signatures.map((sig) => ({
      partyId: sig.partyId,
      unitName: c.party(sig.partyId).unitName,
      ...signatureView(sig),
    })),
  };
}

/** Who has and who has not signed yet. */
export function progressView(c: Covenant) {
  const s = c.snapshot;
  const signed = s.parties.filter((p) => c.standingSignatureOf(p.id));
  return {
    signed: signed.length,
    total: s.parties.length,
    unsigned: c.unsignedParties().map((p) => p.unitName),
    signedParties: signed.map((p) => {
      const sig = c.standingSignatureOf(p.id)!;
      return {
        partyId: p.id,
        unitName: p.unitName,
        signatory: sig.signatory.name,
        signedAt: sig.signedAt.toISOString(),
      };
    }),
    unsignedParties: c.unsignedParties().map((p) => ({ partyId: p.id, unitName: p.unitName })),
  };
}

function signatureView(sig: Signature) {
  return {
    id: sig.id,
    signatory: sig.signatory,
    signedAt: sig.signedAt.toISOString(),
    place: sig.place ?? null,
    mode: sig.mode,
    onBehalfOf: sig.onBehalfOf ?? null,
    withdrawn: sig.withdrawn
      ? { at: sig.withdrawn.at.toISOString(), reason: sig.withdrawn.reason, by: sig.withdrawn.by ?? null }
      : null,
    recordedBy: sig.recordedBy ?? null,
  };
}

function conferenceInfo(id: string, c: ConferenceView | undefined) {
  return {
    id,
    status: conferenceStatus(c),
    title: c?.title ?? null,
    organizer: c?.organizer ?? null,
    startsAt: c?.startsAt?.toISOString() ?? null,
    endsAt: c?.endsAt?.toISOString() ?? null,
    venue: c?.venue ?? null,
    cancellationReason: c?.cancelled?.reason ?? null,
  };
}
