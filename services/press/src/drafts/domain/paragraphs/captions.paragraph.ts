import type { AgendaSegment, MovementLaunchedData } from '@tdkt/contracts';
import { personWithTitles, sentence } from '@tdkt/vietnamese';
import type { AwardGroup } from '../../../read-model/domain/award-tally';
import type { CovenantView } from '../../../read-model/domain/covenant-facts';
import type { Sourced } from '../../../read-model/domain/sourced';
import type { Paragraph } from '../draft';
import { awardName, recipientsKinds } from './award-phrase';

export interface CaptionFacts {
  organizerName: string;
  segments: AgendaSegment[];
  agendaEventId?: string;
  awards: AwardGroup[];
  movement?: Sourced<MovementLaunchedData>;
  covenants: CovenantView[];
  hasAttendees: boolean;
  attendeeSources: string[];
}

/**
 * Photo caption suggestions (docs/domain.md#article-structure, item 9), one paragraph each: "Ảnh: Đồng chí …, chức vụ,
 * thừa ủy quyền của Thủ tướng Chính phủ trao Cờ thi đua của Chính phủ cho các tập thể."
 * The presenter is the award presentation segment's single presenter when there is one; the
 * contracts do not say who presents which award, so otherwise "Lãnh đạo …".
 */
export function captionParagraphs(f: CaptionFacts): Paragraph[] {
  const out: Paragraph[] = [];
  if (f.hasAttendees)
    out.push({ role: 'caption:attendees', text: 'Ảnh: Các đại biểu dự hội nghị.', sources: f.attendeeSources });
  const presentation = f.segments.find((s) => s.kind === 'award-presentation');
  const presenter = presentation?.presenters.length === 1 ? presentation.presenters[0] : undefined;
  const who = presenter
    ? `Đồng chí ${personWithTitles(presenter.name, presenter.titles)}`
    : `Lãnh đạo ${f.organizerName}`;
  for (const g of f.awards) {
    const behalf = g.presentedOnBehalfOf ? ` thừa ủy quyền của ${g.presentedOnBehalfOf}` : '';
    out.push({
      role: `caption:award:${g.awardType.code}`,
      text: sentence(`Ảnh: ${who}${behalf} trao ${awardName(g.awardType.name)} cho ${recipientsKinds(g)}`),
      sources: [...(presenter && f.agendaEventId ? [f.agendaEventId] : []), ...g.sources],
    });
  }
  if (f.movement) {
    const m = f.movement.data;
    out.push({
      role: 'caption:movement',
      text: sentence(
        `Ảnh: Đồng chí ${personWithTitles(m.launchedBy.name, m.launchedBy.titles)} phát động phong trào thi đua năm ${m.year}`,
      ),
      sources: [f.movement.eventId],
    });
  }
  for (const c of f.covenants.filter((x) => x.fullySigned)) {
    out.push({
      role: `caption:covenant:${c.covenantId}`,
      text: sentence(`Ảnh: Đại diện lãnh đạo các đơn vị ký kết ${c.title}`),
      sources: c.sources,
    });
  }
  return out;
}
