import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../lib/connector/browser';
import { School } from './School';

render(<School connector={browserConnector} />, document.getElementById('app') as HTMLElement);
