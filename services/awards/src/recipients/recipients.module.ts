import { Module } from '@nestjs/common';
import { HoldRecipientCommand } from './hold-recipient.command';
import { RecipientRepository } from './infra/recipient.repository';
import { RecipientQueries } from './recipient.queries';
import { RecipientsController } from './recipients.controller';
import { RegisterRecipientCommand } from './register-recipient.command';

@Module({
  controllers: [RecipientsController],
  providers: [RecipientRepository, RegisterRecipientCommand, HoldRecipientCommand, RecipientQueries],
  exports: [RecipientRepository],
})
export class RecipientsModule {}
