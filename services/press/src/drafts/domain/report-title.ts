import type { ConferenceKind } from '@tdkt/contracts';
import { conferenceHeadline, nfc } from '@tdkt/vietnamese';

// "UBND tỉnh Sơn La" → "Sơn La": a news title names the place, as the seeds do ("Hà Giang tổng kết …").
const ORGANIZER_PREFIX = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố)\s+/iu;

export function placeOf(organizerName: string): string {
  return nfc(organizerName).trim().replace(ORGANIZER_PREFIX, '');
}

/**
 * The report's title, a noun phrase without a final period, in the articles' pattern: the place and
 * what the conference did up to the year reviewed, from its name ("Hà Giang tổng kết phong trào thi
 * đua, công tác khen thưởng và công bố kết quả cải cách hành chính năm 2023"); from its kind when
 * the name cannot be read so ("Sơn La tổng kết công tác thi đua, khen thưởng năm 2023").
 */
export function reportTitle(
  organizerName: string,
  kind: ConferenceKind,
  yearReviewed: number,
  conferenceTitle?: string,
): string {
  const fromName = conferenceTitle && conferenceHeadline(placeOf(organizerName), conferenceTitle, yearReviewed);
  if (fromName) return fromName;
  const what =
    kind === 'mid-year-review'
      ? `sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${yearReviewed}`
      : `tổng kết công tác thi đua, khen thưởng năm ${yearReviewed}`;
  return nfc(`${placeOf(organizerName)} ${what}`);
}

/** The award announcement's title: "Sơn La khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2023". */
export function awardsTitle(organizerName: string, yearReviewed: number): string {
  return nfc(`${placeOf(organizerName)} khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm ${yearReviewed}`);
}
