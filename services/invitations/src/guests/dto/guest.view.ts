import type { Guest } from '../domain/guest';

export const guestView = (g: Guest) => ({
  id: g.id,
  kind: g.kind,
  name: g.name,
  titles: g.titles,
  organization: g.organization ?? null,
  email: g.email ?? null,
  phone: g.phone ?? null,
  central: g.central,
  recipientId: g.recipientId ?? null,
});
