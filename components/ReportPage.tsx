/**
 * «Сообщить о странице»: on a page Parta did not recognise, saves a file with the page's structure
 * only (lib/sites/snapshot.ts — no text, no names, no addresses) for the teacher to send us.
 */
import { useState } from 'preact/hooks';
import type { Connector } from '../lib/connector/connector';
import { download } from '../lib/dom/download';
import { exportFileName } from '../lib/util/csv';
import { PUBLISHER_CONTACT } from '../lib/util/publisher';
import { useT } from './i18n';
import { HelpLink } from './HelpLink';

/** Where the saved file goes next: the publisher's address when the build has one (lib/util/publisher). */
export function ReportPage({ connector, contact = PUBLISHER_CONTACT }: { connector: Connector; contact?: string | null }) {
  const t = useT();
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);
  const save = () => {
    connector
      .pageStructure()
      .then((structure) => {
        if (!structure) {
          setMessage({ text: t('reportPageFailed'), bad: true });
          return;
        }
        const name = exportFileName([t('fileParta'), `${t('filePage')} ${structure.host}`], connector.now(), 'json');
        download(name, 'application/json', JSON.stringify(structure));
        setMessage({ text: t('reportPageSaved', { name }) });
      })
      .catch(() => setMessage({ text: t('reportPageFailed'), bad: true }));
  };
  return (
    <div class="report-page" data-testid="report-page">
      <p class="muted" style={{ margin: '6px 0' }}>{t('reportPageHelp')}</p>
      <p class="actions">
        <button type="button" onClick={save}>
          {t('reportPageButton')}
        </button>
        <HelpLink connector={connector} topic="not-recognised" />
      </p>
      {message && (
        <p class={message.bad ? 'bad' : 'ok'} role={message.bad ? 'alert' : 'status'}>
          {message.text}
          {!message.bad && (
            <>
              {' '}
              {contact ? (
                <>
                  {t('reportPageSendTo')}{' '}
                  <a href={contact} target="_blank" rel="noopener noreferrer">
                    {contact}
                  </a>
                </>
              ) : (
                t('reportPageSendLocal')
              )}
            </>
          )}
        </p>
      )}
    </div>
  );
}
