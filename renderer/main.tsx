// The renderer's entry: strings, styles, the data client, then the app.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './locales/index';
import './styles/app.css';
import './styles/markdown.css';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { ToastProvider } from './common/Toasts';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const queryClient = createQueryClient();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);
