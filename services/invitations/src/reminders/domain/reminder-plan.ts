/**
 * When reminders fall due: `offsets` minutes before the start, only those still ahead of the
 * moment the invitation was sent (a guest invited the day before gets no "3 days before").
 */
export function reminderDueTimes(
  startsAt: Date,
  offsetsMinutes: readonly number[],
  sentAt: Date,
): { offsetMinutes: number; dueAt: Date }[] {
  return offsetsMinutes
    .map((offsetMinutes) => ({ offsetMinutes, dueAt: new Date(startsAt.getTime() - offsetMinutes * 60_000) }))
    .filter((r) => r.dueAt.getTime() > sentAt.getTime());
}

/** A reminder whose time has come, to be decided. */
export interface DueReminder {
  id: string;
  invitationId: string;
  offsetMinutes: number;
}

export type ReminderOutcome = 'send' | 'skip-declined' | 'skip-not-invited' | 'skip-over';

/** At its due time: sent unless the guest declined, the invitation is off, or the conference has begun. */
export function reminderOutcome(
  r: { response: string; status: string; startsAt?: Date; cancelled: boolean },
  now: Date,
): ReminderOutcome {
  if (r.status !== 'invited' || r.cancelled) return 'skip-not-invited';
  if (r.response === 'declined') return 'skip-declined';
  if (!r.startsAt || r.startsAt.getTime() <= now.getTime()) return 'skip-over';
  return 'send';
}
