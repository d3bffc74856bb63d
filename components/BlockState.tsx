/**
 * A block not yet lifted: its end, and lifting it — on time («Разблокировал(а)» once its
 * last day has come), or early with the reason (2.7). Shared by the popup and the moderation page.
 */
import { useState } from 'preact/hooks';
import type { Connector } from '../lib/connector/connector';
import { failureText } from '../lib/i18n/errors';
import { settingsTranslator } from './i18n';
import type { UiTranslate } from '../lib/i18n/ui';
import type { BlockRecord } from '../lib/moderation/records';
import { localDay } from '../lib/util/dates';
import type { Settings } from '../lib/settings/index';

export type Said = { text: string; bad?: boolean };

/** The messenger of a moderation record; `short` for a list line («VK»). */
export function siteName(t: UiTranslate, site: string, short = false): string {
  if (site === 'max') return 'MAX';
  if (site === 'sferum') return t('platformSferum');
  return short ? 'VK' : t('platformVk');
}

/** `YYYY-MM-DD` → «02.12.2026» (ru) or «02/12/2026» (en). */
export function dayText(day: string, language: 'ru' | 'en'): string {
  const [year, month, date] = day.split('-');
  return language === 'en' ? `${date}/${month}/${year}` : `${date}.${month}.${year}`;
}

/** A block not yet lifted: its end, and lifting it — on time, or early with a reason (2.7). */
export function BlockState({
  connector,
  settings,
  block,
  reload,
  setMessage,
}: {
  connector: Connector;
  settings: Settings;
  block: BlockRecord;
  reload: () => Promise<void>;
  setMessage: (message: Said | null) => void;
}) {
  const t = settingsTranslator(settings);
  const [early, setEarly] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const due = block.until <= localDay(connector.now());
  const end = async (how: 'on-time' | 'early') => {
    if (how === 'early' && !reason.trim()) {
      setMessage({ text: t('moderationNeedEarlyReason'), bad: true });
      return;
    }
    try {
      await connector.moderation.endBlock(block.id, how, how === 'early' ? reason.trim().slice(0, 500) : '', connector.now());
      // Parta only records it: the person is still blocked in the messenger until the teacher lifts it there.
      const said = how === 'early' ? 'moderationUnblockedEarly' : 'moderationUnblocked';
      setMessage({ text: t(said, { person: block.person, site: siteName(t, block.site, true) }) });
      await reload();
    } catch (error) {
      setMessage({ text: failureText(t, error), bad: true });
    }
  };
  return (
    <div class={due ? 'notice bad' : 'notice'} data-testid="block-state">
      <p>
        {due
          ? t('moderationUnblockDue', { person: block.person, chat: block.chat, until: dayText(block.until, settings.language) })
          : t('moderationBlockedUntil', {
              person: block.person,
              chat: block.chat,
              site: siteName(t, block.site, true),
              until: dayText(block.until, settings.language),
              reason: block.reason,
            })}
      </p>
      <p class="actions">
        {due && (
          <button type="button" class="primary" onClick={() => void end('on-time')} data-testid="unblock-done">
            {t('moderationUnblockDone')}
          </button>
        )}
        {!due && !early && (
          <button type="button" onClick={() => setEarly(true)} data-testid="unblock-early">
            {t('moderationUnblockEarly')}
          </button>
        )}
      </p>
      {early && !due && (
        <p>
          <label>
            {t('moderationEarlyReason')}{' '}
            <input type="text" maxLength={500} value={reason} onInput={(event) => setReason((event.target as HTMLInputElement).value)} data-testid="unblock-reason" />
          </label>{' '}
          <button
            type="button"
            class="primary"
            onClick={() => {
              if (!reason.trim()) void end('early');
              else setConfirming(true);
            }}
            data-testid="unblock-early-record"
          >
            {t('moderationEarlyRecord')}
          </button>
        </p>
      )}
      {early && !due && confirming && (
        <div role="alertdialog" aria-labelledby={`unblock-confirm-${block.id}`} data-testid="unblock-confirm">
          <p id={`unblock-confirm-${block.id}`}>
            <strong>{t('moderationEarlyConfirm', { person: block.person, chat: block.chat, site: siteName(t, block.site, true) })}</strong>
          </p>
          <p class="actions">
            <button type="button" class="primary" onClick={() => void end('early')} data-testid="unblock-confirm-yes">
              {t('moderationEarlyConfirmYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('moderationEarlyConfirmNo')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}

