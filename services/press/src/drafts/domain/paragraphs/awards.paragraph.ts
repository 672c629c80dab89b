import { sentence } from '@tdkt/vietnamese';
import type { AwardGroup } from '../../../read-model/domain/award-tally';
import type { Paragraph } from '../draft';
import { awardPhrase } from './award-phrase';

/**
 * The award counts grouped by award, highest rank first, collectives and individuals apart
 * (docs/domain.md#article-structure, item 7): "Nhân dịp này, 22 cá nhân được trao tặng danh hiệu “Nhà giáo ưu tú”; 9 tập
 * thể nhận Cờ thi đua của Chính phủ; 5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ."
 */
export function awardsParagraph(
  groups: AwardGroup[],
  opening = 'Nhân dịp này',
  decisionSources: string[] = [],
): Paragraph | undefined {
  if (groups.length === 0) return undefined;
  return {
    role: 'awards',
    text: sentence(`${opening}, ${groups.map(awardPhrase).join('; ')}`),
    sources: [...new Set([...decisionSources, ...groups.flatMap((g) => g.sources)])],
  };
}
