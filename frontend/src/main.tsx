import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import './print.css';
import { App } from './app';
import { setAuthFailureHandler } from './lib/api-client';
import { tokenStore } from './lib/token-store';

// When a 401 cannot be fixed by refreshing, drop the token: RequireAuth then shows the login page.
setAuthFailureHandler(() => tokenStore.set(null));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
