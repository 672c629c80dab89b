export interface Signatory {
  name: string;
  titles: string[];
}

/** at the conference's signing segment, or remotely (the document sent round for signature) */
export type SigningMode = 'at-conference' | 'remote';
export const SIGNING_MODES: readonly SigningMode[] = ['at-conference', 'remote'];

export interface Signature {
  id: string;
  partyId: string;
  signatory: Signatory;
  signedAt: Date;
  place?: string;
  mode: SigningMode;
  /** thừa ủy quyền: the person on whose authority the signatory signs ("TUQ. Chủ tịch UBND tỉnh") */
  onBehalfOf?: Signatory;
  /** a withdrawn signature stays as history; the party may sign again */
  withdrawn?: { at: Date; reason: string; by?: RecordedBy };
  /** who recorded it in the registry (the signed-in user), not who signed */
  recordedBy?: RecordedBy;
}

export interface RecordedBy {
  id: string;
  name: string;
}

export interface Signing {
  signatory: Signatory;
  signedAt: Date;
  place?: string;
  mode?: SigningMode;
  onBehalfOf?: Signatory;
  recordedBy?: RecordedBy;
}
