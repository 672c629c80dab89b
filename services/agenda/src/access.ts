import type { Role } from '@tdkt/auth';

/** Conferences, their venues, guests, connection points and agenda are changed by their organizers (and admin). */
export const WRITERS: readonly Role[] = ['organizer', 'admin'];

/**
 * Read by the organizers, the cluster lead (who follows the conferences of the cluster's
 * provinces) and admin; also by the award secretariat, whose awards the award presentation
 * lists and who prepares that segment with the organizer.
 */
export const READERS: readonly Role[] = ['organizer', 'secretariat', 'cluster-lead', 'admin'];
