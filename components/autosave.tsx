/**
 * One saving model for every setting: a change is saved as it is made, and «Сохранено» appears
 * beside the control that made it. Text is saved when the teacher pauses or leaves the field; text
 * that cannot be right is refused in place (the field says why, the stored value stays as it was,
 * and every other field keeps saving).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Said, useSay } from './feedback';
import type { Connector } from '../lib/connector/connector';
import { failureText } from '../lib/i18n/errors';
import type { UiTranslate } from '../lib/i18n/ui';
import type { Settings } from '../lib/settings/index';

/** How long typing may pause before what was typed is saved. */
export const TYPING_PAUSE_MS = 600;

/** What a typed text means: something to save, or why it cannot be saved. */
export type Reading = { ok: true; save: () => Promise<unknown> } | { ok: false; problem: string };

export type SettingsPatch = (settings: Settings) => Settings;

export interface SettingsSaver {
  /** Applies a change to the settings as stored now (not as this page last saw them) and saves. */
  commit: (patch: SettingsPatch) => Promise<void>;
  /** A change made by a click: saved at once, and said beside `at`. */
  change: (at: string, patch: SettingsPatch) => void;
  /** Says something beside `at` (a change refused in place). */
  say: (at: string, text: string, bad?: boolean) => void;
}

/**
 * Writes one after another, each on the latest stored settings: two quick changes (or another
 * section's) never overwrite each other.
 */
export function useSettingsSaver(connector: Connector, t: UiTranslate, onSaved: (settings: Settings) => void): SettingsSaver {
  const say = useSay();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef({ t, onSaved });
  latest.current = { t, onSaved };
  const commit = useCallback(
    (patch: SettingsPatch) => {
      const run = queue.current.then(async () => {
        const { settings } = await connector.loadSettings();
        const next = patch(settings);
        await connector.saveSettings(next);
        latest.current.onSaved(next);
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [connector],
  );
  const change = useCallback(
    (at: string, patch: SettingsPatch) => {
      commit(patch).then(
        () => say(at, latest.current.t('optionsSaved')),
        (error: unknown) => say(at, `${latest.current.t('optionsSaveErrorShort')} ${failureText(latest.current.t, error)}`, true),
      );
    },
    [commit, say],
  );
  return useMemo(() => ({ commit, change, say }), [commit, change, say]);
}

type FieldProps = {
  id: string;
  /** Where «Сохранено» is said: this field's own place. */
  at: string;
  t: UiTranslate;
  initial: string;
  read: (text: string) => Reading;
  multiline?: boolean;
  /** Ids of the help text that describes the field. */
  describedBy?: string;
  /** Called on every keystroke (e.g. to pick the radio this field belongs to). */
  onTyped?: (text: string) => void;
  /** A button that puts a given text back, and saves it. */
  reset?: { label: string; text: string };
  inputProps?: Record<string, string | number | boolean | Record<string, string>>;
};

/** A text or number field that saves itself. */
export function AutoField({ id, at, t, initial, read, multiline, describedBy, onTyped, reset, inputProps }: FieldProps) {
  const say = useSay();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  // The text last saved (null: the last save failed, so the next pause tries again).
  const saved = useRef<string | null>(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const current = useRef(initial);

  const settle = (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const reading = read(value);
    if (!reading.ok) {
      setProblem(reading.problem);
      return;
    }
    setProblem(null);
    if (value === saved.current) return;
    saved.current = value;
    reading.save().then(
      () => say(at, t('optionsSaved')),
      (error: unknown) => {
        saved.current = null;
        say(at, `${t('optionsSaveErrorShort')} ${failureText(t, error)}`, true);
      },
    );
  };
  // What was typed just before the page went away or the field was replaced is still saved.
  useEffect(
    () => () => {
      if (timer.current !== undefined) settle(current.current);
    },
    [],
  );

  const onInput = (event: Event) => {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    current.current = value;
    setText(value);
    onTyped?.(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => settle(value), TYPING_PAUSE_MS);
  };
  const problemId = `${id}-problem`;
  const props = {
    id,
    value: text,
    onInput,
    onBlur: () => settle(current.current),
    'aria-invalid': problem ? ('true' as const) : undefined,
    'aria-describedby': [describedBy, problem ? problemId : undefined].filter(Boolean).join(' ') || undefined,
    ...inputProps,
  };
  return (
    <>
      {multiline ? <textarea {...props} /> : <input {...props} />}
      {reset && (
        <button
          type="button"
          onClick={() => {
            current.current = reset.text;
            setText(reset.text);
            settle(reset.text);
          }}
        >
          {reset.label}
        </button>
      )}
      {problem && (
        <p class="said" id={problemId} role="alert" data-bad="true" data-testid="field-problem" style={{ animation: 'none' }}>
          {problem}
        </p>
      )}
      <Said at={at} />
    </>
  );
}
