import { createBrowserRouter, Navigate } from 'react-router';
import { ConferenceDetailPage } from './conferences/conference-detail';
import { ConferenceListPage } from './conferences/conference-list';
import { CreateConferencePage } from './conferences/create-conference';
import { awardRoutes } from './awards/award-routes';
import { SigningBoardPage } from './covenants/signing-board';
import { Layout, NotFound } from './layout';
import { pressRoutes } from './press/press-routes';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/conferences" replace /> },
      { path: 'conferences', element: <ConferenceListPage /> },
      { path: 'conferences/new', element: <CreateConferencePage /> },
      { path: 'conferences/:id', element: <ConferenceDetailPage /> },
      ...awardRoutes,
      { path: 'covenants/:id/signing', element: <SigningBoardPage /> },
      ...pressRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);
