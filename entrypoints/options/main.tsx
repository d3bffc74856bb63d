import { render } from 'preact';
import '../../components/styles.css';
import { browserConnector } from '../../lib/connector/browser';
import { Options } from './Options';
import { FeedbackProvider } from '../../components/feedback';

render(
  <FeedbackProvider>
    <Options connector={browserConnector} />
  </FeedbackProvider>,
   document.getElementById('app') as HTMLElement);
