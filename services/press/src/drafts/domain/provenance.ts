import type { CeremonyFact } from '@tdkt/contracts';
import type { ConferenceFile } from '../../read-model/domain/conference-file';
import type { CovenantFacts } from '../../read-model/domain/covenant-facts';
import type { Sourced } from '../../read-model/domain/sourced';
import type { DraftContent } from './draft';

/** What kind of fact an event gave the read model (the console names them in the reader's language). */
export type SourceFactKind =
  | 'conference-scheduled'
  | 'conference-timing'
  | 'conference-venue'
  | 'conference-cancelled'
  | 'conference-started'
  | 'conference-concluded'
  | 'agenda-published'
  | 'movement-launched'
  | 'guest'
  | 'rsvp'
  | 'invitation-cancelled'
  | 'check-in'
  | 'award-conferred'
  | 'award-revoked'
  | 'decision-issued'
  | 'covenant-created'
  | 'signature-recorded'
  | 'covenant-signed'
  | 'cluster-changed'
  | `ceremony-${CeremonyFact['kind']}`;

/**
 * One piece of a paragraph's evidence: the event, the fact it gave, when (the event's time, when
 * the read model keeps it), and what it is about in the facts' own words (a name, a number, a title).
 */
export interface SourceFact {
  eventId: string;
  fact: SourceFactKind;
  time?: string;
  about?: string;
}

/** An event a paragraph names that the read model no longer holds: a newer event replaced its fact. */
export interface MissingSource {
  eventId: string;
  fact: null;
}

const of = <T>(s: Sourced<T> | undefined, fact: SourceFactKind, about?: (d: T) => string | undefined): SourceFact[] =>
  s ? [{ eventId: s.eventId, fact, time: s.time, about: about?.(s.data) }] : [];

function ceremonyAbout(f: CeremonyFact): string | undefined {
  switch (f.kind) {
    case 'highlight':
      return f.figure?.label ?? f.statement;
    case 'speech':
      return f.speaker.name;
    case 'presentation':
      return `${f.presenter.name}: ${f.subject}`;
    case 'prize':
      return `${f.recipients}: ${f.award}`;
    case 'result':
      return f.subject;
    case 'award-presentation':
      return `${f.awardTypeCode}: ${f.presenters.map((p) => p.name).join(', ')}`;
  }
}

/** Every fact of one covenant with the event it came from. */
export function covenantSources(c: CovenantFacts): SourceFact[] {
  return [
    ...of(c.created, 'covenant-created', (d) => d.title),
    ...Object.values(c.signatures).flatMap((s) =>
      of(s, 'signature-recorded', (d) => `${d.unitName}: ${d.signatory.name}`),
    ),
    ...of(c.signed, 'covenant-signed', (d) => d.title),
  ];
}

/** Every fact the read model holds about one conference, each with the event it came from. */
export function conferenceSources(file: ConferenceFile): SourceFact[] {
  const c = file.conference;
  return [
    ...of(c.schedule, 'conference-scheduled', (d) => d.title),
    ...of(c.timing, 'conference-timing', (d) => d.startsAt),
    ...of(c.venue, 'conference-venue', (d) => d.name),
    ...of(c.cancelled, 'conference-cancelled'),
    ...of(c.started, 'conference-started'),
    ...of(c.concluded, 'conference-concluded'),
    ...of(c.agenda, 'agenda-published', (d) => String(d.version)),
    ...of(c.movement, 'movement-launched', (d) => d.theme),
    // an answer or a check-in also names the guest: that event is the answer first
    ...file.attendees.flatMap((a) => [
      ...of(a.rsvp, 'rsvp', () => a.guest.data.name),
      ...of(a.cancellation, 'invitation-cancelled', () => a.guest.data.name),
      ...of(a.checkIn, 'check-in', (d) => `${a.guest.data.name}: ${d.site.name}`),
      ...of(a.guest, 'guest', (d) => d.name),
    ]),
    ...file.decisions.flatMap((d) => of(d, 'decision-issued', (x) => `${x.number}, ${x.authority}`)),
    // the award rows keep the events' ids, not their times
    ...file.awards.flatMap((a): SourceFact[] => [
      ...(a.conferredEventId
        ? [{ eventId: a.conferredEventId, fact: 'award-conferred' as const, about: a.awardType.name }]
        : []),
      ...(a.revokedEventId
        ? [{ eventId: a.revokedEventId, fact: 'award-revoked' as const, about: a.awardType.name }]
        : []),
    ]),
    ...file.covenants.flatMap(covenantSources),
    ...file.ceremony.flatMap((f) => of(f, `ceremony-${f.data.fact.kind}`, (d) => ceremonyAbout(d.fact))),
    ...file.clusters.flatMap((k) => of(k, 'cluster-changed', (d) => d.name)),
  ];
}

/**
 * Each paragraph's sources as facts: the events it names, looked up among the subject's facts
 * (an event the read model no longer holds — its fact replaced by a newer one — is said so).
 */
export function paragraphProvenance(
  content: DraftContent,
  facts: readonly SourceFact[],
): { role: string; sources: (SourceFact | MissingSource)[] }[] {
  const byId = new Map<string, SourceFact>();
  for (const f of facts) if (!byId.has(f.eventId)) byId.set(f.eventId, f);
  return content.paragraphs.map((p) => ({
    role: p.role,
    sources: p.sources.map((id) => byId.get(id) ?? { eventId: id, fact: null }),
  }));
}
