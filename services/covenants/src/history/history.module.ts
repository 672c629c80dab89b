import { Module } from '@nestjs/common';
import { UnitHistoryController } from './unit-history.controller';
import { UnitHistoryQueries } from './unit-history.queries';

@Module({ controllers: [UnitHistoryController], providers: [UnitHistoryQueries] })
export class HistoryModule {}
