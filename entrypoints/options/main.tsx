import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../lib/connector/browser';
import { Options } from './Options';

render(<Options connector={browserConnector} />, document.getElementById('app') as HTMLElement);
