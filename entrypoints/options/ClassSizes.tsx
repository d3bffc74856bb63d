/**
 * «Сколько учеников в классах»: the same number as the checklist's class row, for every
 * class Parta knows, in one place. A journal page that lists a class's pupils fills it in; the
 * teacher's number always wins.
 */
import { useState } from 'preact/hooks';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import { failureText } from '../../lib/i18n/errors';
import type { UiTranslate } from '../../lib/i18n/ui';

type Message = { text: string; bad?: boolean };

export function ClassSizes({ connector, t, version }: { connector: Connector; t: UiTranslate; version: number }) {
  const [message, setMessage] = useState<Message | null>(null);
  const [data, load] = useLoaded(() => connector.checklist.load(), [connector, version], (error) => setMessage({ text: failureText(t, error), bad: true }));
  if (!data) return null;
  const sizes = new Map(data.sizes.map((record) => [record.key, record]));
  const keys = [...new Set([...data.classes.map((record) => record.key), ...sizes.keys()])].sort((a, b) => a.localeCompare(b, 'ru', { numeric: true }));

  const save = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const changes: { key: string; size: number | null }[] = [];
    for (const key of keys) {
      const input = form.elements.namedItem(`size-${key}`) as HTMLInputElement | null;
      const text = input?.value.trim() ?? '';
      const size = text === '' ? null : Number(text);
      if (size !== null && (!Number.isInteger(size) || size < 1 || size > 200)) {
        setMessage({ text: `${key}: ${t('checklistClassSizeBad')}`, bad: true });
        return; // nothing is saved while anything is wrong
      }
      if (size !== (sizes.get(key)?.size ?? null)) changes.push({ key, size });
    }
    try {
      for (const change of changes) await connector.checklist.saveSize(change.key, change.size, connector.now());
      setMessage({ text: t('checklistClassSizeSaved') });
      await load();
    } catch (error) {
      setMessage({ text: failureText(t, error), bad: true });
    }
  };

  return (
    <section aria-labelledby="class-sizes-title">
      <h2 id="class-sizes-title">{t('sizesTitle')}</h2>
      {keys.length === 0 ? (
        <p class="muted">{t('sizesNone')}</p>
      ) : (
        <form onSubmit={save} noValidate data-testid="class-sizes">
          <p class="muted">{t('sizesHelp')}</p>
          <ul class="plain">
            {keys.map((key) => (
              <li key={`${key}:${sizes.get(key)?.size ?? ''}`}>
                <label>
                  {key}{' '}
                  <input name={`size-${key}`} type="number" min={1} max={200} style={{ width: '4.5em' }} defaultValue={String(sizes.get(key)?.size ?? '')} />
                </label>{' '}
                {sizes.get(key)?.source === 'journal' && <span class="muted">{t('checklistClassSizeFromJournal')}</span>}
              </li>
            ))}
          </ul>
          <button type="submit">{t('sizesSave')}</button>
        </form>
      )}
      {message && (
        <p class={`notice${message.bad ? ' bad' : ''}`} role={message.bad ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
