import type { CovenantCreatedData, CovenantSignedData, SignatureRecordedData } from '@tdkt/contracts';
import type { Covenant, Signature } from './domain/covenant';

/** What the covenant tells the rest of the platform, in the words of libs/contracts. */
export function covenantCreatedData(c: Covenant): CovenantCreatedData {
  const s = c.snapshot;
  return {
    covenantId: s.id, title: s.title, clusterName: s.clusterName, year: s.year,
    ...(s.conferenceId ? { conferenceId: s.conferenceId } : {}),
    parties: s.parties.map((p) => ({ partyId: p.id, unitName: p.unitName, order: p.order })),
    targets: s.targets,
    createdAt: s.createdAt.toISOString(),
  };
}

export function signatureRecordedData(c: Covenant, sig: Signature): SignatureRecordedData {
  const s = c.snapshot;
  return {
    covenantId: s.id,
    partyId: sig.partyId,
    unitName: c.party(sig.partyId).unitName,
    signatory: sig.signatory,
    signedAt: sig.signedAt.toISOString(),
    ...(sig.place ? { place: sig.place } : {}),
    signedCount: s.signatures.length,
    partyCount: s.parties.length,
  };
}

export function covenantSignedData(c: Covenant): CovenantSignedData {
  const s = c.snapshot;
  return {
    covenantId: s.id, title: s.title, clusterName: s.clusterName, year: s.year,
    ...(s.conferenceId ? { conferenceId: s.conferenceId } : {}),
    fullySignedAt: s.fullySignedAt!.toISOString(),
    targets: s.targets,
    parties: s.parties.map((p) => {
      const sig = s.signatures.find((x) => x.partyId === p.id)!;
      return {
        partyId: p.id, unitName: p.unitName, order: p.order, signatory: sig.signatory,
        signedAt: sig.signedAt.toISOString(), ...(sig.place ? { place: sig.place } : {}),
      };
    }),
  };
}
