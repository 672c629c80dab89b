import { randomUUID } from 'node:crypto';
import { unitKey, type CalendarDate } from '../../common/domain/text';
import { CovenantRuleBroken, InvalidCovenant } from './covenant.errors';
import { cleanText } from '@tdkt/vietnamese';

export interface Party {
  id: string;
  unitName: string;
  order: number;
}

/** The parties: the given units (each a member on the date) or, by default, all members. */
export function choosePartiesAmong(
  members: string[],
  chosen: { unitName: string }[] | undefined,
  membersOn: CalendarDate | undefined,
): Party[] {
  const byKey = new Map(members.map((m) => [unitKey(m), m]));
  const names = chosen
    ? chosen.map((p, i) => {
        const member = byKey.get(unitKey(p.unitName));
        if (!member) {
          throw new CovenantRuleBroken(
            'notAMember',
            `parties[${i}].unitName`,
            `${cleanText(p.unitName)} không là thành viên của cụm vào ngày ${membersOn}; bỏ đơn vị này hoặc ghi nhận tư cách thành viên trước`,
            `${cleanText(p.unitName)} is not a member of the cluster on ${membersOn}; remove it or record its membership first`,
          );
        }
        return member;
      })
    : members;
  const duplicate = names.findIndex((n, i) => names.findIndex((m) => unitKey(m) === unitKey(n)) !== i);
  if (duplicate >= 0)
    throw new InvalidCovenant(
      'parties',
      `Đơn vị “${names[duplicate]}” được ghi hai lần`,
      `Party "${names[duplicate]}" is listed twice`,
    );
  if (names.length < 2) {
    throw new CovenantRuleBroken(
      'tooFewParties',
      'parties',
      `Giao ước cần ít nhất hai đơn vị là thành viên của cụm vào ngày ${membersOn} (hiện có ${names.length})`,
      `a covenant needs at least two parties that are members of the cluster on ${membersOn} (there are ${names.length})`,
    );
  }
  return names.map((unitName, i) => ({ id: randomUUID(), unitName, order: i + 1 }));
}
