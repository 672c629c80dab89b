import { foldDiacritics } from '@tdkt/vietnamese';
import type { RecipientKind } from '../../catalog/domain/award-type';

/** The columns of an award list, and the headers provinces write for them (compared folded). */
export const COLUMNS = {
  name: [
    'ho va ten',
    'ho ten',
    'ten',
    'ten tap the',
    'ho va ten / ten tap the',
    'ho ten / ten tap the',
    'ten ca nhan, tap the',
    'name',
  ],
  kind: ['loai', 'loai doi tuong', 'doi tuong', 'kind'],
  titles: ['chuc vu', 'chuc danh', 'chuc vu, chuc danh', 'titles'],
  unit: ['don vi', 'don vi cong tac', 'co quan, don vi', 'co quan don vi', 'unit'],
  awardType: [
    'hinh thuc khen thuong',
    'hinh thuc',
    'danh hieu',
    'hinh thuc / danh hieu',
    'danh hieu / hinh thuc',
    'ma hinh thuc',
    'awardtype',
    'award type',
  ],
  achievement: ['thanh tich', 'achievement'],
  achievementYear: ['nam thanh tich', 'achievementyear', 'achievement year'],
  posthumous: ['truy tang', 'posthumous'],
  recipientId: ['ma doi tuong', 'recipientid', 'recipient id'],
} as const;
export type Column = keyof typeof COLUMNS;
export const REQUIRED: Column[] = ['name', 'kind', 'awardType'];
export const COLUMN_LABELS: Record<Column, string> = {
  name: 'Họ và tên / Tên tập thể',
  kind: 'Loại',
  titles: 'Chức vụ',
  unit: 'Đơn vị',
  awardType: 'Hình thức khen thưởng',
  achievement: 'Thành tích',
  achievementYear: 'Năm thành tích',
  posthumous: 'Truy tặng',
  recipientId: 'Mã đối tượng',
};

const fold = (s: string) => foldDiacritics(s).replace(/\s+/g, ' ').trim();

/** Which column a header cell names, if any. */
export function columnOf(header: string): Column | undefined {
  const h = fold(header);
  return (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(h));
}

const KINDS: Record<string, RecipientKind> = {
  'ca nhan': 'individual',
  cn: 'individual',
  individual: 'individual',
  'tap the': 'collective',
  tt: 'collective',
  collective: 'collective',
  'ho gia dinh': 'household',
  ho: 'household',
  hgd: 'household',
  household: 'household',
};
export const kindOf = (s: string): RecipientKind | undefined => KINDS[fold(s)];

const YES = new Set(['x', 'co', 'yes', 'true', '1', 'truy tang']);
const NO = new Set(['', 'khong', 'no', 'false', '0']);
export function yesNo(s: string): boolean | undefined {
  const v = fold(s);
  return YES.has(v) ? true : NO.has(v) ? false : undefined;
}
