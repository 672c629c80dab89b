import type { ConferenceKind } from '@tdkt/contracts';

/**
 * The full Vietnamese name of the conference, suggested from its kind and years (docs/domain.md#conference-kinds-and-formats);
 * organizers may edit it.
 */
export function suggestTitle(
  kind: ConferenceKind,
  yearReviewed: number,
  yearLaunched: number,
  organizerName: string,
): string {
  const review = `công tác thi đua, khen thưởng năm ${yearReviewed}`;
  const launch = yearLaunched !== yearReviewed ? `, triển khai nhiệm vụ năm ${yearLaunched}` : '';
  switch (kind) {
    case 'provincial-review':
      return `Hội nghị tổng kết ${review}${launch}`;
    case 'cluster-review':
      // not "… và ký kết giao ước thi đua": many cluster conferences sign none; the organizer who
      // signs one says so in the title
      return `Hội nghị tổng kết ${review} ${organizerName.trim()}${launch}`.normalize('NFC');
    case 'mid-year-review':
      return `Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${yearReviewed}`;
    default:
      return `Hội nghị ${review}${launch}`;
  }
}
