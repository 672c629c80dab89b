import type { Covenant } from '../domain/covenant';

/** The JSON shape of a covenant, with who has and has not signed yet. */
export function covenantView(c: Covenant) {
  const s = c.snapshot;
  const signatureOf = (partyId: string) => s.signatures.find((x) => x.partyId === partyId);
  return {
    id: s.id,
    title: s.title,
    clusterName: s.clusterName,
    year: s.year,
    conferenceId: s.conferenceId ?? null,
    status: s.status,
    createdAt: s.createdAt.toISOString(),
    fullySignedAt: s.fullySignedAt?.toISOString() ?? null,
    targets: s.targets,
    parties: s.parties.map((p) => {
      const sig = signatureOf(p.id);
      return {
        id: p.id, unitName: p.unitName, order: p.order,
        signature: sig ? { signatory: sig.signatory, signedAt: sig.signedAt.toISOString(), place: sig.place ?? null } : null,
      };
    }),
    progress: { signed: s.signatures.length, total: s.parties.length, unsigned: c.unsignedParties().map((p) => p.unitName) },
  };
}
