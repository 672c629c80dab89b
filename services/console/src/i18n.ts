import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { awardsEn, awardsVi } from './awards/awards.i18n';
import { pressEn, pressVi } from './press/press.i18n';

const vi = {
  app: { title: 'Hội nghị thi đua, khen thưởng', skip: 'Bỏ qua, đến nội dung chính', language: 'Ngôn ngữ' },
  session: {
    signIn: 'Đăng nhập',
    signOut: 'Đăng xuất',
    signedInAs: 'Đang đăng nhập: {{name}}',
    needSignIn: 'Vui lòng đăng nhập để làm việc với hệ thống.',
  },
  nav: { conferences: 'Hội nghị', newConference: 'Tạo hội nghị', drafts: 'Bản tin dự thảo', main: 'Điều hướng chính' },
  conferences: {
    title: 'Hội nghị',
    empty: 'Chưa có hội nghị nào.',
    count: '{{count}} hội nghị',
    loading: 'Đang tải…',
    when: 'Thời gian',
    organizer: 'Cơ quan tổ chức',
    status: 'Trạng thái',
    year: 'Năm tổng kết',
    back: 'Về danh sách hội nghị',
    venue: 'Địa điểm',
    noVenue: 'Chưa có địa điểm',
    guests: 'Số khách mời',
    segments: 'Chương trình',
    noSegments: 'Chưa có nội dung chương trình.',
    connectionPoints: 'Điểm cầu',
    notFound: 'Không tìm thấy hội nghị này.',
  },
  create: {
    title: 'Tạo hội nghị',
    organizerName: 'Tên cơ quan tổ chức',
    kind: 'Loại hội nghị',
    conferenceTitle: 'Tên hội nghị',
    conferenceTitleHint: 'Để trống: hệ thống đề xuất tên theo loại hội nghị và năm.',
    yearReviewed: 'Năm tổng kết',
    yearLaunched: 'Năm phát động',
    startsAt: 'Bắt đầu',
    endsAt: 'Kết thúc',
    timeHint: 'Giờ Việt Nam (UTC+7).',
    format: 'Hình thức',
    submit: 'Tạo hội nghị',
    submitting: 'Đang tạo…',
    errorsTitle: 'Chưa tạo được hội nghị',
    fieldsInError: 'Có {{count}} trường cần sửa, xem thông báo dưới từng trường.',
  },
  kind: {
    'provincial-review': 'Hội nghị tổng kết cấp tỉnh',
    'cluster-review': 'Hội nghị tổng kết cụm, khối thi đua',
    'mid-year-review': 'Hội nghị sơ kết 6 tháng',
    other: 'Hội nghị khác',
  },
  format: { 'in-person': 'Trực tiếp', online: 'Trực tuyến', hybrid: 'Trực tiếp kết hợp trực tuyến' },
  status: {
    draft: 'Bản nháp',
    scheduled: 'Đã lên lịch',
    in_progress: 'Đang diễn ra',
    concluded: 'Đã kết thúc',
    cancelled: 'Đã hủy',
  },
  signing: {
    year: 'năm {{year}}',
    progress: 'Đã ký {{signed}}/{{total}} thành viên',
    parties: 'Các thành viên ký giao ước',
    signed: 'Đã ký',
    unsigned: 'Chưa ký',
    justSigned: '{{unit}} vừa ký ({{name}}): {{signed}}/{{total}}',
    fullySigned: 'Giao ước đã được ký đầy đủ',
    fullySignedAt: 'Hoàn tất lúc {{when}}',
    notFound: 'Không tìm thấy giao ước này.',
  },
  drafts: {
    title: 'Bản tin dự thảo',
    count: '{{formatted}} bản tin',
    empty: 'Chưa có bản tin dự thảo nào.',
    version: 'phiên bản {{version}}',
    newFacts: 'Có thông tin mới',
    change: {
      generated: 'Bản tin mới hoặc vừa cập nhật: {{title}}',
      approved: 'Bản tin vừa được duyệt: {{title}}',
      published: 'Bản tin vừa được đăng: {{title}}',
    },
    status: {
      draft: 'Dự thảo',
      in_review: 'Chờ duyệt',
      approved: 'Đã duyệt',
      published: 'Đã đăng',
      rejected: 'Bị trả lại',
    },
    kind: {
      'covenant-signing': 'Ký kết giao ước thi đua',
      'award-announcement': 'Công bố khen thưởng',
      'conference-report': 'Tường thuật hội nghị',
    },
  },
  error: { generic: 'Đã có lỗi xảy ra.', retry: 'Thử lại', notFound: 'Không có trang này.' },
  awards: awardsVi,
  press: pressVi,
};

