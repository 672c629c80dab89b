import type { RouteObject } from 'react-router';
import { DraftEditorPage } from './draft-editor';
import { DraftInboxPage } from './draft-inbox';
import { SubscriptionDeliveriesPage } from './subscription-deliveries';
import { SubscriptionListPage } from './subscription-list';

/** The press office's screens (services/press), under /press. */
export const pressRoutes: RouteObject[] = [
  { path: 'press/drafts', element: <DraftInboxPage /> },
  { path: 'press/drafts/:id', element: <DraftEditorPage /> },
  { path: 'press/subscriptions', element: <SubscriptionListPage /> },
  { path: 'press/subscriptions/:id', element: <SubscriptionDeliveriesPage /> },
];
