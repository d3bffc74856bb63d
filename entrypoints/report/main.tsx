import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../lib/connector/browser';
import { Report, classesFromQuery } from './Report';

render(<Report connector={browserConnector} classes={classesFromQuery(location.search)} />, document.getElementById('app') as HTMLElement);
