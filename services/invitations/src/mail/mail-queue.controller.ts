import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles, visibleTenants } from '@tdkt/auth';
import { WRITERS } from '../access';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@tdkt/service-kit';
import { MailQueueQueries } from './mail-queue.queries';

export class MailQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'sent', 'failed'] })
  @IsOptional()
  @IsIn(['pending', 'sent', 'failed'])
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  invitationId?: string;
}

@ApiTags('mail')
@Controller('mail')
// the queue holds addresses and mail bodies: the organizers following their delivery, and admin
@Roles(...WRITERS)
export class MailQueueController {
  constructor(private readonly queries: MailQueueQueries) {}

  @Get()
  @ApiOperation({
    summary:
      'The mail queue, newest first: pending (with attempts, next attempt, last SMTP error), sent, failed for good',
  })
  async list(@CurrentActor() actor: Actor, @Query() q: MailQuery) {
    const { items, total } = await this.queries.list({
      tenants: visibleTenants(actor),
      status: q.status,
      invitationId: q.invitationId,
      page: q.page,
      pageSize: q.pageSize,
    });
    return {
      items: items.map((m) => ({
        id: m.id,
        invitationId: m.invitation_id,
        purpose: m.purpose,
        to: { address: m.to_address, name: m.to_name },
        subject: m.subject,
        status: m.status,
        attempts: m.attempts,
        nextAttemptAt: m.status === 'pending' ? new Date(m.next_attempt_at).toISOString() : null,
        lastError: m.last_error,
        createdAt: new Date(m.created_at).toISOString(),
        sentAt: m.sent_at ? new Date(m.sent_at).toISOString() : null,
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }
}
