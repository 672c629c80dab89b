import type { RouteObject } from 'react-router';
import { AwardTypeCreatePage } from './award-type-create';
import { CatalogPage } from './catalog';
import { DecisionCreatePage } from './decision-create';
import { DecisionImportPage } from './decision-import';
import { DecisionListPage } from './decision-list';
import { RevocationsPage } from './revocations';
import { StatisticsPage } from './statistics';

/** The secretariat's screens (services/awards), under /awards. */
export const awardRoutes: RouteObject[] = [
  { path: 'awards/decisions', element: <DecisionListPage /> },
  { path: 'awards/decisions/new', element: <DecisionCreatePage /> },
  { path: 'awards/decisions/import', element: <DecisionImportPage /> },
  { path: 'awards/statistics', element: <StatisticsPage /> },
  { path: 'awards/revocations', element: <RevocationsPage /> },
  { path: 'awards/catalog', element: <CatalogPage /> },
  { path: 'awards/catalog/new', element: <AwardTypeCreatePage /> },
];
