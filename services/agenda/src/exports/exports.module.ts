import { Module } from '@nestjs/common';
import { ConferencesModule } from '../conferences/conferences.module';
import { ExportsController } from './exports.controller';

@Module({
  imports: [ConferencesModule],
  controllers: [ExportsController],
})
export class ExportsModule {}
