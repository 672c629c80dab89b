import { Module } from '@nestjs/common';
import { AddAwardTypeCommand } from './add-award-type.command';
import { AwardTypesController } from './award-types.controller';
import { AwardTypeRepository } from './infra/award-type.repository';

@Module({
  controllers: [AwardTypesController],
  providers: [AwardTypeRepository, AddAwardTypeCommand],
  exports: [AwardTypeRepository],
})
export class CatalogModule {}
