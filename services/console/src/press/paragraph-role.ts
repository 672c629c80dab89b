import type { TFunction } from 'i18next';

const KNOWN = new Set([
  'lead',
  'signatories',
  'targets',
  'caption',
  'decisions',
  'awards',
  'connection-points',
  'attendees',
  'results',
  'announced-results',
  'presentations',
  'speech',
  'theme',
  'prizes',
  'covenant',
  'handover',
]);

/**
 * A paragraph's role as a reader names it: "speech:5" → "Phát biểu", "caption:award:X" → "Chú
 * thích ảnh" (services/press README lists the roles); an editor's own role is shown as typed.
 */
export function paragraphLabel(role: string, t: TFunction): string {
  const head = role.split(':')[0]!;
  return KNOWN.has(head) ? t(`press.role.${head}`) : t('press.role.other', { role });
}
