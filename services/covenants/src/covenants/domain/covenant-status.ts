/**
 * drafted → fully_signed (every party signed) → evaluated (year-end ranking). A draft may be
 * cancelled; a fully signed version is superseded when its amendment is fully signed.
 */
export type CovenantStatus = 'drafted' | 'fully_signed' | 'cancelled' | 'superseded' | 'evaluated';

export const COVENANT_STATUSES: readonly CovenantStatus[] = [
  'drafted',
  'fully_signed',
  'cancelled',
  'superseded',
  'evaluated',
];

export function statusVi(status: CovenantStatus): string {
  return {
    drafted: 'đang dự thảo',
    fully_signed: 'đã được ký đủ',
    cancelled: 'đã bị hủy',
    superseded: 'đã được thay thế bằng văn bản sửa đổi',
    evaluated: 'đã được đánh giá, xếp hạng',
  }[status];
}
