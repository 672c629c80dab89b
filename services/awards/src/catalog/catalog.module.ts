import { Module } from '@nestjs/common';
import { AddAwardTypeCommand } from './add-award-type.command';
import { AwardTypeQueries } from './award-type.queries';
import { AwardTypesController } from './award-types.controller';
import { AwardTypeRepository } from './infra/award-type.repository';

@Module({
  controllers: [AwardTypesController],
  providers: [AwardTypeRepository, AddAwardTypeCommand, AwardTypeQueries],
  exports: [AwardTypeRepository],
})
export class CatalogModule {}
