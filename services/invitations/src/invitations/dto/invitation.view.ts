import { guestView } from '../../guests/dto/guest.view';
import type { InvitationWithGuest } from '../infra/invitation.repository';

export const invitationView = ({ invitation: i, guest }: InvitationWithGuest, precedence?: number) => ({
  id: i.id,
  conferenceId: i.conferenceId,
  guest: guestView(guest),
  ...(precedence !== undefined ? { precedence } : {}),
  status: i.status,
  source: i.source,
  response: i.response,
  substitute: i.substitute ?? null,
  representative: i.representative ?? null,
  respondedAt: i.respondedAt ? new Date(i.respondedAt).toISOString() : null,
  sequence: i.sequence,
  icsUid: i.icsUid,
  lastSentAt: i.lastSentAt ? new Date(i.lastSentAt).toISOString() : null,
});