type Resources = typeof vi;

const en: Resources = {
  app: { title: 'Emulation and commendation conferences', skip: 'Skip to the main content', language: 'Language' },
  session: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}}',
    needSignIn: 'Please sign in to work with the system.',
  },
  nav: { conferences: 'Conferences', newConference: 'New conference', drafts: 'News drafts', main: 'Main navigation' },
  conferences: {
    title: 'Conferences',
    empty: 'No conferences yet.',
    count: '{{count}} conference(s)',
    loading: 'Loading…',
    when: 'When',
    organizer: 'Organizer',
    status: 'Status',
    year: 'Year under review',
    back: 'Back to the conferences',
    venue: 'Venue',
    noVenue: 'No venue yet',
    guests: 'Guests',
    segments: 'Agenda',
    noSegments: 'No agenda segments yet.',
    connectionPoints: 'Connection points',
    notFound: 'No such conference.',
  },
  create: {
    title: 'New conference',
    organizerName: 'Organizer',
    kind: 'Kind of conference',
    conferenceTitle: 'Title',
    conferenceTitleHint: 'Leave empty to get a title suggested from the kind and years.',
    yearReviewed: 'Year under review',
    yearLaunched: 'Year launched',
    startsAt: 'Starts',
    endsAt: 'Ends',
    timeHint: 'Vietnam time (UTC+7).',
    format: 'Format',
    submit: 'Create the conference',
    submitting: 'Creating…',
    errorsTitle: 'The conference was not created',
    fieldsInError: '{{count}} field(s) to correct: see the message under each.',
  },
  kind: {
    'provincial-review': 'Provincial year-end review',
    'cluster-review': 'Cluster or bloc review',
    'mid-year-review': 'Mid-year review',
    other: 'Other conference',
  },
  format: { 'in-person': 'In person', online: 'Online', hybrid: 'In person and online' },
  status: {
    draft: 'Draft',
    scheduled: 'Scheduled',
    in_progress: 'In progress',
    concluded: 'Concluded',
    cancelled: 'Cancelled',
  },
  signing: {
    year: 'year {{year}}',
    progress: '{{signed}} of {{total}} members have signed',
    parties: 'Members signing the covenant',
    signed: 'Signed',
    unsigned: 'Not signed',
    justSigned: '{{unit}} has just signed ({{name}}): {{signed}}/{{total}}',
    fullySigned: 'The covenant is fully signed',
    fullySignedAt: 'Completed at {{when}}',
    notFound: 'No such covenant.',
  },
  drafts: {
    title: 'News drafts',
    count: '{{formatted}} drafts',
    empty: 'No news drafts yet.',
    version: 'version {{version}}',
    newFacts: 'New information',
    change: {
      generated: 'A draft was written or updated: {{title}}',
      approved: 'A draft was approved: {{title}}',
      published: 'A draft was published: {{title}}',
    },
    status: {
      draft: 'Draft',
      in_review: 'In review',
      approved: 'Approved',
      published: 'Published',
      rejected: 'Sent back',
    },
    kind: {
      'covenant-signing': 'Covenant signing',
      'award-announcement': 'Award announcement',
      'conference-report': 'Conference report',
    },
  },
  error: { generic: 'Something went wrong.', retry: 'Try again', notFound: 'No such page.' },
  awards: awardsEn,
  press: pressEn,
};

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'tdkt.language';

function storedLanguage(): Language {
  const v = globalThis.localStorage?.getItem(STORAGE_KEY);
  return v === 'en' ? 'en' : 'vi';
}

// Vietnamese unless the user switched to English (kept in this browser)
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export function setLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export default i18n;
