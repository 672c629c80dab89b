import { formatCount, joinList, sentence, unitInSentence } from '@tdkt/vietnamese';
import type { ConferenceView } from '../../../read-model/domain/conference-facts';
import type { Paragraph } from '../draft';

/** An online or hybrid conference: "Hội nghị được tổ chức theo hình thức trực tuyến, kết nối tới 8 điểm cầu: …". */
export function connectionPointsParagraph(c: ConferenceView, sources: string[]): Paragraph | undefined {
  if (c.format === 'in-person' || c.connectionPoints.length === 0) return undefined;
  const how = c.format === 'online' ? 'trực tuyến' : 'trực tiếp kết hợp trực tuyến';
  const points = c.connectionPoints.map((p) => `${unitInSentence(p.hostUnit)} (${unitInSentence(p.location)})`);
  return {
    role: 'connection-points',
    text: sentence(
      `Hội nghị được tổ chức theo hình thức ${how}, kết nối tới ${formatCount(points.length, 'điểm cầu')}: ${joinList(points)}`,
    ),
    sources,
  };
}
