import { randomUUID } from 'node:crypto';
import type { ConferenceFormat, ConferenceKind } from '@tdkt/contracts';
import { arrange, reorder } from './agenda-order';
import { assertNoOverlap, assertWithinHours, at } from './agenda-rules';
import { assertAllowed, NEXT_STATUS, type ConferenceAction } from './conference-status';
import { suggestTitle } from './conference-title';
import { Duplicate, InvalidInput, NotFound, NotReady } from './conference.errors';
import type {
  ConferenceDetails,
  ConferenceState,
  ConnectionPoint,
  CovenantLink,
  Guest,
  Movement,
  Organizer,
  VenueRef,
} from './conference.types';
import { defaultSegmentTitle, isTimed, type Segment, type SegmentStatus } from './segment';
import { localSpan, resolvePresenters, segmentSpan, type SegmentInput, type SegmentPatch } from './segment-input';
import { cleanText, DEFAULT_TIME_ZONE, localDate } from '@tdkt/vietnamese';

export interface NewConference {
  id?: string;
  /** the owning organization, chosen by the caller from their own */
  tenant?: string;
  organizer: Organizer;
  kind: ConferenceKind;
  title?: string;
  yearReviewed: number;
  yearLaunched: number;
  timeZone?: string;
  startsAt: Date;
  endsAt: Date;
  format: ConferenceFormat;
  venue?: VenueRef;
}

const MAX_SEGMENTS = 60;
const MAX_DAYS = 7;

/**
 * A conference (hội nghị) and its agenda: lifecycle draft → scheduled → in progress → concluded
 * (or cancelled), venue, connection points, guest list, typed segments, the launched movement.
 * Rules that need other conferences (venue, presenters) are in agenda-rules.ts and checked by
 * the caller with the bookings it loaded.
 */
export class Conference {
  private constructor(private readonly state: ConferenceState) {}

  static create(input: NewConference, now = new Date()): Conference {
    const organizer = { ...input.organizer, name: cleanText(input.organizer.name) };
    const details: ConferenceDetails = {
      organizer,
      kind: input.kind,
      yearReviewed: input.yearReviewed,
      yearLaunched: input.yearLaunched,
      title: input.title
        ? cleanText(input.title)
        : suggestTitle(input.kind, input.yearReviewed, input.yearLaunched, organizer.name),
      timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      format: input.format,
      venue: input.venue,
    };
    validateDetails(details);
    return new Conference({
      ...details,
      id: input.id ?? randomUUID(),
      ...(input.tenant ? { tenant: input.tenant } : {}),
      status: 'draft',
      sequence: 0,
      agendaVersion: 0,
      connectionPoints: [],
      guests: [],
      segments: [],
      awardPresenters: {},
      createdAt: now,
      updatedAt: now,
    });
  }

  static restore(state: ConferenceState): Conference {
    return new Conference(state);
  }

  get snapshot(): Readonly<ConferenceState> {
    return this.state;
  }

  get id(): string {
    return this.state.id;
  }

  get tenant(): string | undefined {
    return this.state.tenant;
  }

  suggestedTitle(): string {
    const s = this.state;
    return suggestTitle(s.kind, s.yearReviewed, s.yearLaunched, s.organizer.name);
  }

  /** Edits a draft; the title follows kind and years unless the organizer wrote their own. */
  edit(patch: Partial<Omit<ConferenceDetails, 'timeZone'>>, now = new Date()): void {
    this.allow('edit-details');
    const wasSuggested = this.state.title === this.suggestedTitle();
    // A field left out (or sent as undefined) keeps its value: spreading `{startsAt: undefined}` would erase it.
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as typeof patch;
    const next: ConferenceDetails = {
      ...this.state,
      ...given,
      title: patch.title ? cleanText(patch.title) : this.state.title,
    };
    if (patch.organizer) next.organizer = { ...patch.organizer, name: cleanText(patch.organizer.name) };
    if (!patch.title && wasSuggested)
      next.title = suggestTitle(next.kind, next.yearReviewed, next.yearLaunched, next.organizer.name);
    validateDetails(next);
    assertWithinHours(this.state.segments, next);
    Object.assign(this.state, next, { updatedAt: now });
  }

