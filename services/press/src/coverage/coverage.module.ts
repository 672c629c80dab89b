import { Global, Module } from '@nestjs/common';
import { CoverageController } from './coverage.controller';
import { CoverageRepository } from './coverage.repository';

/** Press offices' coverage: global, every draft and subscription read goes through its scope. */
@Global()
@Module({
  controllers: [CoverageController],
  providers: [CoverageRepository],
  exports: [CoverageRepository],
})
export class CoverageModule {}
