import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RecipientRef } from '@tdkt/contracts';
import { Conflict, NotFound } from '../common/domain/invitations.errors';
import { cleanText } from '@tdkt/vietnamese';
import { looksCentral, type Guest } from './domain/guest';
import type { PrecedenceTable } from './domain/precedence';
import type { UpdateGuestDto } from './dto/guest.dto';
import { GuestRepository } from './infra/guest.repository';
import { PrecedenceRepository } from './infra/precedence.repository';

/**
 * What the other features see of the guests: guests by id, the guest an award's recipient is,
 * a corrected guest, and each organizer's protocol order and default guests. In the caller's
 * transaction.
 */
@Injectable()
export class GuestDirectory {
  constructor(
    private readonly guests: GuestRepository,
    private readonly precedence: PrecedenceRepository,
  ) {}

  byIds(manager: EntityManager, ids: string[]): Promise<Guest[]> {
    return this.guests.byIds(manager, ids);
  }

  /** The registry's recipient as a guest: the same recipient id is the same guest, year after year. */
  async ofRecipient(manager: EntityManager, r: RecipientRef): Promise<Guest> {
    const existing = await this.guests.byRecipient(manager, r.recipientId);
    if (existing) return existing;
    const guest: Guest = {
      id: randomUUID(),
      kind: r.kind === 'individual' ? 'person' : 'collective',
      name: cleanText(r.name),
      titles: (r.titles ?? []).map(cleanText).filter(Boolean),
      organization: r.unit ? cleanText(r.unit) : undefined,
      central: false,
      recipientId: r.recipientId,
    };
    guest.central = looksCentral(guest);
    await this.guests.insert(manager, guest);
    return guest;
  }

  /** Corrects a guest (locked); an address another guest has is a 409. */
  async correct(manager: EntityManager, id: string, d: UpdateGuestDto): Promise<Guest> {
    const g = await this.guests.byId(manager, id, true);
    if (!g) throw new NotFound('guest', id);
    const email = d.email === undefined ? g.email : d.email.trim().toLowerCase();
    if (email && email !== g.email) {
      const other = await this.guests.byEmail(manager, email);
      if (other && other.id !== id) {
        throw new Conflict(
          'guest-exists',
          `Địa chỉ ${email} đã thuộc khách mời ${other.name}`,
          `${email} already belongs to ${other.name}`,
          'email',
        );
      }
    }
    const guest: Guest = {
      ...g,
      name: d.name ? cleanText(d.name) : g.name,
      titles: d.titles ? d.titles.map(cleanText).filter(Boolean) : g.titles,
      organization: d.organization === undefined ? g.organization : cleanText(d.organization) || undefined,
      email,
      phone: d.phone === undefined ? g.phone : d.phone.trim() || undefined,
      central: d.central ?? g.central,
    };
    await this.guests.update(manager, guest);
    return guest;
  }

  /** The protocol order of an organizer's conferences (the default table when it has none). */
  async precedenceTable(manager: EntityManager, organizationId: string | undefined): Promise<PrecedenceTable> {
    return (await this.precedence.tableFor(manager, organizationId)).table;
  }

  /** The guests an organizer's conferences start with. */
  defaultGuests(manager: EntityManager, organizationId: string): Promise<string[]> {
    return this.precedence.defaultGuests(manager, organizationId);
  }
}
