import { unitInSentence } from './admin-units';
import { foldDiacritics } from './fold';
import { personWithTitles } from './lists';
import { normalizeDashes } from './dashes';

// Party posts come before state posts (docs/domain.md#protocol-order).
const PARTY_TITLE =
  /^(bi thu|pho bi thu|uy vien (ban thuong vu|btv|ban chap hanh|bch)|uy vien bo chinh tri|uy vien trung uong)/;
const key = (s: string) => foldDiacritics(normalizeDashes(s)).replace(/\s+/g, ' ').trim();

/**
 * A person's titles in protocol order: Party posts first, then the others, each group in the
 * order given ("Chủ tịch UBND tỉnh, Phó Bí thư Tỉnh ủy" → "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh").
 */
export function titlesInProtocolOrder(titles: readonly string[]): string[] {
  const party = titles.filter((t) => PARTY_TITLE.test(key(t)));
  return [...party, ...titles.filter((t) => !PARTY_TITLE.test(key(t)))];
}

/** A person as lists and captions name them, titles in protocol order: "Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh". */
export function personInProtocolOrder(name: string, titles: readonly string[] = []): string {
  return personWithTitles(name, titlesInProtocolOrder(titles));
}

/** The part of a unit's name that identifies it: "Tỉnh Lạng Sơn" → "lang son", "UBND huyện Bắc Quang" → "bac quang". */
function identity(unitName: string): string {
  return key(unitName)
    .replace(/^(ubnd|uy ban nhan dan|hdnd)\s+/, '')
    .replace(/^(tinh|thanh pho|huyen|quan|thi xa|thi tran|phuong|xa|dac khu)\s+/, '');
}

/**
 * A signatory as the press names them: name, titles in protocol order, and "đại diện <unit>"
 * only when neither says the unit already. "Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn" (not
 * "…, đại diện Tỉnh Lạng Sơn"); "Lò Văn A, Giám đốc, đại diện Sở Nội vụ".
 */
export function personRepresenting(name: string, titles: readonly string[], unitName: string): string {
  const who = personInProtocolOrder(name, titles);
  const unit = identity(unitName);
  if (unit === '' || key(who).includes(unit)) return who;
  return `${who}, đại diện ${unitInSentence(unitName)}`;
}
