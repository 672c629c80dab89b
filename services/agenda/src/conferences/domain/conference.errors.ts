/**
 * Domain errors: plain classes, each carrying what the organizer must fix in both languages;
 * `conference-error.mapper.ts` turns them into problem responses.
 */
export abstract class AgendaError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly field?: string,
  ) {
    super(en);
  }
}

/** 404: no such conference (or segment, guest... of it). */
export class NotFound extends AgendaError {}

/** The one 404 for a conference, whether it does not exist or belongs to another organization. */
export const conferenceNotFound = (id: string) =>
  new NotFound(`Không có hội nghị mã ${id}`, `conference ${id} does not exist`, 'conferenceId');

/** 400: a value that can never be right (end before start, a time that is not a time of day). */
export class InvalidInput extends AgendaError {}

/** 409: the action is not allowed in the conference's current state (rescheduling a concluded one). */
export class InvalidTransition extends AgendaError {}

/** 409: overlapping segments. */
export class SegmentOverlap extends AgendaError {}

/** 422: a segment outside the conference's hours. */
export class SegmentOutsideHours extends AgendaError {}

/** 409: the venue is booked by another conference at that time. */
export class VenueDoubleBooked extends AgendaError {}

/** 409: a presenter is due somewhere else at the same time. */
export class PresenterBusy extends AgendaError {}

/** 422: a presenter (or launching official) who is not on the conference's guest list. */
export class NotAGuest extends AgendaError {}

/** 422: something is missing before the step can be taken (a venue for an in-person conference, times of segments). */
export class NotReady extends AgendaError {}

/** 409: the same thing twice (a guest already on the list). */
export class Duplicate extends AgendaError {}

/** 422: the request names something that does not exist (a venue id). */
export class UnknownReference extends AgendaError {}
