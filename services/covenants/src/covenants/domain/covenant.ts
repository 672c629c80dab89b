import { randomUUID } from 'node:crypto';
import { InvalidCovenant, NotAParty, PartyAlreadySigned } from './covenant.errors';

export interface Signatory {
  name: string;
  titles: string[];
}

export interface Party {
  id: string;
  unitName: string;
  order: number;
}

export interface Target {
  name: string;
  unit: string;
  targetValue: number;
}

export interface Signature {
  partyId: string;
  signatory: Signatory;
  signedAt: Date;
  place?: string;
}

export type CovenantStatus = 'drafted' | 'fully_signed';

export interface CovenantState {
  id: string;
  title: string;
  clusterName: string;
  year: number;
  conferenceId?: string;
  status: CovenantStatus;
  parties: Party[];
  targets: Target[];
  signatures: Signature[];
  createdAt: Date;
  fullySignedAt?: Date;
}

export interface NewCovenant {
  title: string;
  clusterName: string;
  year: number;
  conferenceId?: string;
  parties: { unitName: string }[];
  targets: Target[];
}

/**
 * A giao ước thi đua between the member units of a cluster or bloc: drafted with parties and
 * targets, then signed by each party's leader; fully signed when every party has signed.
 */
export class Covenant {
  private constructor(private readonly state: CovenantState) {}

  static draft(input: NewCovenant, now = new Date()): Covenant {
    const names = input.parties.map((p) => p.unitName.trim().normalize('NFC'));
    if (names.length < 2) {
      throw new InvalidCovenant('parties', 'Giao ước cần ít nhất hai bên tham gia', 'A covenant needs at least two parties');
    }
    const duplicate = names.find((n, i) => names.findIndex((m) => m.toLocaleLowerCase('vi') === n.toLocaleLowerCase('vi')) !== i);
    if (duplicate) {
      throw new InvalidCovenant('parties', `Đơn vị “${duplicate}” được ghi hai lần`, `Party "${duplicate}" is listed twice`);
    }
    return new Covenant({
      id: randomUUID(),
      title: input.title.trim().normalize('NFC'),
      clusterName: input.clusterName.trim().normalize('NFC'),
      year: input.year,
      conferenceId: input.conferenceId,
      status: 'drafted',
      parties: names.map((unitName, i) => ({ id: randomUUID(), unitName, order: i + 1 })),
      targets: input.targets.map((t) => ({ ...t, name: t.name.trim().normalize('NFC'), unit: t.unit.trim().normalize('NFC') })),
      signatures: [],
      createdAt: now,
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

  party(partyId: string): Party {
    const party = this.state.parties.find((p) => p.id === partyId);
    if (!party) throw new NotAParty(partyId);
    return party;
  }

  /** Records a party's signature; returns whether this one completed the covenant. */
  sign(partyId: string, signatory: Signatory, signedAt: Date, place?: string): { signature: Signature; completed: boolean } {
    const party = this.party(partyId);
    const previous = this.state.signatures.find((s) => s.partyId === partyId);
    if (previous) throw new PartyAlreadySigned(party.unitName, previous.signedAt);
    const signature: Signature = {
      partyId,
      signatory: { name: signatory.name.trim().normalize('NFC'), titles: signatory.titles.map((t) => t.trim().normalize('NFC')).filter(Boolean) },
      signedAt,
      place: place?.trim().normalize('NFC') || undefined,
    };
    this.state.signatures.push(signature);
    const completed = this.state.signatures.length === this.state.parties.length;
    if (completed) {
      this.state.status = 'fully_signed';
      this.state.fullySignedAt = new Date(Math.max(...this.state.signatures.map((s) => s.signedAt.getTime())));
    }
    return { signature, completed };
  }

  unsignedParties(): Party[] {
    const signed = new Set(this.state.signatures.map((s) => s.partyId));
    return this.state.parties.filter((p) => !signed.has(p.id));
  }
}
