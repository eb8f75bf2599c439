/** Entry point of the renderer: the API for this window (Electron bridge or HTTP), then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiContext';
import { createApi } from './api/client';
import { App } from './app/App';
import { StartupGate } from './archive/StartupGate';
import { MessageProvider } from './app/messages';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={createApi()}>
      <MessageProvider>
        <StartupGate>
          <App />
        </StartupGate>
      </MessageProvider>
    </ApiProvider>
  </StrictMode>,
);
