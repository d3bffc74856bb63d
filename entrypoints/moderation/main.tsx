import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../components/browser-connector';
import { Moderation } from './Moderation';

render(<Moderation connector={browserConnector} token={new URLSearchParams(location.search).get('report')} />, document.getElementById('app') as HTMLElement);
