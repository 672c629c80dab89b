import { Module } from '@nestjs/common';
import { VenueRepository } from './infra/venue.repository';
import { VenuesController } from './venues.controller';

@Module({
  controllers: [VenuesController],
  providers: [VenueRepository],
  exports: [VenueRepository],
})
export class VenuesModule {}
