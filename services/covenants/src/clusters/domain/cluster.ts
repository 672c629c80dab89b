import { randomUUID } from 'node:crypto';
import { cleanText, compareVietnamese } from '@tdkt/vietnamese';
import { unitKey, yearEnd, yearStart, type CalendarDate } from '../../common/domain/text';
import { ClusterConflict, ClusterRuleBroken } from './cluster.errors';
import { roleTitle, type ClusterKind, type LeaderRole, type Leadership } from './leadership';
import { isMemberOn, overlaps, type Membership } from './membership';

export interface ClusterState {
  id: string;
  name: string;
  kind: ClusterKind;
  /** who organises it: a UBND tỉnh, a ministry, a mass organisation, the Central Council ... */
  organizingBody: string;
  createdAt: Date;
  memberships: Membership[];
  leaderships: Leadership[];
  /** the owning organization (cluster:bien-gioi-phia-bac); its covenants take it */
  tenant?: string;
}

export interface NewCluster {
  name: string;
  kind: ClusterKind;
  organizingBody: string;
  members?: { unitName: string; joinedOn: CalendarDate }[];
  tenant?: string;
}

/**
 * A cụm / khối thi đua: peer units that compete and sign a covenant each year. Membership is
 * dated history; heads and deputies are per year. Changes only ever add or close rows.
 */
export class Cluster {
  /** rows added or changed by the last operations, for the repository to write */
  readonly changed = { memberships: new Set<string>(), leaderships: new Set<string>() };

  private constructor(private readonly state: ClusterState) {}

  static create(input: NewCluster, now = new Date()): Cluster {
    const cluster = new Cluster({
      id: randomUUID(),
      name: cleanText(input.name),
      kind: input.kind,
      organizingBody: cleanText(input.organizingBody),
      createdAt: now,
      memberships: [],
      leaderships: [],
      tenant: input.tenant,
    });
    (input.members ?? []).forEach((m, i) => cluster.join(m.unitName, m.joinedOn, undefined, `members[${i}]`));
    return cluster;
  }

  static restore(state: ClusterState): Cluster {
    return new Cluster(state);
  }

  get snapshot(): Readonly<ClusterState> {
    return this.state;
  }

  get id(): string {
    return this.state.id;
  }

  /** Members on a date, in Vietnamese alphabetical order. */
  membersOn(on: CalendarDate): Membership[] {
    return this.state.memberships
      .filter((m) => isMemberOn(m, on))
      .sort((a, b) => compareVietnamese(a.unitName, b.unitName));
  }

  join(unitName: string, joinedOn: CalendarDate, note?: string, field = 'unitName'): Membership {
    const name = cleanText(unitName);
    const clash = this.state.memberships.find(
      (m) => unitKey(m.unitName) === unitKey(name) && overlaps(m, joinedOn, undefined),
    );
    if (clash) {
      throw new ClusterConflict(
        'alreadyMember',
        `${clash.unitName} đã là thành viên từ ngày ${clash.joinedOn}${clash.leftOn ? ` đến ${clash.leftOn}` : ''}; chọn ngày gia nhập sau ngày rời cụm`,
        `${clash.unitName} is already a member from ${clash.joinedOn}${clash.leftOn ? ` until ${clash.leftOn}` : ''}; pick a joining date after it left`,
        field,
      );
    }
    const membership: Membership = {
      id: randomUUID(),
      unitName: name,
      joinedOn,
      note: note ? cleanText(note) : undefined,
    };
    this.state.memberships.push(membership);
    this.changed.memberships.add(membership.id);
    return membership;
  }

  leave(membershipId: string, leftOn: CalendarDate, reason: string): Membership {
    const m = this.state.memberships.find((x) => x.id === membershipId);
    if (!m) {
      throw new ClusterRuleBroken(
        'unknownMembership',
        `Cụm không có tư cách thành viên mã ${membershipId}`,
        `no membership ${membershipId} in this cluster`,
        'membershipId',
      );
    }
    if (m.leftOn) {
      throw new ClusterConflict(
        'alreadyLeft',
        `${m.unitName} đã rời cụm ngày ${m.leftOn}`,
        `${m.unitName} already left on ${m.leftOn}`,
        'membershipId',
      );
    }
    if (leftOn <= m.joinedOn) {
      throw new ClusterRuleBroken(
        'leftBeforeJoined',
        `Ngày rời cụm phải sau ngày gia nhập (${m.joinedOn})`,
        `leftOn must be after joinedOn (${m.joinedOn})`,
        'leftOn',
      );
    }
    m.leftOn = leftOn;
    m.leftReason = cleanText(reason);
    this.changed.memberships.add(m.id);
    return m;
  }