  schedule(now = new Date()): void {
    this.allow('schedule');
    const s = this.state;
    const needsVenue = s.format !== 'online';
    const needsPoints = s.format !== 'in-person';
    if (needsVenue && !s.venue) {
      throw new NotReady(
        'Hội nghị trực tiếp cần địa điểm: hãy chọn hội trường (venueId) trước khi lên lịch',
        'An in-person conference needs a venue: choose a hall (venueId) before scheduling',
        'venueId',
      );
    }
    if (needsPoints && s.connectionPoints.length === 0) {
      throw new NotReady(
        'Hội nghị trực tuyến cần ít nhất một điểm cầu: hãy thêm điểm cầu trước khi lên lịch',
        'An online conference needs at least one connection point: add one before scheduling',
        'connectionPoints',
      );
    }
    this.step('schedule', now);
  }

  /** Moves the conference (and its programme with it) to another time and/or venue. */
  reschedule(
    input: { startsAt: Date; endsAt: Date; reason: string; venue?: VenueRef },
    now = new Date(),
  ): { previousStartsAt: Date; previousEndsAt: Date } {
    this.allow('reschedule');
    const s = this.state;
    const previous = { previousStartsAt: s.startsAt, previousEndsAt: s.endsAt };
    const venueChanged = input.venue !== undefined && input.venue.venueId !== s.venue?.venueId;
    if (
      input.startsAt.getTime() === s.startsAt.getTime() &&
      input.endsAt.getTime() === s.endsAt.getTime() &&
      !venueChanged
    ) {
      throw new InvalidInput(
        'Thời gian và địa điểm mới trùng với lịch hiện tại: hãy nhập thời gian hoặc địa điểm khác',
        'The new time and venue are the current ones: give another time or venue',
        'startsAt',
      );
    }
    const next = { ...s, startsAt: input.startsAt, endsAt: input.endsAt, venue: input.venue ?? s.venue };
    validateDetails(next);
    const shift = input.startsAt.getTime() - s.startsAt.getTime();
    const segments = s.segments.map((x) =>
      isTimed(x)
        ? { ...x, startsAt: new Date(x.startsAt.getTime() + shift), endsAt: new Date(x.endsAt.getTime() + shift) }
        : x,
    );
    assertWithinHours(segments, next);
    Object.assign(s, {
      startsAt: next.startsAt,
      endsAt: next.endsAt,
      venue: next.venue,
      segments,
      sequence: s.sequence + 1,
      updatedAt: now,
    });
    return previous;
  }

  cancel(reason: string, now = new Date()): void {
    this.step('cancel', now);
    Object.assign(this.state, {
      cancellation: { reason: cleanText(reason), at: now },
      sequence: this.state.sequence + 1,
    });
  }

  start(now = new Date()): void {
    this.step('start', now);
  }

  conclude(now = new Date()): void {
    this.step('conclude', now);
  }

  addConnectionPoint(input: Omit<ConnectionPoint, 'id'>, now = new Date()): ConnectionPoint {
    this.allow('edit-agenda');
    const point: ConnectionPoint = {
      ...input,
      id: randomUUID(),
      hostUnit: cleanText(input.hostUnit),
      location: cleanText(input.location),
    };
    if (
      this.state.connectionPoints.some(
        (p) => p.hostUnit.toLocaleLowerCase('vi') === point.hostUnit.toLocaleLowerCase('vi'),
      )
    ) {
      throw new Duplicate(
        `${point.hostUnit} đã có điểm cầu trong hội nghị này`,
        `${point.hostUnit} already hosts a connection point of this conference`,
        'hostUnit',
      );
    }
    this.state.connectionPoints.push(point);
    this.state.updatedAt = now;
    return point;
  }

  removeConnectionPoint(id: string, now = new Date()): void {
    this.allow('edit-agenda');
    const before = this.state.connectionPoints.length;
    this.state.connectionPoints = this.state.connectionPoints.filter((p) => p.id !== id);
    if (this.state.connectionPoints.length === before)
      throw new NotFound(`Không có điểm cầu mã ${id}`, `no connection point ${id}`, 'connectionPointId');
    this.state.updatedAt = now;
  }

  addGuest(input: Omit<Guest, 'id' | 'personId'> & { personId?: string }, now = new Date()): Guest {
    this.allow('edit-agenda');
    const guest: Guest = {
      ...input,
      id: randomUUID(),
      personId: input.personId ?? randomUUID(),
      name: cleanText(input.name),
      titles: input.titles.map(cleanText).filter(Boolean),
    };
    if (input.personId && this.state.guests.some((g) => g.personId === input.personId)) {
      throw new Duplicate(
        `${guest.name} đã có trong danh sách khách mời`,
        `${guest.name} is already on the guest list`,
        'personId',
      );
    }
    this.state.guests.push(guest);
    this.state.updatedAt = now;
    return guest;
  }

