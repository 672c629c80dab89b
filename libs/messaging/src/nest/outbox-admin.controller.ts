import { Roles } from '@tdkt/auth';
import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { listParkedRows, type ParkedRow } from '../outbox/parked-rows';

/** For operators: what the broker refused and the relay set aside (also counted in /metrics). */
@Roles('admin')
@Controller('admin/outbox')
export class OutboxAdminController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('parked')
  parked(): Promise<{ total: number; items: ParkedRow[] }> {
    return listParkedRows(this.dataSource);
  }
}
