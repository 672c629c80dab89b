import { cleanText, foldDiacritics } from '@tdkt/vietnamese';
import type { GuestRef } from '@tdkt/contracts';
import type { PrecedenceTable, RankContext } from './precedence';

/**
 * Someone who can be invited: a person with titles, or a collective (an exemplary unit, an
 * awarded household) that sends a representative named by the organizer.
 */
export interface Guest {
  id: string;
  kind: 'person' | 'collective';
  name: string;
  titles: string[];
  organization?: string;
  email?: string;
  phone?: string;
  /** the organization whose directory it is in; none for an awardee the registry named */
  tenant?: string;
  /** a central guest (Ban Thi đua - Khen thưởng Trung ương, a ministry): first at cluster conferences */
  central: boolean;
  /** the award registry's recipient id, for awardees */
  recipientId?: string;
}

export const searchKey = (s: string | undefined): string => foldDiacritics(cleanText(s ?? ''));

/** Guests of the central level, when not said: their organization or a title names the Centre. */
export const looksCentral = (g: Pick<Guest, 'organization' | 'titles'>): boolean =>
  [g.organization ?? '', ...g.titles].some((t) => /\btrung uong\b/.test(searchKey(t)));

/** The guest as events carry it, with the precedence of the conference's table. */
export function guestRef(g: Guest, table: PrecedenceTable, ctx: RankContext): GuestRef {
  return {
    guestId: g.id,
    name: g.name,
    titles: g.titles,
    ...(g.organization ? { organization: g.organization } : {}),
    // a body invited as such: the press names it apart from "các đồng chí"
    ...(g.kind === 'collective' ? { kind: 'collective' as const } : {}),
    precedence: table.precedence(g, ctx),
  };
}
