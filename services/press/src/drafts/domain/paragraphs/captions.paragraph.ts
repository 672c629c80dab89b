import type {
  AgendaSegment,
  AwardPresentationFact,
  CeremonyFactRecordedData,
  MovementLaunchedData,
  PersonRef,
} from '@tdkt/contracts';
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
  /** the ceremony's facts; those saying who presented an award group name its caption's presenters */
  ceremony?: Sourced<CeremonyFactRecordedData>[];
}

// titles hold commas: two presenters are joined by "và đồng chí", more are listed with semicolons
const presenterPhrase = (ps: readonly PersonRef[]) => {
  const named = ps.map((p) => personInProtocolOrder(p.name, p.titles));
  return named.length <= 2 ? `Đồng chí ${named.join(' và đồng chí ')}` : `Các đồng chí: ${named.join('; ')}`;
};

/**
 * Photo caption suggestions (docs/domain.md#article-structure, item 9), one paragraph each: "Ảnh: Đồng chí …, chức vụ,
 * thừa ủy quyền của Thủ tướng Chính phủ trao Cờ thi đua của Chính phủ cho các tập thể."
 * The presenters are those the organizer entered for that award group (the ceremony's
 * `award-presentation` fact, with its "on behalf of"), else the award presentation segment's single
 * presenter when there is one; otherwise no one is named (the organizer as a body presents nothing: docs/domain.md#style-rules), and neither is
 * on whose behalf, which is said after the presenter's name and titles, once.
 */
export function captionParagraphs(f: CaptionFacts): Paragraph[] {
  const out: Paragraph[] = [];
  if (f.hasAttendees)
    out.push({ role: 'caption:attendees', text: 'Ảnh: Các đại biểu dự hội nghị.', sources: f.attendeeSources });
  const presentation = f.segments.find((s) => s.kind === 'award-presentation');
  const presenter = presentation?.presenters.length === 1 ? presentation.presenters[0] : undefined;
  const who = presenter ? `Đồng chí ${personInProtocolOrder(presenter.name, presenter.titles)}` : undefined;
  const entered = new Map<string, Sourced<AwardPresentationFact>>();
  for (const c of f.ceremony ?? []) {
    if (c.data.fact.kind === 'award-presentation')
      entered.set(c.data.fact.awardTypeCode, { ...c, data: c.data.fact as AwardPresentationFact });
  }
  for (const g of f.awards) {
    const given = entered.get(g.awardType.code);
    const behalf = onBehalfOf(given ? given.data.onBehalfOf : g.presentedOnBehalfOf);
    const by = given ? presenterPhrase(given.data.presenters) : who;
    const what = `${awardName(g.awardType.name, g.awardType)} cho ${recipientsKinds(g)}`;
    const bySources = given ? [given.eventId] : presenter && f.agendaEventId ? [f.agendaEventId] : [];
    out.push({
      role: `caption:award:${g.awardType.code}`,
      text: sentence(by ? `Ảnh: ${by}${behalf ? ` ${behalf}` : ''} trao ${what}` : `Ảnh: Trao ${what}`),
      sources: [...bySources, ...g.sources],
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
