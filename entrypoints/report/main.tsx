import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../components/browser-connector';
import { Report, classesFromQuery } from './Report';

render(<Report connector={browserConnector} classes={classesFromQuery(location.search)} />, document.getElementById('app') as HTMLElement);
