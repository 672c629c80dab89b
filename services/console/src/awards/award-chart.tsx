import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format';
import { currentLanguage } from '../i18n';
import type { AwardCountView } from './views';

const BAR = 22;
const GAP = 30;

/**
 * Horizontal bars, one per award type in rank order, drawn as plain SVG (no chart library:
 * @mantine/charts is not installed and the bars are simple). The figure is labelled and each
 * bar names its award and count in text, so nothing is told by colour or length alone; the
 * table beside it holds the same numbers for screen readers. Widths are percentages: it fits 360 px.
 */
export function AwardChart({ items }: { items: AwardCountView[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const max = Math.max(1, ...items.map((i) => i.total));
  const height = items.length * (BAR + GAP);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 8 }}>{t('awards.statistics.chart')}</figcaption>
      <svg width="100%" height={height} role="img" aria-label={t('awards.statistics.chart')}>
        {items.map((item, i) => {
          const y = i * (BAR + GAP);
          const pct = (item.total / max) * 80;
          return (
            <g key={item.awardType.code}>
              <text x="0" y={y + 14} fontSize="13" fill="#1a1b1e">
                {item.awardType.name}
              </text>
              <rect x="0" y={y + 20} width={`${Math.max(pct, 0.5)}%`} height={BAR - 6} rx="2" fill="#1c5d99" />
              <text x={`${Math.max(pct, 0.5) + 1.5}%`} y={y + 33} fontSize="13" fill="#1a1b1e">
                {formatInteger(item.total, lang)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