  /**
   * A reorganisation on one date (e.g. a province merger, 01/7/2025): the leaving units' memberships
   * end that day and the joining units' start. Checked as a whole before anything changes.
   */
  reorganize(effectiveOn: CalendarDate, reason: string, leaving: string[], joining: string[]): void {
    const current = this.membersOn(effectiveOn);
    const leavers = leaving.map((name, i) => {
      const m = current.find((x) => unitKey(x.unitName) === unitKey(name));
      if (!m) {
        throw new ClusterRuleBroken(
          'notAMember',
          `${cleanText(name)} không là thành viên vào ngày ${effectiveOn}`,
          `${cleanText(name)} is not a member on ${effectiveOn}`,
          `leaving[${i}]`,
        );
      }
      return m;
    });
    for (const m of leavers) this.leave(m.id, effectiveOn, reason);
    joining.forEach((name, i) => this.join(name, effectiveOn, reason, `joining[${i}]`));
  }

  elect(input: {
    year: number;
    role: LeaderRole;
    unitName: string;
    electedOn?: CalendarDate;
    conferenceId?: string;
  }): Leadership {
    const name = cleanText(input.unitName);
    const title = roleTitle(this.state.kind, input.role);
    const taken = this.leader(input.year, input.role);
    if (taken) {
      throw new ClusterConflict(
        'roleTaken',
        `${this.state.name} đã có ${title} năm ${input.year} (${taken.unitName}); mỗi năm chỉ có một ${title}`,
        `${this.state.name} already has a ${input.role} for ${input.year} (${taken.unitName}); there is one per year`,
        'role',
      );
    }
    const member = this.state.memberships.some(
      (m) => unitKey(m.unitName) === unitKey(name) && overlaps(m, yearStart(input.year), yearEnd(input.year)),
    );
    if (!member) {
      throw new ClusterRuleBroken(
        'notAMember',
        `${name} không là thành viên của cụm trong năm ${input.year}`,
        `${name} is not a member of the cluster in ${input.year}`,
        'unitName',
      );
    }
    const other = this.leader(input.year, input.role === 'head' ? 'deputy' : 'head');
    if (other && unitKey(other.unitName) === unitKey(name)) {
      throw new ClusterRuleBroken(
        'sameUnitBothRoles',
        `${name} đã là ${roleTitle(this.state.kind, other.role)} năm ${input.year}`,
        `${name} already holds the other role in ${input.year}`,
        'unitName',
      );
    }
    const leadership: Leadership = {
      id: randomUUID(),
      year: input.year,
      role: input.role,
      unitName: name,
      electedOn: input.electedOn,
      conferenceId: input.conferenceId,
    };
    this.state.leaderships.push(leadership);
    this.changed.leaderships.add(leadership.id);
    return leadership;
  }

  /** Bàn giao: the head of `year` hands over to the head elected for the next year. */
  handOver(year: number, on: CalendarDate, conferenceId?: string): Leadership {
    const head = this.leader(year, 'head');
    const title = roleTitle(this.state.kind, 'head');
    if (!head)
      throw new ClusterRuleBroken('noHead', `Chưa có ${title} năm ${year}`, `there is no head for ${year}`, 'year');
    if (head.handover)
      throw new ClusterConflict(
        'alreadyHandedOver',
        `${title} năm ${year} đã bàn giao ngày ${head.handover.on}`,
        `the ${year} head already handed over on ${head.handover.on}`,
        'year',
      );
    const next = this.leader(year + 1, 'head');
    if (!next)
      throw new ClusterRuleBroken(
        'noNextHead',
        `Hãy bầu ${title} năm ${year + 1} trước khi bàn giao`,
        `elect the head for ${year + 1} before the handover`,
        'year',
      );
    head.handover = { on, toUnitName: next.unitName, conferenceId };
    this.changed.leaderships.add(head.id);
    return head;
  }

  leader(year: number, role: LeaderRole): Leadership | undefined {
    return this.state.leaderships.find((l) => l.year === year && l.role === role);
  }
}
