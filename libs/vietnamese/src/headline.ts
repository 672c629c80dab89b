import { cleanText } from './clean-text';
import { midSentence } from './capitals';

// "Hội nghị", "Hội nghị trực tuyến", "Hội nghị trực tiếp kết hợp trực tuyến" before what it does
const CONFERENCE = /^hội nghị(\s+(trực tuyến|trực tiếp kết hợp trực tuyến|trực tiếp))?\s+/iu;

/**
 * A news headline in the seed articles' pattern: the place, then what the conference did, up to
 * the year it reviews — "Hà Giang tổng kết phong trào thi đua, công tác khen thưởng và công bố
 * kết quả cải cách hành chính năm 2023" from "Hội nghị tổng kết … năm 2023 các sở, ban, ngành, …".
 * Undefined when the conference's name does not begin with "Hội nghị" or does not name the year:
 * the caller says it another way.
 */
export function conferenceHeadline(place: string, conferenceTitle: string, year: number): string | undefined {
  const title = cleanText(conferenceTitle);
  const m = CONFERENCE.exec(title);
  if (!m) return undefined;
  const rest = title.slice(m[0].length);
  const marker = `năm ${year}`;
  const at = rest.indexOf(marker);
  if (at < 0) return undefined;
  const what = rest.slice(0, at + marker.length).replace(/[\s,;:]+$/u, '');
  return cleanText(`${place} ${midSentence(what)}`);
}
