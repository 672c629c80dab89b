import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Conflict, InvalidInput } from '../common/domain/awards.errors';
import { periodsOverlap, type AwardType } from './domain/award-type';
import { AwardTypeRepository } from './infra/award-type.repository';
import { cleanText } from '@tdkt/vietnamese';

export type NewAwardType = Omit<AwardType, 'id' | 'organization' | 'announceAs' | 'tenant'> & {
  organization: string;
  /** the owning organization (tenantForNew) */
  tenant: string;
  announceAs?: AwardType['announceAs'];
};

/**
 * An organization adds its own award type (a provincial badge "Huy hiệu “Vì sự nghiệp …”"), or a
 * new version of one: a code's validity periods never overlap, so a date names one version.
 */
@Injectable()
export class AddAwardTypeCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly types: AwardTypeRepository,
  ) {}

  execute(input: NewAwardType): Promise<AwardType> {
    const type: AwardType = {
      ...input,
      id: randomUUID(),
      code: input.code.toUpperCase(),
      name: cleanText(input.name),
      conferringAuthority: cleanText(input.conferringAuthority),
      legalBasis: cleanText(input.legalBasis),
      organization: cleanText(input.organization),
      recipientKinds: [...new Set(input.recipientKinds)],
      announceAs: input.announceAs ?? (input.family === 'emulation-title' ? 'title' : 'object'),
    };
    if (type.validTo !== undefined && type.validTo <= type.validFrom) {
      throw new InvalidInput(
        'validTo',
        'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực',
        'validTo must be after validFrom',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await this.types.lockCode(manager, type.code);
      const versions = await this.types.byCode(manager, type.code);
      // a code is one owner's: the law's (managed by migrations) or one organization's
      const owned = versions.find((t) => t.tenant !== type.tenant);
      if (owned) {
        throw new Conflict(
          'award-type-code-taken',
          owned.tenant
            ? `Mã ${type.code} là hình thức khen thưởng riêng của đơn vị khác; hãy chọn mã khác`
            : `Mã ${type.code} thuộc danh mục khen thưởng của Luật (chỉ quản trị hệ thống thay đổi); hãy chọn mã khác`,
          owned.tenant
            ? `code ${type.code} is another organization's own award type; choose another code`
            : `code ${type.code} is in the law's catalog (managed by the administrators); choose another code`,
          'code',
        );
      }
      const clash = versions.find((t) => periodsOverlap(t, type));
      if (clash) {
        throw new Conflict(
          'award-type-period-overlap',
          `Mã ${type.code} đã có phiên bản hiệu lực từ ${clash.validFrom}${clash.validTo ? ` đến ${clash.validTo}` : ''} (“${clash.name}”); thời gian hiệu lực không được chồng lấn`,
          `code ${type.code} already has a version valid from ${clash.validFrom}${clash.validTo ? ` to ${clash.validTo}` : ''}; periods must not overlap`,
          'code',
        );
      }
      await this.types.insert(manager, type);
      return type;
    });
  }
}
