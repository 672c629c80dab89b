import type { CovenantSignedData, CovenantTarget } from '@tdkt/contracts';
import { formatNumber, joinList, personWithTitles, pressDate, sentence } from '@tdkt/vietnamese';
import type { DraftContent, Paragraph } from './draft';

/**
 * The news draft about a covenant signing, in the genre of docs/domain.md#the-news-article: a noun-phrase title,
 * a lead with the press-style date, the signatories in party order, the targets.
 */
export function writeCovenantSigningDraft(data: CovenantSignedData, eventId: string): DraftContent {
  const sources = [eventId];
  const parties = [...data.parties].sort((a, b) => a.order - b.order);
  const places = [...new Set(parties.map((p) => p.place).filter(Boolean))];
  const where = places.length === 1 ? `, tại ${places[0]}` : '';
  const paragraphs: Paragraph[] = [
    {
      role: 'lead',
      text: sentence(
        `${pressDate(data.fullySignedAt, { withTimeOfDay: true })}${where}, ${parties.length} đơn vị thuộc ${data.clusterName} ` +
          `đã ký kết ${data.title}`,
      ),
      sources,
    },
    {
      role: 'signatories',
      text: sentence(
        `Tham gia ký kết có các đồng chí: ${parties
          .map((p) => `${personWithTitles(p.signatory.name, p.signatory.titles)}, đại diện ${p.unitName}`)
          .join('; ')}`,
      ),
      sources,
    },
  ];
  if (data.targets?.length) {
    paragraphs.push({
      role: 'targets',
      text: sentence(
        `Theo giao ước, các đơn vị cam kết phấn đấu đạt các chỉ tiêu: ${data.targets.map(target).join('; ')}`,
      ),
      sources,
    });
  }
  paragraphs.push({
    role: 'caption',
    text: sentence(`Ảnh: Đại diện lãnh đạo ${joinList(parties.map((p) => p.unitName))} ký kết ${data.title}`),
    sources,
  });
  return { title: `${data.clusterName} ký kết giao ước thi đua năm ${data.year}`, paragraphs };
}

function target(t: CovenantTarget): string {
  const unit = t.unit.trim();
  const value = formatNumber(t.targetValue);
  return `${t.name} ${unit === '%' ? `${value}%` : `${value} ${unit}`}`;
}

/** Which draft a signed covenant writes: its signing news, filed under the cluster. */
export const covenantTarget = (d: CovenantSignedData) => ({
  kind: 'covenant-signing' as const,
  subjectId: d.covenantId,
  organizations: [d.clusterName],
});
