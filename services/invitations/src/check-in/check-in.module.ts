import { Module } from '@nestjs/common';
import { ConferencesModule } from '../conferences/conferences.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { AttendanceQueries } from './attendance.queries';
import { CheckInController } from './check-in.controller';
import { CheckInCommand } from './check-in.command';
import { AttendanceRepository } from './infra/attendance.repository';

@Module({
  imports: [InvitationsModule, ConferencesModule],
  controllers: [CheckInController],
  providers: [AttendanceRepository, CheckInCommand, AttendanceQueries],
  exports: [AttendanceQueries],
})
export class CheckInModule {}
