import { clusterRoleTitle } from '@tdkt/vietnamese';
import type { CalendarDate } from '../../common/domain/text';

export type LeaderRole = 'head' | 'deputy';
export const LEADER_ROLES: readonly LeaderRole[] = ['head', 'deputy'];

/** Cụm trưởng / Cụm phó (Khối trưởng / Khối phó) of one year, elected at a conference. */
export interface Leadership {
  id: string;
  year: number;
  role: LeaderRole;
  unitName: string;
  electedOn?: CalendarDate;
  conferenceId?: string;
  /** bàn giao: the head of this year handed over to the head of the next year */
  handover?: { on: CalendarDate; toUnitName: string; conferenceId?: string };
}

export type ClusterKind = 'cum' | 'khoi';

/** "Cụm trưởng", "Khối phó", ... as the press and the minutes write them. */
export const roleTitle: (kind: ClusterKind, role: LeaderRole) => string = clusterRoleTitle;
