/**
 * «Модерация чатов» in the options: the chat rules (the school's and per chat kind, as
 * numbered points), how long the moderation log is kept, and the list of people who left the
 * school (typed or pasted one per line) whom Parta looks for in class chats. The log itself opens
 * on its own page (moderation.html).
 */
import { useRef, useState } from 'preact/hooks';
import { Said as SaidHere } from '../../components/feedback';
import { AutoField, type Reading, type SettingsSaver } from '../../components/autosave';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import { failureText } from '../../lib/i18n/errors';
import type { UiTranslate } from '../../lib/i18n/ui';
import { classKey } from '../../lib/classes/keys';
import { DEFAULT_RULES, RULE_KINDS, RULE_POINT_MAX, RULES_MAX_POINTS, parseRulePoints, type CustomRules, type RuleKind } from '../../lib/moderation/rules';
import { KEEP_DAYS_MAX, KEEP_DAYS_MIN, type Settings } from '../../lib/settings/index';

type Said = { text: string; bad?: boolean };

const numbered = (points: readonly string[]) => points.map((point, index) => `${index + 1}. ${point}`).join('\n');
const DEFAULT_TEXT = numbered(DEFAULT_RULES);

/** A kind's textarea → its points; problems said in words. Empty → no own rules. */
export function readRulesText(t: UiTranslate, kind: RuleKind, text: string): { points: string[]; problems: string[] } {
  const lines = text.split(/\r?\n/).filter((line) => line.trim()).length;
  const { points, tooLong } = parseRulePoints(text);
  const problems: string[] = [];
  const name = t(`rulesKind_${kind}`);
  if (lines > RULES_MAX_POINTS) problems.push(t('rulesTooMany', { kind: name, max: RULES_MAX_POINTS }));
  if (tooLong.length > 0) problems.push(t('rulesTooLong', { kind: name, points: tooLong.join(', '), max: RULE_POINT_MAX }));
  return { points, problems };
}

