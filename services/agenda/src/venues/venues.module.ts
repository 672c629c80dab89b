import { Module } from '@nestjs/common';
import { CreateVenueCommand } from './create-venue.command';
import { VenueRepository } from './infra/venue.repository';
import { VenueQueries } from './venue.queries';
import { VenuesController } from './venues.controller';

@Module({
  controllers: [VenuesController],
  providers: [VenueRepository, CreateVenueCommand, VenueQueries],
  exports: [VenueRepository],
})
export class VenuesModule {}
