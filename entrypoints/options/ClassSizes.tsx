/**
 * «Сколько учеников в классах»: the same number as the checklist's class row, for every
 * class Parta knows, in one place. A journal page that lists a class's pupils fills it in; the
 * teacher's number always wins.
 */
import { useState } from 'preact/hooks';
import { MAX_CLASS_SIZE, typedClassSize } from '../../lib/classes/keys';
import { AutoField, type Reading } from '../../components/autosave';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import { failureText } from '../../lib/i18n/errors';
import type { UiTranslate } from '../../lib/i18n/ui';
import { compareRussianNumeric } from '../../lib/util/collate';

type Message = { text: string; bad?: boolean };

export function ClassSizes({ connector, t, version }: { connector: Connector; t: UiTranslate; version: number }) {
  const [message, setMessage] = useState<Message | null>(null);
  const [data, load] = useLoaded(() => connector.checklist.load(), [connector, version], (error) => setMessage({ text: failureText(t, error), bad: true }));
  if (!data) return null;
  const sizes = new Map(data.sizes.map((record) => [record.key, record]));
  const keys = [...new Set([...data.classes.map((record) => record.key), ...sizes.keys()])].sort(compareRussianNumeric);

  /** A class's size as typed: a number of pupils, or blank to forget the typed one. */
  const readSize = (key: string, text: string): Reading => {
    const size = typedClassSize(text);
    if (size === undefined) return { ok: false, problem: `${key}: ${t('checklistClassSizeBad')}` };
    return { ok: true, save: async () => {
      await connector.checklist.saveSize(key, size, connector.now());
      await load();
    } };
  };

  return (
    <section aria-labelledby="class-sizes-title">
      <h2 id="class-sizes-title">{t('sizesTitle')}</h2>
      {keys.length === 0 ? (
        <p class="muted">{t('sizesNone')}</p>
      ) : (
        <div data-testid="class-sizes">
          <p class="muted">{t('sizesHelp')}</p>
          <ul class="plain">
            {keys.map((key) => (
              <li key={key}>
                <label for={`size-${key}`}>{key}</label>{' '}
                <AutoField
                  id={`size-${key}`}
                  at={`size-${key}`}
                  t={t}
                  initial={String(sizes.get(key)?.size ?? '')}
                  read={(text) => readSize(key, text)}
                  inputProps={{ name: `size-${key}`, type: 'number', min: 1, max: MAX_CLASS_SIZE, style: { width: '4.5em' } }}
                />{' '}
                {sizes.get(key)?.source === 'journal' && <span class="muted">{t('checklistClassSizeFromJournal')}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {message && (
        <p class={`notice${message.bad ? ' bad' : ''}`} role={message.bad ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
