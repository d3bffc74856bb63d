import { render } from 'preact';
import '../../components/styles.css';
import policy from '../../PRIVACY.md?raw';
import { Privacy } from './Privacy';

render(<Privacy text={policy} />, document.getElementById('app') as HTMLElement);
