import type { DecisionIssuedData } from '@tdkt/contracts';
import { officialDate, sentence, unitInSentence } from '@tdkt/vietnamese';
import type { Sourced } from '../../../read-model/domain/sourced';
import type { Paragraph } from '../draft';

/** "Căn cứ Quyết định số 231/QĐ-TTg ngày 25 tháng 01 năm 2024 của Thủ tướng Chính phủ; …" */
export function decisionsParagraph(decisions: Sourced<DecisionIssuedData>[]): Paragraph | undefined {
  if (decisions.length === 0) return undefined;
  const list = decisions.map(
    (d) =>
      `Quyết định số ${d.data.number} ${officialDate(`${d.data.date}T12:00:00+07:00`)} của ${unitInSentence(d.data.authority)}`,
  );
  return {
    role: 'decisions',
    text: sentence(`Các tập thể, cá nhân được khen thưởng theo ${list.join('; ')}`),
    sources: decisions.map((d) => d.eventId),
  };
}
