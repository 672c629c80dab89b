import { formatCount } from './numbers';
import { quote, typographicQuotes } from './quotes';

export interface RecipientCounts {
  collectives?: number;
  individuals?: number;
  households?: number;
}

/** "5 tập thể, 15 cá nhân" — collectives, individuals, households, the ones that are not zero. */
export function recipientCounts(c: RecipientCounts): string {
  const parts: string[] = [];
  if (c.collectives) parts.push(formatCount(c.collectives, 'tập thể'));
  if (c.individuals) parts.push(formatCount(c.individuals, 'cá nhân'));
  if (c.households) parts.push(formatCount(c.households, 'hộ gia đình'));
  return parts.join(', ');
}

/**
 * One award and who received it, the award named once after all its recipients, as the seed
 * articles write it: "5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ"; a title in
 * quotes after "danh hiệu": "22 cá nhân được trao tặng danh hiệu “Nhà giáo ưu tú”".
 */
export function awardCount(c: RecipientCounts, awardName: string, announceAs: 'title' | 'object'): string {
  const who = recipientCounts(c);
  return announceAs === 'title'
    ? `${who} được trao tặng danh hiệu ${quote(awardName)}`
    : `${who} nhận ${typographicQuotes(awardName.trim())}`;
}
