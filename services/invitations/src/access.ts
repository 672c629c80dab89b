import type { Role } from '@tdkt/auth';

/** Guest lists, invitations, reminders and check-ins are the organizers' work (and admin's). */
export const WRITERS: readonly Role[] = ['organizer', 'admin'];

/** Organizers, the cluster lead following its provinces' conferences, and admin read them. */
export const READERS: readonly Role[] = ['organizer', 'cluster-lead', 'admin'];
