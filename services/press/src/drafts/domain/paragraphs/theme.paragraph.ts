import type { MovementLaunchedData } from '@tdkt/contracts';
import { personInProtocolOrder, quote, sentence, typographicQuotes } from '@tdkt/vietnamese';
import type { Sourced } from '../../../read-model/domain/sourced';
import type { Paragraph } from '../draft';

/** The launch of next year's movement, its theme in typographic quotes (docs/domain.md#article-structure, item 6). */
export function themeParagraph(movement?: Sourced<MovementLaunchedData>): Paragraph | undefined {
  if (!movement) return undefined;
  const m = movement.data;
  const what = m.movementName ? typographicQuotes(m.movementName) : `phong trào thi đua năm ${m.year}`;
  return {
    role: 'theme',
    text: sentence(
      `Tại hội nghị, đồng chí ${personInProtocolOrder(m.launchedBy.name, m.launchedBy.titles)} phát động ${what} với chủ đề ${quote(m.theme)}`,
    ),
    sources: [movement.eventId],
  };
}
