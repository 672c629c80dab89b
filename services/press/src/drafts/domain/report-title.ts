import type { ConferenceKind } from '@tdkt/contracts';
import { nfc } from '@tdkt/vietnamese';

// "UBND tỉnh Sơn La" → "Sơn La": a news title names the place, as the seeds do ("Hà Giang tổng kết …").
const ORGANIZER_PREFIX = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố)\s+/iu;

export function placeOf(organizerName: string): string {
  return nfc(organizerName).trim().replace(ORGANIZER_PREFIX, '');
}

/** The report's title, a noun phrase without a final period: "Sơn La tổng kết công tác thi đua, khen thưởng năm 2023". */
export function reportTitle(organizerName: string, kind: ConferenceKind, yearReviewed: number): string {
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
