import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App';
import { client } from './client';
import { I18nProvider } from './i18n';
import { BASE, RouterProvider } from './router';
import './styles.css';

// The chart another site frames: the chart alone, without the dashboard's header and navigation.
const embedded = window.location.pathname.replace(/\/+$/, '') === `${BASE}/embed`;
const EmbedPage = lazy(() => import('./pages/EmbedPage'));

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Provider value={client}>
      <RouterProvider>
        <I18nProvider>
          {embedded ? (
            <Suspense>
              <EmbedPage />
            </Suspense>
          ) : (
            <App />
          )}
        </I18nProvider>
      </RouterProvider>
    </Provider>
  </StrictMode>,
);