export function ModerationSettings({
  connector,
  t,
  settings,
  saver,
  version,
  lockedRules = [],
}: {
  connector: Connector;
  t: UiTranslate;
  settings: Settings;
  saver: SettingsSaver;
  version: number;
  /** The chat kinds whose rules a school's policy fixes: locked one by one, the others stay the teacher's. */
  lockedRules?: readonly RuleKind[];
}) {
  const initialText = (kind: RuleKind) => (settings.rules?.[kind]?.length ? numbered(settings.rules[kind] ?? []) : kind === 'school' ? DEFAULT_TEXT : '');
  const [keepYear, setKeepYear] = useState(settings.moderationKeepDays === undefined);
  // The number typed for «дней», kept while «весь учебный год» is chosen (so choosing days again saves it).
  const keepDaysText = useRef(settings.moderationKeepDays === undefined ? '' : String(settings.moderationKeepDays));
  const [leaverText, setLeaverText] = useState('');
  const [leaverKind, setLeaverKind] = useState<'student' | 'staff'>('student');
  const [leaverClass, setLeaverClass] = useState('');
  const [leaverSaid, setLeaverSaid] = useState<Said | null>(null);

  const [log, reload] = useLoaded(() => connector.moderation.load(), [connector, version], (error) => setLeaverSaid({ text: failureText(t, error), bad: true }));

  /** One kind's rules as typed: its points, or why they cannot be kept. */
  const readRules = (kind: RuleKind, text: string): Reading => {
    const read = readRulesText(t, kind, text);
    if (read.problems.length > 0) return { ok: false, problem: read.problems.join(' ') };
    // The default text is not stored: a better default then reaches this teacher too.
    const isDefault = kind === 'school' && read.points.join('\n') === DEFAULT_RULES.join('\n');
    return {
      ok: true,
      save: () =>
        saver.commit((stored) => {
          const { [kind]: _previous, ...others } = stored.rules ?? {};
          const rules: CustomRules = read.points.length > 0 && !isDefault ? { ...others, [kind]: read.points } : others;
          const { rules: _rules, ...rest } = stored;
          return Object.keys(rules).length > 0 ? { ...rest, rules } : rest;
        }),
    };
  };
  const keepDays = (days: number | undefined) => (stored: Settings) => {
    const { moderationKeepDays: _previous, ...rest } = stored;
    return days === undefined ? rest : { ...rest, moderationKeepDays: days };
  };
  const readKeepDays = (text: string): Reading => {
    const days = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(days) || days < KEEP_DAYS_MIN || days > KEEP_DAYS_MAX) return { ok: false, problem: t('keepDaysError', { min: KEEP_DAYS_MIN, max: KEEP_DAYS_MAX }) };
    return { ok: true, save: () => saver.commit(keepDays(days)) };
  };

  const addLeavers = async (event: Event) => {
    event.preventDefault();
    const names = leaverText
      .split(/\r?\n/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (names.length === 0) {
      setLeaverSaid({ text: t('leaversEmpty'), bad: true });
      return;
    }
    const tooLong = names.filter((name) => name.length > 120);
    if (tooLong.length > 0) {
      setLeaverSaid({ text: t('leaversTooLong', { name: `${tooLong[0].slice(0, 40)}…` }), bad: true });
      return;
    }
    const key = leaverKind === 'student' && leaverClass.trim() ? classKey(leaverClass) : null;
    if (leaverKind === 'student' && leaverClass.trim() && !key) {
      setLeaverSaid({ text: t('leaversBadClass', { value: leaverClass.trim() }), bad: true });
      return;
    }
    try {
      const added = await connector.moderation.addLeavers(
        names.map((name) => ({ name, kind: leaverKind, classKey: key })),
        connector.now(),
      );
      setLeaverText('');
      setLeaverSaid({ text: t('leaversAdded', { added, skipped: names.length - added }) });
      await reload();
    } catch (error) {
      setLeaverSaid({ text: failureText(t, error), bad: true });
    }
  };

  return (
    <section id="moderation" aria-labelledby="moderation-title" data-testid="moderation-settings">
      <h2 id="moderation-title">{t('moderationSettingsTitle')}</h2>
      <p class="muted">{t('moderationSettingsHelp')}</p>
      <fieldset>
        <legend>{t('rulesTitle')}</legend>
        <p class="muted">{t('rulesHelp')}</p>
        {RULE_KINDS.map((kind) => (
          <p key={kind}>
            <label for={`rules-${kind}`}>{t(`rulesLabel_${kind}`)}</label>
            {lockedRules.includes(kind) && (
              <span class="muted" data-testid="managed-note">
                {' '}
                🔒 {t('managedNote')}
              </span>
            )}
            <AutoField
              id={`rules-${kind}`}
              at={`rules-${kind}`}
              t={t}
              multiline
              initial={initialText(kind)}
              read={(text) => readRules(kind, text)}
              reset={kind === 'school' && !lockedRules.includes(kind) ? { label: t('rulesReset'), text: DEFAULT_TEXT } : undefined}
              inputProps={{ rows: kind === 'school' ? 8 : 3, style: { width: '100%', boxSizing: 'border-box' }, 'data-testid': `rules-${kind}`, disabled: lockedRules.includes(kind) }}
            />
          </p>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('keepTitle')}</legend>
        <label class="inline">
          <input
            type="radio"
            name="keep"
            checked={keepYear}
            onChange={() => {
              setKeepYear(true);
              saver.change('keep', keepDays(undefined));
            }}
          />{' '}
          {t('keepYear')}
        </label>
        <label class="inline">
          <input
            type="radio"
            name="keep"
            checked={!keepYear}
            onChange={() => {
              setKeepYear(false);
              const reading = readKeepDays(keepDaysText.current);
              if (reading.ok) void reading.save().then(() => saver.say('keep', t('optionsSaved')));
            }}
          />{' '}
          {t('keepDays')}
        </label>{' '}
        <AutoField
          id="keep-days"
          at="keep-days"
          t={t}
          initial={keepDaysText.current}
          onTyped={(text) => {
            keepDaysText.current = text;
            setKeepYear(false);
          }}
          read={readKeepDays}
          inputProps={{ type: 'number', min: KEEP_DAYS_MIN, max: KEEP_DAYS_MAX, 'aria-label': t('keepDaysLabel'), style: { width: '90px' } }}
        />
        <SaidHere at="keep" />
      </fieldset>

      <form onSubmit={(event) => void addLeavers(event)} noValidate>
        <fieldset>
          <legend>{t('leaversTitle')}</legend>
          <p class="muted">{t('leaversHelp')}</p>
          <label for="leavers-text">{t('leaversNames')}</label>
          <textarea id="leavers-text" rows={4} style={{ width: '100%', boxSizing: 'border-box' }} value={leaverText} onInput={(event) => setLeaverText((event.target as HTMLTextAreaElement).value)} data-testid="leavers-text" />
          <p class="toolbar">
            <label class="inline">
              <input type="radio" name="leaver-kind" checked={leaverKind === 'student'} onChange={() => setLeaverKind('student')} /> {t('leaversStudents')}
            </label>
            <label class="inline">
              <input type="radio" name="leaver-kind" checked={leaverKind === 'staff'} onChange={() => setLeaverKind('staff')} /> {t('leaversStaff')}
            </label>
            {leaverKind === 'student' && (
              <label class="inline">
                {t('leaversClass')} <input type="text" value={leaverClass} maxLength={40} style={{ width: '80px' }} onInput={(event) => setLeaverClass((event.target as HTMLInputElement).value)} data-testid="leavers-class" />
              </label>
            )}
          </p>
          <button type="submit" data-testid="leavers-add">
            {t('leaversAdd')}
          </button>{' '}
          {leaverSaid && (
            <span role={leaverSaid.bad ? 'alert' : 'status'} class={leaverSaid.bad ? 'bad' : 'ok'}>
              {leaverSaid.text}
            </span>
          )}
          {log && log.leavers.length > 0 && (
            <ul class="plain" data-testid="leavers-list">
              {log.leavers.map((leaver) => (
                <li key={leaver.id}>
                  {leaver.name} · {leaver.kind === 'staff' ? t('leaversStaffOne') : leaver.classKey ? t('leaversStudentOf', { class: leaver.classKey }) : t('leaversStudentOne')}
                  {leaver.seen.length > 0 && <span class="muted"> · {t('leaversSeenIn', { chats: leaver.seen.map((seen) => `«${seen.chat}»${seen.removedAt ? ` ${t('leaversRemovedMark')}` : ''}`).join(', ') })}</span>}{' '}
                  <button type="button" class="link" onClick={() => void connector.moderation.deleteLeaver(leaver.id).then(reload)}>
                    {t('leaversRemove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </form>
      <p>
        <button type="button" onClick={() => connector.openPage('/moderation.html')} data-testid="open-moderation-log">
          {t('moderationOpenLog')}
        </button>
      </p>
    </section>
  );
}
