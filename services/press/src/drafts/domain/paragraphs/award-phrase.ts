import { formatCount, joinList, quote, typographicQuotes } from '@tdkt/vietnamese';
import type { AwardGroup } from '../../../read-model/domain/award-tally';

// Award forms are objects one receives ("nhận Bằng khen …"); everything else is a title one is
// conferred ("được trao tặng danh hiệu “Nhà giáo ưu tú”"). The contract carries no such flag.
const OBJECTS = /^(Huân chương|Huy chương|Cờ thi đua|Bằng khen|Giấy khen|Huy hiệu|Kỷ niệm chương)/u;

export const isTitleAward = (name: string): boolean => !OBJECTS.test(name.normalize('NFC').trim());

/** "5 tập thể, 15 cá nhân" — collectives, individuals, households, the ones that are not zero. */
export function recipientsCount(g: Pick<AwardGroup, 'collectives' | 'individuals' | 'households'>): string {
  const parts: string[] = [];
  if (g.collectives) parts.push(formatCount(g.collectives, 'tập thể'));
  if (g.individuals) parts.push(formatCount(g.individuals, 'cá nhân'));
  if (g.households) parts.push(formatCount(g.households, 'hộ gia đình'));
  return parts.join(', ');
}

/** How the award is named in a sentence: "Cờ thi đua của Chính phủ" / "danh hiệu “Nhà giáo ưu tú”". */
export const awardName = (name: string): string =>
  isTitleAward(name) ? `danh hiệu ${quote(name)}` : typographicQuotes(name.trim());

/** "5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ"; "22 cá nhân được trao tặng danh hiệu “Nhà giáo ưu tú”". */
export function awardPhrase(g: AwardGroup): string {
  const verb = isTitleAward(g.awardType.name) ? 'được trao tặng' : 'nhận';
  return `${recipientsCount(g)} ${verb} ${awardName(g.awardType.name)}`;
}

/** "các tập thể, cá nhân" — who receives, for captions. */
export function recipientsKinds(g: AwardGroup): string {
  const kinds = [g.collectives && 'tập thể', g.individuals && 'cá nhân', g.households && 'hộ gia đình'].filter(
    (k): k is string => !!k,
  );
  return `các ${joinList(kinds).replace(' và ', ', ')}`;
}
