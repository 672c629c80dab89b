import { InvalidTransition } from './conference.errors';

export const CONFERENCE_STATUSES = ['draft', 'scheduled', 'in_progress', 'concluded', 'cancelled'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

/** What an organizer may do to a conference; each is allowed in some states only. */
export type ConferenceAction =
  | 'schedule'
  | 'reschedule'
  | 'cancel'
  | 'start'
  | 'conclude'
  | 'edit-details'
  | 'edit-agenda'
  | 'publish-agenda'
  | 'launch-movement'
  | 'record-ceremony';

const ALLOWED: Record<ConferenceAction, readonly ConferenceStatus[]> = {
  schedule: ['draft'],
  reschedule: ['scheduled'],
  cancel: ['draft', 'scheduled'],
  start: ['scheduled'],
  conclude: ['in_progress'],
  // once announced, details change only by rescheduling (the contract has no "conference-updated")
  'edit-details': ['draft'],
  'edit-agenda': ['draft', 'scheduled', 'in_progress'],
  'publish-agenda': ['scheduled', 'in_progress'],
  'launch-movement': ['scheduled', 'in_progress', 'concluded'],
  // what was said and done there: entered around the ceremony, corrected after it
  'record-ceremony': ['scheduled', 'in_progress', 'concluded'],
};

/** Where each lifecycle step leads: draft → scheduled → in_progress → concluded, or cancelled. */
export const NEXT_STATUS: Partial<Record<ConferenceAction, ConferenceStatus>> = {
  schedule: 'scheduled',
  cancel: 'cancelled',
  start: 'in_progress',
  conclude: 'concluded',
};

const STATUS_VI: Record<ConferenceStatus, string> = {
  draft: 'đang soạn thảo',
  scheduled: 'đã lên lịch',
  in_progress: 'đang diễn ra',
  concluded: 'đã kết thúc',
  cancelled: 'đã bị hủy',
};
const STATUS_EN: Record<ConferenceStatus, string> = {
  draft: 'a draft',
  scheduled: 'scheduled',
  in_progress: 'in progress',
  concluded: 'concluded',
  cancelled: 'cancelled',
};
const ACTION_VI: Record<ConferenceAction, string> = {
  schedule: 'lên lịch',
  reschedule: 'dời lịch',
  cancel: 'hủy',
  start: 'khai mạc',
  conclude: 'bế mạc',
  'edit-details': 'sửa thông tin',
  'edit-agenda': 'sửa chương trình',
  'publish-agenda': 'công bố chương trình',
  'launch-movement': 'ghi nhận phát động phong trào thi đua',
  'record-ceremony': 'ghi nhận diễn biến',
};
const ACTION_EN: Record<ConferenceAction, string> = {
  schedule: 'schedule',
  reschedule: 'reschedule',
  cancel: 'cancel',
  start: 'start',
  conclude: 'conclude',
  'edit-details': 'edit the details of',
  'edit-agenda': 'edit the agenda of',
  'publish-agenda': 'publish the agenda of',
  'launch-movement': 'record the movement launch of',
  'record-ceremony': 'record what was said and done at',
};

export function isAllowed(status: ConferenceStatus, action: ConferenceAction): boolean {
  return ALLOWED[action].includes(status);
}

/** Throws InvalidTransition naming the current state and the states in which the action is possible. */
export function assertAllowed(status: ConferenceStatus, action: ConferenceAction): void {
  if (isAllowed(status, action)) return;
  const when = ALLOWED[action];
  throw new InvalidTransition(
    `Không thể ${ACTION_VI[action]} hội nghị ${STATUS_VI[status]}; chỉ ${ACTION_VI[action]} được khi hội nghị ${when.map((s) => STATUS_VI[s]).join(' hoặc ')}`,
    `Cannot ${ACTION_EN[action]} a conference that is ${STATUS_EN[status]}; possible only when it is ${when.map((s) => STATUS_EN[s]).join(' or ')}`,
    'status',
  );
}
