import { personWithTitles } from '@tdkt/vietnamese';
import type { AgendaSheet } from '../domain/agenda-sheet';
import { suggestTitle } from '../domain/conference-title';
import type { Guest } from '../domain/conference.types';
import { localSpan } from '../domain/segment-input';
import { isTimed, type Presenter, type Segment } from '../domain/segment';

const presenterView = (p: Presenter) => ({
  guestId: p.guestId,
  personId: p.personId,
  name: p.name,
  titles: p.titles,
  text: personWithTitles(p.name, p.titles),
});

export const guestView = (g: Guest) => ({
  id: g.id,
  personId: g.personId,
  name: g.name,
  titles: g.titles,
  organization: g.organization ?? null,
  text: personWithTitles(g.name, g.titles),
});

/** A segment with its local hours, and what the platform attached to it (awards, covenants, the movement). */
function segmentView(sheet: AgendaSheet, s: Segment) {
  const c = sheet.conference;
  const local = isTimed(s) ? localSpan(s, c.timeZone) : undefined;
  return {
    id: s.id,
    order: s.order,
    kind: s.kind,
    title: s.title,
    status: s.status,
    notes: s.notes ?? null,
    scheduled: local !== undefined,
    date: local?.date ?? null,
    startTime: local?.startTime ?? null,
    endTime: local?.endTime ?? null,
    startsAt: s.startsAt?.toISOString() ?? null,
    endsAt: s.endsAt?.toISOString() ?? null,
    presenters: s.presenters.map(presenterView),
    ...(s.kind === 'award-presentation'
      ? { awards: sheet.awards.map((g) => ({ ...g, presenter: g.presenter ? presenterView(g.presenter) : null })) }
      : {}),
    ...(s.kind === 'covenant-signing'
      ? { covenants: sheet.covenants.map((k) => ({ ...k, fullySignedAt: k.fullySignedAt?.toISOString() ?? null })) }
      : {}),
    ...(s.kind === 'movement-launch' ? { movement: c.movement ? movementView(sheet) : null } : {}),
  };
}

function movementView(sheet: AgendaSheet) {
  const m = sheet.conference.movement!;
  return {
    theme: m.theme,
    movementName: m.movementName ?? null,
    year: m.year,
    launchedBy: presenterView(m.launchedBy),
    launchedAt: m.launchedAt.toISOString(),
  };
}

/** The JSON shape of a conference with its agenda. */
export function conferenceView(sheet: AgendaSheet) {
  const c = sheet.conference;
  const suggestedTitle = suggestTitle(c.kind, c.yearReviewed, c.yearLaunched, c.organizer.name);
  return {
    id: c.id,
    organizer: { organizationId: c.organizer.organizationId ?? null, name: c.organizer.name },
    kind: c.kind,
    title: c.title,
    suggestedTitle,
    yearReviewed: c.yearReviewed,
    yearLaunched: c.yearLaunched,
    timeZone: c.timeZone,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    format: c.format,
    venue: c.venue ? { id: c.venue.venueId, name: c.venue.name, address: c.venue.address ?? null } : null,
    status: c.status,
    cancellation: c.cancellation ? { reason: c.cancellation.reason, at: c.cancellation.at.toISOString() } : null,
    connectionPoints: c.connectionPoints.map((p) => ({
      ...p,
      technicalContact: p.technicalContact ?? null,
      expectedAttendees: p.expectedAttendees ?? null,
    })),
    guestCount: c.guests.length,
    agendaVersion: c.agendaVersion,
    movement: c.movement ? movementView(sheet) : null,
    segments: c.segments.map((s) => segmentView(sheet, s)),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
