import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../components/browser-connector';
import { School } from './School';

render(<School connector={browserConnector} />, document.getElementById('app') as HTMLElement);
