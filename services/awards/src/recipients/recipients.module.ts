import { Module } from '@nestjs/common';
import { RecipientRepository } from './infra/recipient.repository';
import { RecipientsController } from './recipients.controller';
import { RegisterRecipientCommand } from './register-recipient.command';

@Module({
  controllers: [RecipientsController],
  providers: [RecipientRepository, RegisterRecipientCommand],
  exports: [RecipientRepository],
})
export class RecipientsModule {}
