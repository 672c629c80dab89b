import type { Recipient } from '../domain/recipient';

export const recipientView = (r: Recipient) => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  titles: r.titles,
  unit: r.unit ?? null,
  hold: r.hold ? { reason: r.hold.reason, since: new Date(r.hold.since).toISOString() } : null,
});