  addSegment(input: SegmentInput, now = new Date()): Segment {
    this.allow('edit-agenda');
    const s = this.state;
    if (s.segments.length >= MAX_SEGMENTS) {
      throw new InvalidInput(
        `Chương trình có tối đa ${MAX_SEGMENTS} mục`,
        `An agenda has at most ${MAX_SEGMENTS} segments`,
        'kind',
      );
    }
    const segment: Segment = {
      id: randomUUID(),
      order: 0,
      kind: input.kind,
      status: 'planned',
      title: input.title ? cleanText(input.title) : defaultSegmentTitle(input.kind, s),
      ...segmentSpan(input.date ?? localDate(s.startsAt, s.timeZone), input.startTime, input.endTime, s.timeZone),
      presenters: resolvePresenters(input.presenterGuestIds ?? [], s.guests),
      notes: input.notes ? cleanText(input.notes) : undefined,
    };
    this.replaceSegments([...s.segments, segment], now);
    return this.segment(segment.id);
  }

  updateSegment(id: string, patch: SegmentPatch, now = new Date()): Segment {
    this.allow('edit-agenda');
    const s = this.state;
    const current = this.segment(id);
    const next: Segment = { ...current };
    if (patch.title) next.title = cleanText(patch.title);
    if (patch.notes !== undefined) next.notes = cleanText(patch.notes) || undefined;
    if (patch.status) next.status = patch.status;
    if (patch.presenterGuestIds) next.presenters = resolvePresenters(patch.presenterGuestIds, s.guests);
    if (patch.date || patch.startTime || patch.endTime) {
      const was = isTimed(current) ? localSpan(current, s.timeZone) : undefined;
      const date = patch.date ?? was?.date ?? localDate(s.startsAt, s.timeZone);
      const [startTime, endTime] = [patch.startTime ?? was?.startTime, patch.endTime ?? was?.endTime];
      if (!startTime || !endTime) {
        throw new InvalidInput(
          'Mục chưa xếp giờ: hãy nhập cả giờ bắt đầu và giờ kết thúc',
          'This segment has no time yet: give both startTime and endTime',
          startTime ? 'endTime' : 'startTime',
        );
      }
      Object.assign(next, segmentSpan(date, startTime, endTime, s.timeZone));
    }
    this.replaceSegments(
      s.segments.map((x) => (x.id === id ? next : x)),
      now,
    );
    return this.segment(id);
  }

  removeSegment(id: string, now = new Date()): void {
    this.allow('edit-agenda');
    this.segment(id);
    this.replaceSegments(
      this.state.segments.filter((x) => x.id !== id),
      now,
    );
  }

  reorderSegments(ids: string[], now = new Date()): void {
    this.allow('edit-agenda');
    this.replaceSegments(reorder(this.state.segments, ids), now);
  }

  /** A version of the agenda to announce; every segment needs its time by then. */
  publishAgenda(now = new Date()): { version: number; segments: Segment[] } {
    this.allow('publish-agenda');
    const s = this.state;
    if (s.segments.length === 0) {
      throw new NotReady(
        'Chương trình chưa có mục nào: hãy thêm các mục trước khi công bố',
        'The agenda has no segments: add them before publishing',
        'segments',
      );
    }
    const untimed = s.segments.filter((x) => !isTimed(x));
    if (untimed.length) {
      const names = untimed.map((x) => `“${x.title}”`).join(', ');
      throw new NotReady(
        `Các mục chưa xếp giờ: ${names}; hãy xếp giờ trước khi công bố`,
        `Segments without a time: ${names}; give them a time before publishing`,
        'segments',
      );
    }
    s.agendaVersion += 1;
    s.updatedAt = now;
    return { version: s.agendaVersion, segments: s.segments };
  }

  /** Records the launch of next year's movement; undefined when it says what was already recorded. */
  launchMovement(
    input: { theme: string; movementName?: string; launchedByGuestId: string },
    now = new Date(),
  ): Movement | undefined {
    this.allow('launch-movement');
    const s = this.state;
    const [launchedBy] = resolvePresenters([input.launchedByGuestId], s.guests, 'launchedByGuestId');
    const theme = cleanText(input.theme).replace(/^[“"]|[”"]$/g, '');
    const movementName = input.movementName ? cleanText(input.movementName) : undefined;
    const m = s.movement;
    if (m && m.theme === theme && m.movementName === movementName && m.launchedBy.guestId === launchedBy!.guestId)
      return undefined;
    s.movement = { theme, movementName, year: s.yearLaunched, launchedBy: launchedBy!, launchedAt: now };
    if (s.status !== 'scheduled')
      s.segments = s.segments.map((x) =>
        x.kind === 'movement-launch' ? { ...x, status: 'done' as SegmentStatus } : x,
      );
    s.updatedAt = now;
    return s.movement;
  }

