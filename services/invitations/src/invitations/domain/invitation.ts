import { Conflict, InvalidInput } from '../../common/domain/invitations.errors';
import type { Conference } from '../../conferences/domain/conference';
import { cleanText } from '@tdkt/vietnamese';

export type InvitationStatus = 'draft' | 'invited' | 'withdrawn' | 'cancelled';
export type RsvpResponse = 'pending' | 'accepted' | 'declined' | 'substitute';
export type Answer = Exclude<RsvpResponse, 'pending'>;
export type InvitationSource = 'default' | 'organizer' | 'award';

export interface Person {
  name: string;
  titles: string[];
  email?: string;
}

/**
 * One guest on one conference's list. `draft`: on the list, not sent yet (the organizer's
 * defaults, an awardee without an address or a collective without its representative);
 * `invited`: sent; `withdrawn`: taken off the list (a revoked award, the organizer);
 * `cancelled`: the conference was cancelled.
 */
export interface Invitation {
  id: string;
  conferenceId: string;
  guestId: string;
  status: InvitationStatus;
  /** send as soon as it can be sent (awardees); drafts of the organizer's list wait for "send" */
  autoSend: boolean;
  source: InvitationSource;
  sequence: number;
  icsUid: string;
  response: RsvpResponse;
  substitute?: Person;
  representative?: Person;
  respondedAt?: Date;
  lastSentAt?: Date;
}

export function cleanPerson(p: Person): Person {
  return {
    name: cleanText(p.name),
    titles: (p.titles ?? []).map(cleanText).filter(Boolean),
    ...(p.email ? { email: p.email.trim().toLowerCase() } : {}),
  };
}

/** The answer a guest gives, checked against the conference and the invitation. */
export function checkAnswer(
  inv: Invitation,
  conference: Conference | undefined,
  answer: Answer,
  substitute: Person | undefined,
): Person | undefined {
  if (conference?.cancelled) {
    throw new Conflict(
      'conference-cancelled',
      'Hội nghị đã bị hủy; không thể trả lời giấy mời',
      'the conference was cancelled; the invitation cannot be answered',
    );
  }
  if (inv.status === 'withdrawn' || inv.status === 'cancelled') {
    throw new Conflict('invitation-withdrawn', 'Giấy mời này không còn hiệu lực', 'this invitation is no longer valid');
  }
  if (answer !== 'substitute') return undefined;
  const s = substitute ? cleanPerson(substitute) : undefined;
  if (!s?.name) {
    throw new InvalidInput(
      'substitute.name',
      'Cử người dự thay cần ghi rõ họ và tên người dự thay',
      "naming a substitute needs the substitute's name",
      'isNotEmpty',
    );
  }
  return s;
}

/** Whether an answer changes what is recorded (an equal answer again changes nothing, sends no event). */
export function sameAnswer(
  a: { response: RsvpResponse; substitute?: Person },
  b: { response: RsvpResponse; substitute?: Person },
): boolean {
  if (a.response !== b.response) return false;
  if (a.response !== 'substitute') return true;
  return (
    cleanText(a.substitute?.name ?? '').toLocaleLowerCase('vi') ===
      cleanText(b.substitute?.name ?? '').toLocaleLowerCase('vi') &&
    (a.substitute?.titles ?? []).join('|') === (b.substitute?.titles ?? []).join('|') &&
    (a.substitute?.email ?? '') === (b.substitute?.email ?? '')
  );
}

/** A personal link answers once: using it again for another answer is refused (the organizer can still change it). */
export function checkLinkReuse(
  previous: { response: RsvpResponse; substitute?: Person } | undefined,
  now: { response: RsvpResponse; substitute?: Person },
): void {
  if (previous && !sameAnswer(previous, now)) {
    const label = ANSWER_LABEL[previous.response as Answer];
    throw new Conflict(
      'rsvp-link-used',
      `Liên kết này đã được dùng để trả lời “${label}”. Muốn thay đổi, xin liên hệ ban tổ chức`,
      `this link was already used to answer "${previous.response}"; contact the organizer to change the answer`,
    );
  }
}

export const ANSWER_LABEL: Record<Answer, string> = {
  accepted: 'Tham dự',
  declined: 'Không tham dự',
  substitute: 'Cử người dự thay',
};
