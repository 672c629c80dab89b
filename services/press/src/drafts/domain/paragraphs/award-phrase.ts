import type { AwardTypeRef } from '@tdkt/contracts';
import { awardCount, joinList, quote, recipientCounts, typographicQuotes } from '@tdkt/vietnamese';
import type { AwardGroup } from '../../../read-model/domain/award-tally';

// Award forms are objects one receives ("nhận Bằng khen …"); everything else is a title one is
// conferred ("được trao tặng danh hiệu “Nhà giáo ưu tú”"). The catalog says which (announceAs);
// events from before it said so are read by the award's name.
const OBJECTS = /^(Huân chương|Huy chương|Cờ thi đua|Bằng khen|Giấy khen|Huy hiệu|Kỷ niệm chương)/u;

export const isTitleAward = (name: string): boolean => !OBJECTS.test(name.normalize('NFC').trim());

const announceAs = (t: Pick<AwardTypeRef, 'name' | 'announceAs'>): 'title' | 'object' =>
  t.announceAs ?? (isTitleAward(t.name) ? 'title' : 'object');

/** "5 tập thể, 15 cá nhân" — collectives, individuals, households, the ones that are not zero. */
export const recipientsCount = (g: Pick<AwardGroup, 'collectives' | 'individuals' | 'households'>): string =>
  recipientCounts(g);

/** How the award is named in a sentence: "Cờ thi đua của Chính phủ" / "danh hiệu “Nhà giáo ưu tú”". */
export const awardName = (name: string, type?: Pick<AwardTypeRef, 'announceAs'>): string =>
  announceAs({ name, announceAs: type?.announceAs }) === 'title'
    ? `danh hiệu ${quote(name)}`
    : typographicQuotes(name.trim());

/** "5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ"; "22 cá nhân được trao tặng danh hiệu “Nhà giáo ưu tú”". */
export function awardPhrase(g: AwardGroup): string {
  return awardCount(g, g.awardType.name, announceAs(g.awardType));
}

/** "các tập thể, cá nhân" — who receives, for captions. */
export function recipientsKinds(g: AwardGroup): string {
  const kinds = [g.collectives && 'tập thể', g.individuals && 'cá nhân', g.households && 'hộ gia đình'].filter(
    (k): k is string => !!k,
  );
  return `các ${joinList(kinds).replace(' và ', ', ')}`;
}
