import { Injectable } from '@nestjs/common';
import { type Actor, canSee } from '@tdkt/auth';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Conflict } from '../common/domain/invitations.errors';
import { looksCentral, type Guest } from './domain/guest';
import type { CreateGuestDto } from './dto/guest.dto';
import { GuestRepository } from './infra/guest.repository';
import { cleanText } from '@tdkt/vietnamese';

/** A guest once per e-mail address: the same address again is a 409 naming the existing guest. */
@Injectable()
export class RegisterGuestCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly guests: GuestRepository,
  ) {}

  execute(d: CreateGuestDto, tenant: string, actor: Actor): Promise<Guest> {
    const guest: Guest = {
      id: randomUUID(),
      tenant,
      kind: d.kind ?? 'person',
      name: cleanText(d.name),
      titles: (d.titles ?? []).map(cleanText).filter(Boolean),
      organization: d.organization ? cleanText(d.organization) : undefined,
      email: d.email?.trim().toLowerCase(),
      phone: d.phone?.trim() || undefined,
      central: false,
    };
    guest.central = d.central ?? looksCentral(guest);
    return this.dataSource.transaction(async (manager) => {
      const existing = guest.email ? await this.guests.byEmail(manager, guest.email) : undefined;
      // the address is taken in another organization's directory: say so without naming whose
      if (existing && !canSee(actor, existing.tenant)) {
        throw new Conflict(
          'guest-exists',
          `Địa chỉ ${guest.email} đã được dùng cho một khách mời khác`,
          `${guest.email} is already used by another guest`,
          'email',
        );
      }
      if (existing) {
        throw new Conflict(
          'guest-exists',
          `Địa chỉ ${guest.email} đã thuộc khách mời ${existing.name} (mã ${existing.id})`,
          `${guest.email} already belongs to ${existing.name} (${existing.id})`,
          'email',
        );
      }
      await this.guests.insert(manager, guest);
      return guest;
    });
  }
}
