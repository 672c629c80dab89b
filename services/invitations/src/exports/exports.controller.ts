import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@tdkt/auth';
import { READERS } from '../access';
import { TenancyQueries } from '../invitations/tenancy.queries';
import { IsIn, IsOptional } from 'class-validator';
import { AttendanceQueries } from '../check-in/attendance.queries';
import { GuestListQueries } from '../invitations/guest-list.queries';
import { attendanceSheet, guestListSheet } from './export-sheets';
import { toCsv, toXlsx, type Sheet } from './spreadsheet';

export class ExportQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format: 'xlsx' | 'csv' = 'xlsx';
}

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

@ApiTags('exports')
@Controller('conferences')
@Roles(...READERS)
export class ExportsController {
  constructor(
    private readonly guestList: GuestListQueries,
    private readonly attendance: AttendanceQueries,
    private readonly tenancy: TenancyQueries,
  ) {}

  @Get(':id/guest-list/export')
  @ApiOperation({ summary: 'The guest list in protocol order, with answers and check-ins, as XLSX or CSV' })
  async guests(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: ExportQuery) {
    await this.tenancy.conference(actor, id);
    const { conference, guests } = await this.guestList.list(id);
    const records = new Map((await this.attendance.ofConference(id)).map((a) => [a.invitationId, a]));
    return file(guestListSheet(conference, guests, records), q.format, `danh-sach-khach-moi-${id}`);
  }

  @Get(':id/attendance/export')
  @ApiOperation({ summary: 'Attendance (protocol order, site, time, method) as XLSX or CSV' })
  async attendanceFile(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() q: ExportQuery,
  ) {
    await this.tenancy.conference(actor, id);
    const conference = await this.guestList.conference(id);
    const s = await this.attendance.summary(id);
    return file(attendanceSheet(conference, s.attendees), q.format, `diem-danh-${id}`);
  }
}

async function file(sheet: Sheet, format: 'xlsx' | 'csv', name: string): Promise<StreamableFile> {
  const body = format === 'csv' ? toCsv(sheet) : await toXlsx(sheet);
  return new StreamableFile(body, {
    type: TYPES[format],
    disposition: `attachment; filename="${name}.${format}"`,
    length: body.length,
  });
}
