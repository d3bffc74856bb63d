// For `npm run bench`: where the popup's own work starts (script loaded and running).
performance.mark('parta:popup-start');
import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../components/browser-connector';
import { App } from './App';

render(<App connector={browserConnector} />, document.getElementById('app') as HTMLElement);
