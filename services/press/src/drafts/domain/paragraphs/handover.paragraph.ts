import type { AgendaSegment } from '@tdkt/contracts';
import { midSentence, personInProtocolOrder, sentence } from '@tdkt/vietnamese';
import type { Paragraph } from '../draft';

/**
 * The cluster head handover (bàn giao Cụm trưởng), known only as an agenda segment: its title
 * and presenters. The contracts carry no "new head elected" event; the segment's title says it.
 */
export function handoverParagraph(segments: AgendaSegment[], agendaEventId?: string): Paragraph | undefined {
  const s = segments.find((x) => x.kind === 'cluster-head-handover' && x.status !== 'skipped');
  if (!s || !agendaEventId) return undefined;
  const title = midSentence(s.title);
  const who = s.presenters.length
    ? `, với sự tham gia của các đồng chí: ${s.presenters.map((p) => personInProtocolOrder(p.name, p.titles)).join('; ')}`
    : '';
  return { role: 'handover', text: sentence(`Hội nghị đã tiến hành ${title}${who}`), sources: [agendaEventId] };
}
