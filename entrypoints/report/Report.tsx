/**
 * The printable required-chats report for the director: the same check as the popup's checklist
 * (the popup passes the classes it shows in `?classes=`), as a table per class, with the date.
 */
import { failureText } from '../../components/errors';
import * as z from 'zod/mini';
import { useEffect, useState } from 'preact/hooks';
import type { ChecklistData, Connector } from '../../components/connector';
import { TranslateContext, uiTranslator } from '../../components/i18n';
import { checkRequiredChats, type TeacherClass } from '../../lib/classes/matcher';
import { toOverride } from '../../lib/db/overrides';
import type { Settings } from '../../lib/settings';
import { requirementLabel } from '../popup/Checklist';

const classesSchema = z.array(
  z.strictObject({
    key: z.string().check(z.minLength(1), z.maxLength(40)),
    own: z.boolean(),
    subjects: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  }),
).check(z.maxLength(500));

/** The classes the popup passed; anything malformed counts as none (the page says so). */
export function classesFromQuery(search: string): TeacherClass[] | null {
  try {
    const parsed = classesSchema.safeParse(JSON.parse(new URLSearchParams(search).get('classes') ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function Report({ connector, classes }: { connector: Connector; classes: TeacherClass[] | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [data, setData] = useState<ChecklistData | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void connector.loadSettings().then((loaded) => setSettings(loaded.settings));
    connector.checklist
      .load()
      .then(setData)
      .catch(() => setFailed(true));
  }, [connector]);
  if (failed && settings) {
    const t = uiTranslator(settings.language);
    return <p class="notice bad" role="alert">{failureText(t, null)}</p>;
  }
  if (!settings || !data) return null;
  const t = uiTranslator(settings.language);
  const result = checkRequiredChats({
    classes: classes ?? [],
    chats: data.chats.map((chat) => ({ title: chat.title, lastSeen: chat.lastSeen })),
    profiles: settings.profiles,
    overrides: data.overrides.map(toOverride),
    disabled: settings.disabledRequirements,
  });
  const date = new Date(connector.now()).toLocaleDateString(settings.language === 'en' ? 'en-GB' : 'ru-RU');
  return (
    <TranslateContext.Provider value={t}>
      <main class="report">
        <h1>{t('reportTitle')}</h1>
        <p>
          {t('reportDate', { date })} · {t('checklistProgress', { done: result.done, total: result.total })}
        </p>
        {classes === null && <p class="notice bad">{t('reportNoClasses')}</p>}
        <table data-testid="report">
          <thead>
            <tr>
              <th>{t('checklistCsvClass')}</th>
              <th>{t('checklistCsvRequirement')}</th>
              <th>{t('checklistCsvStatus')}</th>
              <th>{t('checklistCsvChat')}</th>
            </tr>
          </thead>
          <tbody>
            {result.classes.flatMap((entry) =>
              entry.items.map((item) => (
                <tr key={`${entry.classKey}:${item.requirement.id}:${item.subject ?? ''}`} class={item.status}>
                  <td>{entry.classKey ?? t('checklistSchool')}</td>
                  <td>{requirementLabel(t, item)}</td>
                  <td>{item.status === 'ok' ? `✓ ${t('checklistCsvYes')}` : item.status === 'missing' ? `✗ ${t('checklistCsvNo')}` : t('checklistCsvNotRequired')}</td>
                  <td>{item.chat ?? (item.status === 'missing' ? `(${item.suggestedTitle})` : '')}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
        <p class="no-print">
          <button type="button" class="primary" onClick={() => window.print()}>
            {t('reportPrint')}
          </button>
        </p>
      </main>
    </TranslateContext.Provider>
  );
}
