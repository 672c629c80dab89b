import { randomUUID } from 'node:crypto';
import { unitKey, type CalendarDate } from '../../common/domain/text';
import { statusVi, type CovenantStatus } from './covenant-status';
import { CovenantRuleBroken, CovenantStateConflict, NotAParty, PartyAlreadySigned } from './covenant.errors';
import { choosePartiesAmong, type Party } from './parties';
import type { Signatory, Signature, Signing } from './signature';
import { buildTargets, type Target, type TargetInput } from './targets';
import { cleanText } from '@tdkt/vietnamese';

export type { Signatory, Signature } from './signature';
export type { Target } from './targets';
export type { Party } from './parties';
export type { CovenantStatus } from './covenant-status';

export interface CovenantState {
  id: string;
  /** the id of version 1; every amendment shares it */
  lineageId: string;
  version: number;
  amends?: { covenantId: string; reason: string };
  title: string;
  clusterId?: string;
  clusterName: string;
  year: number;
  /** the date on which every party had to be a member of the cluster */
  membersOn?: CalendarDate;
  conferenceId?: string;
  status: CovenantStatus;
  parties: Party[];
  targets: Target[];
  /** every signature ever recorded, withdrawn ones included */
  signatures: Signature[];
  createdAt: Date;
  fullySignedAt?: Date;
  cancelled?: { at: Date; reason: string };
  /** its cluster's tenant (the owning organization) */
  tenant?: string;
}

export interface NewCovenant {
  title: string;
  cluster: { id: string; name: string; tenant?: string };
  year: number;
  membersOn: CalendarDate;
  /** the cluster's members on `membersOn`: the default parties, and the only allowed ones */
  members: string[];
  parties?: { unitName: string }[];
  conferenceId?: string;
  targets: TargetInput[];
}

/** A giao ước thi đua between the member units of a cluster or bloc, for one year. */
export class Covenant {
  private constructor(private readonly state: CovenantState) {}

  static draft(input: NewCovenant, now = new Date()): Covenant {
    const id = randomUUID();
    return new Covenant({
      id,
      lineageId: id,
      version: 1,
      title: cleanText(input.title),
      clusterId: input.cluster.id,
      clusterName: cleanText(input.cluster.name),
      year: input.year,
      membersOn: input.membersOn,
      conferenceId: input.conferenceId,
      status: 'drafted',
      parties: choosePartiesAmong(input.members, input.parties, input.membersOn),
      targets: buildTargets(input.targets),
      signatures: [],
      createdAt: now,
      tenant: input.cluster.tenant,
    });
  }

  static restore(state: CovenantState): Covenant {
    return new Covenant(state);
  }

  get snapshot(): Readonly<CovenantState> {
    return this.state;
  }

  get id(): string {
    return this.state.id;
  }

  isFullySigned(): boolean {
    return this.state.status === 'fully_signed';
  }

  party(partyId: string, field = 'partyId'): Party {
    const party = this.state.parties.find((p) => p.id === partyId);
    if (!party) throw new NotAParty(partyId, field);
    return party;
  }

  /** The signatures that stand (not withdrawn). */
  standingSignatures(): Signature[] {
    return this.state.signatures.filter((s) => !s.withdrawn);
  }

  standingSignatureOf(partyId: string): Signature | undefined {
    return this.state.signatures.find((s) => s.partyId === partyId && !s.withdrawn);
  }

  /** Records a party's signature; returns whether this one completed the covenant. */
  sign(partyId: string, signing: Signing): { signature: Signature; completed: boolean } {
    const party = this.party(partyId);
    this.assertDrafted('sign');
    const previous = this.standingSignatureOf(partyId);
    if (previous) throw new PartyAlreadySigned(party.unitName, previous.signedAt);
    if (!this.state.targets.length) {
      throw new CovenantRuleBroken(
        'noTargets',
        'targets',
        'Giao ước chưa có chỉ tiêu; hãy nhập chỉ tiêu trước khi ký',
        'the covenant has no targets yet; add them before signing',
      );
    }
    const signature: Signature = {
      id: randomUUID(),
      partyId,
      signatory: cleanSignatory(signing.signatory),
      signedAt: signing.signedAt,
      place: signing.place ? cleanText(signing.place) || undefined : undefined,
      mode: signing.mode ?? 'at-conference',
      onBehalfOf: signing.onBehalfOf ? cleanSignatory(signing.onBehalfOf) : undefined,
      recordedBy: signing.recordedBy,
    };
    this.state.signatures.push(signature);
    const standing = this.standingSignatures();
    const completed = standing.length === this.state.parties.length;
    if (completed) {
      this.state.status = 'fully_signed';
      this.state.fullySignedAt = new Date(Math.max(...standing.map((s) => s.signedAt.getTime())));
    }
    return { signature, completed };
  }

  /** Withdraws a party's signature, with a reason; only while the covenant is not yet fully signed. */
  withdraw(partyId: string, reason: string, at: Date, by?: { id: string; name: string }): Signature {
    const party = this.party(partyId);
    if (this.state.status !== 'drafted') {
      throw new CovenantStateConflict(
        'notWithdrawable',
        `Giao ước ${statusVi(this.state.status)}: không thể rút chữ ký; hãy lập văn bản sửa đổi (amendment)`,
        `the covenant is ${this.state.status.replace('_', ' ')}: a signature can no longer be withdrawn; amend the covenant instead`,
      );
    }
    const signature = this.standingSignatureOf(partyId);
    if (!signature)
      throw new CovenantRuleBroken(
        'notSigned',
        'partyId',
        `${party.unitName} chưa ký nên không có chữ ký để rút`,
        `${party.unitName} has not signed; there is nothing to withdraw`,
      );
    signature.withdrawn = { at, reason: cleanText(reason), ...(by ? { by } : {}) };
    return signature;
  }

