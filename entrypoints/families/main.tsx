import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../lib/connector/browser';
import { Families } from './Families';

render(<Families connector={browserConnector} classKey={new URLSearchParams(location.search).get('class') ?? ''} />, document.getElementById('app') as HTMLElement);
