import type { CovenantCreatedData, CovenantSignedData, CovenantTarget, SignatureRecordedData } from '@tdkt/contracts';
import type { Covenant, Signature } from './domain/covenant';

/** What the covenant tells the rest of the platform, in the words of libs/contracts. */
export function covenantCreatedData(c: Covenant): CovenantCreatedData {
  const s = c.snapshot;
  return {
    covenantId: s.id,
    title: s.title,
    clusterName: s.clusterName,
    year: s.year,
    ...(s.conferenceId ? { conferenceId: s.conferenceId } : {}),
    parties: s.parties.map((p) => ({ partyId: p.id, unitName: p.unitName, order: p.order })),
    targets: contractTargets(c),
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
    signedCount: c.standingSignatures().length,
    partyCount: s.parties.length,
  };
}

export function covenantSignedData(c: Covenant): CovenantSignedData {
  const s = c.snapshot;
  return {
    covenantId: s.id,
    title: s.title,
    clusterName: s.clusterName,
    year: s.year,
    ...(s.conferenceId ? { conferenceId: s.conferenceId } : {}),
    fullySignedAt: s.fullySignedAt!.toISOString(),
    targets: contractTargets(c),
    parties: s.parties.map((p) => {
      const sig = c.standingSignatureOf(p.id)!;
      return {
        partyId: p.id,
        unitName: p.unitName,
        order: p.order,
        signatory: sig.signatory,
        signedAt: sig.signedAt.toISOString(),
        ...(sig.place ? { place: sig.place } : {}),
      };
    }),
  };
}

const contractTargets = (c: Covenant): CovenantTarget[] =>
  c.snapshot.targets.map((t) => ({ name: t.name, unit: t.unit, targetValue: t.targetValue }));
