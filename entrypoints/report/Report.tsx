/**
 * The printable required-chats report for the director: the same check as the popup's checklist
 * (the popup passes the classes it shows in `?classes=`), as a table per class, with the date.
 */
import { PrintHeader } from '../../components/PrintHeader';
import { failureText } from '../../lib/i18n/errors';
import * as z from 'zod/mini';
import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import type { TodayData } from '../../lib/today/tasks';
import { coverageInput } from '../../lib/today/coverage-input';
import { stateReader } from '../../lib/today/chat-state';
import { TranslateContext, settingsTranslator, uiTranslator } from '../../components/i18n';
import type { TeacherClass } from '../../lib/classes/matcher';
import { checkCoverage } from '../../lib/classes/coverage';
import { classFillParts, CoverageHead, coverageText, lowText, platformName, statusLabel } from '../../components/Coverage';
import type { Settings } from '../../lib/settings/index';
import { requirementLabel } from '../../components/Coverage';

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
  const [data, setData] = useState<TodayData | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void connector.loadSettings().then((loaded) => setSettings(loaded.settings));
    // The invitations and drafts too: a chat whose invitation is out is «ждём», not «нет».
    connector.today
      .load()
      .then(setData)
      .catch(() => setFailed(true));
  }, [connector]);
  if (failed && settings) {
    const t = uiTranslator(settings.language);
    return <p class="notice bad" role="alert">{failureText(t, null)}</p>;
  }
  if (!settings || !data) return null;
  const t = settingsTranslator(settings);
  const result = checkCoverage(coverageInput(data, classes ?? [], settings));
  const stateOf = stateReader(data.drafts, data.invites);
  const date = new Date(connector.now()).toLocaleDateString(settings.language === 'en' ? 'en-GB' : 'ru-RU');
  return (
    <TranslateContext.Provider value={t}>
      <main class="report">
        <PrintHeader what={t('reportTitle')} settings={settings} now={connector.now()} />
        <h1>{t('reportTitle')}</h1>
        <p>
          {t('reportDate', { date })} · {t('checklistProgress', { done: result.done, total: result.total })}
        </p>
        {classes === null && <p class="notice bad">{t('reportNoClasses')}</p>}
        <table data-testid="report">
          <CoverageHead t={t} />
          <tbody>
            {result.classes.flatMap((entry) => [
              ...entry.items.map((item) => (
                <tr key={`${entry.classKey}:${item.requirement.id}:${item.subject ?? ''}`} class={item.status}>
                  <td>{entry.classKey ?? t('checklistSchool')}</td>
                  <td>{requirementLabel(t, item)}</td>
                  <td>{statusLabel(t, stateOf(item))}</td>
                  <td>
                    {(['max', 'vk'] as const)
                      .filter((platform) => item.on[platform])
                      .map((platform) => `${platformName(t, platform)}: «${item.on[platform]!.title}»`)
                      .join('; ') || (item.status === 'missing' ? `(${item.suggestedTitle})` : '')}
                  </td>
                  <td data-testid="report-coverage">
                    {(['max', 'vk'] as const)
                      .filter((platform) => item.on[platform] && coverageText(t, item.on[platform]!, settings.language, item.requirement.audience))
                      .map(
                        (platform) =>
                          `${platformName(t, platform)}: ${coverageText(t, item.on[platform]!, settings.language, item.requirement.audience)}${
                            item.on[platform]!.coverage?.state === 'low' ? ` · ${lowText(t, settings.coverageThreshold)}` : ''
                          }`,
                      )
                      .join('; ')}
                  </td>
                </tr>
              )),
              ...(classFillParts(t, entry, settings.coverageThreshold).length > 0
                ? [
                    <tr key={`${entry.classKey}:fill`} class="total">
                      <td>{entry.classKey}</td>
                      <td colSpan={4} data-testid="report-class-fill">
                        <strong>
                          {classFillParts(t, entry, settings.coverageThreshold)
                            .map((part) => part.text)
                            .join(' · ')}
                        </strong>
                      </td>
                    </tr>,
                  ]
                : []),
            ])}
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
