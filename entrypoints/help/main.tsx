import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../lib/connector/browser';
import { Help } from './Help';

render(<Help connector={browserConnector} />, document.getElementById('app') as HTMLElement);
