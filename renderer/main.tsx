// The renderer's entry: strings, styles, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './locales/index';
import './styles/app.css';
import './styles/markdown.css';
import { App } from './app/App';
import { ToastProvider } from './common/Toasts';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ToastProvider>
      <App />
    </ToastProvider>
  </StrictMode>,
);
