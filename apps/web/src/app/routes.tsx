import { createBrowserRouter } from 'react-router';
import { RequireSession } from '@web/auth/require-session';
import { SignInPage } from '@web/auth/sign-in-page';
import { NotFoundPage } from '@web/components/not-found-page';
import { BulletinPage } from '@web/features/bulletin/bulletin-page';
import { FeedPage } from '@web/features/feed/feed-page';
import { SearchPage } from '@web/features/search/search-page';
import { AppLayout } from './app-layout';

export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage /> },
    {
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      children: [
        { index: true, element: <FeedPage /> },
        { path: 'feeds/:feedId', element: <FeedPage /> },
        { path: 'bulletins/:id', element: <BulletinPage /> },
        { path: 'search', element: <SearchPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
