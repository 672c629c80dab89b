import type { CovenantSignedData, CovenantTarget } from '@tdkt/contracts';
import { formatNumber, leadDate, personRepresenting, sentence, unitInSentence, unitList } from '@tdkt/vietnamese';
import type { DraftContent, Paragraph } from './draft';

/**
 * The news draft about a covenant signing, in the genre of docs/domain.md#the-news-article: a noun-phrase title,
 * a lead with the press-style date, the signatories in party order, the targets.
 */
export function writeCovenantSigningDraft(data: CovenantSignedData, eventId: string): DraftContent {
  const sources = [eventId];
  const parties = [...data.parties].sort((a, b) => a.order - b.order);
  const places = [...new Set(parties.map((p) => p.place).filter(Boolean))];
  const where = places.length === 1 ? `, tại ${unitInSentence(places[0]!)}` : '';
  const paragraphs: Paragraph[] = [
    {
      role: 'lead',
      text: sentence(
        `${leadDate(data.fullySignedAt)}${where}, ${parties.length} đơn vị thuộc ${data.clusterName} ` +
          `đã ký kết ${data.title}`,
      ),
      sources,
    },
    {
      role: 'signatories',
      text: sentence(
        `Tham gia ký kết có các đồng chí: ${parties
          .map((p) => personRepresenting(p.signatory.name, p.signatory.titles, p.unitName))
          .join('; ')}`,
      ),
      sources,
    },
  ];
  if (data.targets?.length) {
    paragraphs.push({
      role: 'targets',
      text: sentence(
        `Theo giao ước, các đơn vị cam kết phấn đấu thực hiện các chỉ tiêu chủ yếu: ${data.targets.map(target).join('; ')}`,
      ),
      sources,
    });
  }
  paragraphs.push({
    role: 'caption',
    text: sentence(`Ảnh: Đại diện lãnh đạo ${unitList(parties.map((p) => p.unitName))} ký kết ${data.title}`),
    sources,
  });
  return { title: `${data.clusterName} ký kết giao ước thi đua năm ${data.year}`, paragraphs };
}

// a target whose name ends with its own verb or bound ("Tỷ lệ hộ nghèo giảm", "Thu hút") takes
// no "đạt": "Tỷ lệ hộ nghèo giảm 4,4%", but "Tăng trưởng GRDP đạt 7,5%" (Hà Giang 2024)
const OWN_VERB = /\s(đạt|giảm|tăng|thu hút|còn|trên|dưới|tối thiểu|ít nhất|không quá|không dưới|từ)$/iu;

/**
 * "Thu ngân sách nhà nước trên địa bàn đạt 2.460 tỷ đồng", "Tỷ lệ hộ nghèo giảm 4,4%"; a qualitative
 * target, without a figure ("Thực hiện có hiệu quả các phong trào thi đua do Thủ tướng Chính phủ
 * phát động"), is its statement alone — ready for when the covenant contract carries them.
 */
export function target(
  t: Pick<CovenantTarget, 'name'> & Partial<Pick<CovenantTarget, 'unit' | 'targetValue'>>,
): string {
  const name = t.name.normalize('NFC').trim();
  if (typeof t.targetValue !== 'number' || !Number.isFinite(t.targetValue)) return name;
  const unit = (t.unit ?? '').trim();
  const value = formatNumber(t.targetValue);
  const amount = unit === '%' || unit === '' ? `${value}${unit}` : `${value} ${unit}`;
  return `${name}${OWN_VERB.test(` ${name}`) ? '' : ' đạt'} ${amount}`;
}

/** Which draft a signed covenant writes: its signing news, filed under the cluster. */
export const covenantTarget = (d: CovenantSignedData) => ({
  kind: 'covenant-signing' as const,
  subjectId: d.covenantId,
  organizations: [d.clusterName],
});
