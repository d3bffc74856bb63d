import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../lib/connector/browser';
import { Moderation } from './Moderation';

render(<Moderation connector={browserConnector} token={new URLSearchParams(location.search).get('report')} />, document.getElementById('app') as HTMLElement);
