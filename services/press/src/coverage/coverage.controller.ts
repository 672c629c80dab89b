import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, TENANT_PATTERN, canSee, type Actor } from '@tdkt/auth';
import { ProblemException } from '@tdkt/service-kit';
import { CoverageRepository } from './coverage.repository';
import { CoverageDto } from './coverage.dto';

const invalidTenant = (tenant: string) =>
  new ProblemException({
    status: 400,
    vi: { title: 'Dữ liệu không hợp lệ', detail: `Mã cơ quan báo chí không hợp lệ: ${tenant.slice(0, 100)}` },
    en: { title: 'Invalid request', detail: `not a tenant id: ${tenant.slice(0, 100)}` },
    errors: [{ field: 'tenant', code: 'matches', vi: 'Dạng press:<mã>', en: 'of the form press:<slug>' }],
  });

const notFound = (tenant: string) =>
  new ProblemException({
    status: 404,
    vi: { title: 'Không tìm thấy cơ quan báo chí', detail: `Không có cơ quan báo chí ${tenant}` },
    en: { title: 'Press office not found', detail: `press office ${tenant} does not exist` },
  });

/** Which tenants (provinces, clusters) a press office covers: its officers see those drafts. */
@ApiTags('press-offices')
@Controller('press-offices/:tenant')
export class CoverageController {
  constructor(private readonly coverage: CoverageRepository) {}

  @Get()
  @Roles('admin', 'press-officer', 'press-lead')
  @ApiOperation({ summary: 'A press office and the tenants it covers (admin, or a member of that press office)' })
  async get(@Param('tenant') tenant: string, @CurrentActor() actor: Actor) {
    const office = this.office(tenant);
    // another press office's coverage is none of a member's business: the same 404 as a missing one
    if (!canSee(actor, office)) throw notFound(office);
    return { tenant: office, covers: await this.coverage.covered([office]) };
  }

  @Put('coverage')
  @Roles('admin')
  @ApiOperation({ summary: "Set the tenants a press office covers (admin); replaces the list; its officers see those tenants' drafts" })
  async put(@Param('tenant') tenant: string, @Body() dto: CoverageDto) {
    const office = this.office(tenant);
    return { tenant: office, covers: await this.coverage.replace(office, dto.covers) };
  }

  private office(tenant: string): string {
    if (!TENANT_PATTERN.test(tenant) || !tenant.startsWith('press:')) throw invalidTenant(tenant);
    return tenant;
  }
}
