// For `npm run bench`: where the popup's own work starts (script loaded and running).
performance.mark('parta:popup-start');
import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../lib/connector/browser';
import { takeCapture } from '../../lib/messaging/handoff';
import { App } from './App';
import { closeOnEscape } from '../../lib/dom/close-on-escape';

const root = document.getElementById('app') as HTMLElement;
// `?capture=<token>`: the capture window; its link and chat title wait in session storage.
const token = new URLSearchParams(location.search).get('capture');
if (token === null) render(<App connector={browserConnector} />, root);
else {
  takeCapture(token)
    .catch(() => undefined) // the hand-over is gone: the popup opens as it would anyway
    .then((capture) => render(<App connector={browserConnector} capture={capture} />, root));
  // A window opened from a chat page: Escape closes it, and focus goes back to the chat.
  closeOnEscape();
}
