import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App';
import { client } from './client';
import { I18nProvider } from './i18n';
import { RouterProvider } from './router';
import './styles.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Provider value={client}>
      <RouterProvider>
        <I18nProvider>
          <App />
        </I18nProvider>
      </RouterProvider>
    </Provider>
  </StrictMode>,
);