  /** What is said and done at the ceremony is recorded once it is announced (ceremony-fact.ts checks the fact). */
  allowCeremonyFacts(): void {
    this.allow('record-ceremony');
  }

  assignAwardPresenter(awardTypeCode: string, guestId: string, now = new Date()): void {
    this.allow('edit-agenda');
    const [presenter] = resolvePresenters([guestId], this.state.guests, 'guestId');
    this.state.awardPresenters = { ...this.state.awardPresenters, [awardTypeCode]: presenter! };
    this.state.updatedAt = now;
  }

  /** Covenants to be signed here: the signing segment exists, and is done once every one is fully signed. Returns whether it changed. */
  applyCovenants(links: readonly CovenantLink[], now = new Date()): boolean {
    if (links.length === 0) return false;
    const before = this.state.updatedAt;
    const segment = this.ensureSegment('covenant-signing', now);
    if (links.every((l) => l.status === 'fully_signed') && segment.status !== 'done') {
      segment.status = 'done';
      this.state.updatedAt = now;
    }
    return this.state.updatedAt !== before;
  }

  /** Awards to be presented here: the award presentation segment exists (its list is read from the awards). Returns whether it changed. */
  applyAwards(anyAward: boolean, now = new Date()): boolean {
    if (!anyAward || this.state.segments.some((x) => x.kind === 'award-presentation')) return false;
    this.ensureSegment('award-presentation', now);
    return true;
  }

  segment(id: string): Segment {
    const found = this.state.segments.find((x) => x.id === id);
    if (!found)
      throw new NotFound(`Không có mục mã ${id} trong chương trình`, `no segment ${id} in this agenda`, 'segmentId');
    return found;
  }

  private ensureSegment(kind: 'covenant-signing' | 'award-presentation', now: Date): Segment {
    const existing = this.state.segments.find((x) => x.kind === kind);
    if (existing) return existing;
    const added: Segment = {
      id: randomUUID(),
      order: 0,
      kind,
      title: defaultSegmentTitle(kind, this.state),
      presenters: [],
      status: 'planned',
    };
    this.state.segments = arrange([...this.state.segments, added]);
    this.state.updatedAt = now;
    return this.segment(added.id);
  }

  private replaceSegments(segments: Segment[], now: Date): void {
    const arranged = arrange(segments);
    assertNoOverlap(arranged, this.state.timeZone);
    assertWithinHours(arranged, this.state);
    this.state.segments = arranged;
    this.state.updatedAt = now;
  }

  private allow(action: ConferenceAction): void {
    assertAllowed(this.state.status, action);
  }

  private step(action: ConferenceAction, now: Date): void {
    this.allow(action);
    this.state.status = NEXT_STATUS[action]!;
    this.state.updatedAt = now;
  }
}

function validateDetails(d: ConferenceDetails): void {
  if (Number.isNaN(d.startsAt.getTime()) || Number.isNaN(d.endsAt.getTime())) {
    throw new InvalidInput(
      'Thời điểm bắt đầu và kết thúc phải là ngày giờ hợp lệ',
      'startsAt and endsAt must be valid date-times',
      'startsAt',
    );
  }
  if (d.endsAt <= d.startsAt) {
    throw new InvalidInput(
      `Thời điểm kết thúc (${at(d.endsAt, d.timeZone)}) phải sau thời điểm bắt đầu (${at(d.startsAt, d.timeZone)}); hãy sửa lại giờ kết thúc`,
      `The end (${at(d.endsAt, d.timeZone)}) must be after the start (${at(d.startsAt, d.timeZone)}); correct endsAt`,
      'endsAt',
    );
  }
  if (d.endsAt.getTime() - d.startsAt.getTime() > MAX_DAYS * 86_400_000) {
    throw new InvalidInput(
      `Hội nghị kéo dài tối đa ${MAX_DAYS} ngày; hãy kiểm tra lại thời điểm kết thúc`,
      `A conference lasts at most ${MAX_DAYS} days; check endsAt`,
      'endsAt',
    );
  }
  if (d.yearLaunched !== d.yearReviewed && d.yearLaunched !== d.yearReviewed + 1) {
    throw new InvalidInput(
      `Năm triển khai (${d.yearLaunched}) phải là năm tổng kết (${d.yearReviewed}) hoặc năm liền sau (${d.yearReviewed + 1})`,
      `yearLaunched (${d.yearLaunched}) must be yearReviewed (${d.yearReviewed}) or the year after (${d.yearReviewed + 1})`,
      'yearLaunched',
    );
  }
}
