import type { AgendaSegment, MovementLaunchedData } from '@tdkt/contracts';
import { onBehalfOf, personInProtocolOrder, sentence } from '@tdkt/vietnamese';
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
 * The presenter is the award presentation segment's single presenter when there is one; otherwise
 * no one is named (the organizer as a body presents nothing: docs/domain.md#style-rules), and neither is
 * on whose behalf, which is said after the presenter's name and titles, once.
 */
export function captionParagraphs(f: CaptionFacts): Paragraph[] {
  const out: Paragraph[] = [];
  if (f.hasAttendees)
    out.push({ role: 'caption:attendees', text: 'Ảnh: Các đại biểu dự hội nghị.', sources: f.attendeeSources });
  const presentation = f.segments.find((s) => s.kind === 'award-presentation');
  const presenter = presentation?.presenters.length === 1 ? presentation.presenters[0] : undefined;
  const who = presenter ? `Đồng chí ${personInProtocolOrder(presenter.name, presenter.titles)}` : undefined;
  for (const g of f.awards) {
    const behalf = onBehalfOf(g.presentedOnBehalfOf);
    const what = `${awardName(g.awardType.name, g.awardType)} cho ${recipientsKinds(g)}`;
    out.push({
      role: `caption:award:${g.awardType.code}`,
      text: sentence(who ? `Ảnh: ${who}${behalf ? ` ${behalf}` : ''} trao ${what}` : `Ảnh: Trao ${what}`),
      sources: [...(presenter && f.agendaEventId ? [f.agendaEventId] : []), ...g.sources],
    });
  }
  if (f.movement) {
    const m = f.movement.data;
    out.push({
      role: 'caption:movement',
      text: sentence(
        `Ảnh: Đồng chí ${personInProtocolOrder(m.launchedBy.name, m.launchedBy.titles)} phát động phong trào thi đua năm ${m.year}`,
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