  /** Replaces the parties (members of the cluster on `membersOn`), before anyone has signed. */
  replaceParties(members: string[], parties: { unitName: string }[]): void {
    this.assertEditable('parties');
    const kept = new Map(this.state.parties.map((p) => [unitKey(p.unitName), p.id]));
    this.state.parties = choosePartiesAmong(members, parties, this.state.membersOn).map((p) => ({
      ...p,
      id: kept.get(unitKey(p.unitName)) ?? p.id,
    }));
  }

  replaceTargets(targets: TargetInput[]): void {
    this.assertEditable('targets');
    this.state.targets = buildTargets(targets);
  }

  cancel(reason: string, at: Date): void {
    if (this.state.status !== 'drafted') {
      throw new CovenantStateConflict(
        'notCancellable',
        `Giao ước ${statusVi(this.state.status)}: chỉ hủy được bản dự thảo chưa ký đủ`,
        `the covenant is ${this.state.status.replace('_', ' ')}: only a draft that is not fully signed can be cancelled`,
      );
    }
    this.state.status = 'cancelled';
    this.state.cancelled = { at, reason: cleanText(reason) };
  }

  /**
   * An amendment: a new version in draft, with the same parties (new party ids: each version is
   * signed on its own) and the given or the same targets. This version stays as it was.
   */
  amend(
    input: { reason: string; title?: string; targets?: TargetInput[]; conferenceId?: string },
    now = new Date(),
  ): Covenant {
    if (this.state.status !== 'fully_signed') {
      throw new CovenantStateConflict(
        'notAmendable',
        `Giao ước ${statusVi(this.state.status)}: chỉ sửa đổi được phiên bản đã ký đủ và đang có hiệu lực`,
        `the covenant is ${this.state.status.replace('_', ' ')}: only the fully signed version in force can be amended`,
      );
    }
    const s = this.state;
    return new Covenant({
      id: randomUUID(),
      lineageId: s.lineageId,
      version: s.version + 1,
      amends: { covenantId: s.id, reason: cleanText(input.reason) },
      title: input.title ? cleanText(input.title) : s.title,
      clusterId: s.clusterId,
      clusterName: s.clusterName,
      year: s.year,
      membersOn: s.membersOn,
      conferenceId: input.conferenceId ?? s.conferenceId,
      status: 'drafted',
      parties: s.parties.map((p) => ({ ...p, id: randomUUID() })),
      targets: input.targets ? buildTargets(input.targets) : s.targets.map((t) => ({ ...t, id: randomUUID() })),
      signatures: [],
      createdAt: now,
      tenant: s.tenant,
    });
  }

  /** Its amendment is now fully signed and in force. */
  supersede(): void {
    if (this.state.status === 'fully_signed') this.state.status = 'superseded';
  }

  markEvaluated(): void {
    if (this.state.status !== 'fully_signed') {
      throw new CovenantStateConflict(
        'notEvaluable',
        `Giao ước ${statusVi(this.state.status)}: chỉ đánh giá được phiên bản đã ký đủ và đang có hiệu lực`,
        `the covenant is ${this.state.status.replace('_', ' ')}: only the fully signed version in force can be evaluated`,
      );
    }
    this.state.status = 'evaluated';
  }

  unsignedParties(): Party[] {
    const signed = new Set(this.standingSignatures().map((s) => s.partyId));
    return this.state.parties.filter((p) => !signed.has(p.id));
  }

  private assertDrafted(action: 'sign'): void {
    const s = this.state.status;
    if (s === 'cancelled') {
      throw new CovenantStateConflict(
        'cancelled',
        `Giao ước đã bị hủy (${this.state.cancelled?.reason ?? ''}); không thể ký`,
        `the covenant was cancelled (${this.state.cancelled?.reason ?? ''}); it cannot be signed`,
      );
    }
    if (s !== 'drafted') {
      throw new CovenantStateConflict(
        'closed',
        `Giao ước ${statusVi(s)}; không thể ${action === 'sign' ? 'ký thêm' : 'sửa'}`,
        `the covenant is ${s.replace('_', ' ')}; it cannot be signed`,
      );
    }
  }

  private assertEditable(what: 'parties' | 'targets'): void {
    const vi = what === 'parties' ? 'các bên tham gia' : 'chỉ tiêu';
    if (this.state.status !== 'drafted') {
      throw new CovenantStateConflict(
        'notEditable',
        `Giao ước ${statusVi(this.state.status)}: không thể sửa ${vi}; hãy lập văn bản sửa đổi`,
        `the covenant is ${this.state.status.replace('_', ' ')}: its ${what} cannot change; amend it instead`,
        what,
      );
    }
    if (this.state.signatures.length) {
      throw new CovenantStateConflict(
        'signingStarted',
        `Đã có đơn vị ký: không thể sửa ${vi}; hãy hủy dự thảo và lập giao ước mới`,
        `signing has started: the ${what} cannot change; cancel this draft and draft a new covenant`,
        what,
      );
    }
  }
}

const cleanSignatory = (s: Signatory): Signatory => ({
  name: cleanText(s.name),
  titles: s.titles.map(cleanText).filter(Boolean),
});
