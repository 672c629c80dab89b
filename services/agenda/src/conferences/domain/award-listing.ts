import type { AwardTypeRef, DecisionRef, RecipientKind, RecipientRef } from '@tdkt/contracts';
import { compareVietnamese, formatNumber, joinList, personWithTitles } from '@tdkt/vietnamese';
import type { Presenter } from './segment';

/** An award conferred for presentation at this conference (from `awards.award-conferred.v1`). */
export interface ConferredAward {
  awardId: string;
  awardType: AwardTypeRef;
  recipient: RecipientRef;
  decision: DecisionRef;
  presentedOnBehalfOf?: string;
}

export interface AwardGroup {
  awardType: AwardTypeRef;
  counts: { collectives: number; individuals: number; households: number; total: number };
  /** "Chủ tịch nước", "Thủ tướng Chính phủ": on whose behalf it is presented */
  onBehalfOf: string[];
  presenter?: Presenter;
  decisions: string[];
  recipients: RecipientRef[];
  /** "Huân chương Lao động hạng Ba: 2 tập thể và 1 cá nhân" */
  summary: string;
  /** "Đồng chí …, Chủ tịch UBND tỉnh, thừa ủy quyền của Chủ tịch nước trao Huân chương … cho 2 tập thể và 1 cá nhân" */
  presentation: string;
}

const KIND_ORDER: Record<RecipientKind, number> = { collective: 0, individual: 1, household: 2 };

/** "thừa ủy quyền của Chủ tịch nước" and "Chủ tịch nước" name the same principal. */
export function principal(onBehalfOf: string): string {
  return onBehalfOf
    .normalize('NFC')
    .trim()
    .replace(/^thừa (ủy|uỷ) quyền (của )?/iu, '')
    .trim();
}

export function countsText(c: AwardGroup['counts']): string {
  const parts = [
    c.collectives ? `${formatNumber(c.collectives)} tập thể` : '',
    c.individuals ? `${formatNumber(c.individuals)} cá nhân` : '',
    c.households ? `${formatNumber(c.households)} hộ gia đình` : '',
  ];
  return joinList(parts.filter(Boolean));
}

/**
 * The award presentation (docs/domain.md#decisions-presentation-and-revocation, decree 98/2023): grouped by award type, highest rank
 * first (smaller rank is higher), with counts of collectives, individuals and households, and who
 * presents each on whose behalf.
 */
export function groupAwards(
  awards: readonly ConferredAward[],
  presenters: Readonly<Record<string, Presenter>> = {},
): AwardGroup[] {
  const groups = new Map<string, ConferredAward[]>();
  for (const a of awards) groups.set(a.awardType.code, [...(groups.get(a.awardType.code) ?? []), a]);
  return [...groups.values()]
    .map((items) => {
      const awardType = items.reduce(
        (best, a) => (a.awardType.rank < best.rank ? a.awardType : best),
        items[0]!.awardType,
      );
      const count = (k: RecipientKind) => items.filter((a) => a.recipient.kind === k).length;
      const counts = {
        collectives: count('collective'),
        individuals: count('individual'),
        households: count('household'),
        total: items.length,
      };
      const onBehalfOf = [
        ...new Set(
          items
            .map((a) => a.presentedOnBehalfOf)
            .filter((x): x is string => !!x?.trim())
            .map(principal),
        ),
      ];
      const presenter = presenters[awardType.code];
      const recipients = items
        .map((a) => a.recipient)
        .sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || compareVietnamese(x.name, y.name));
      const who = presenter ? `Đồng chí ${personWithTitles(presenter.name, presenter.titles)}` : '';
      const behalf = onBehalfOf.length ? `thừa ủy quyền của ${joinList(onBehalfOf, 'và')}` : '';
      const verb = [who, who && behalf ? `, ${behalf}` : behalf].join('');
      const presentation = `${verb ? `${verb} trao` : 'Trao'} ${awardType.name} cho ${countsText(counts)}`.replace(
        /^thừa/,
        'Thừa',
      );
      return {
        awardType,
        counts,
        onBehalfOf,
        presenter,
        recipients,
        presentation,
        decisions: [...new Set(items.map((a) => a.decision.number))],
        summary: `${awardType.name}: ${countsText(counts)}`,
      };
    })
    .sort((a, b) => a.awardType.rank - b.awardType.rank || compareVietnamese(a.awardType.name, b.awardType.name));
}
