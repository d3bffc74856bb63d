/**
 * What a message with fraud risks is marked with: the kinds the teacher left on, not a site on her
 * allowlist, one of each kind; a red mark with its reasons and the warning's parts, or a quiet note
 * for a short link alone.
 */
import { describe, expect, test } from 'vitest';
import { findRisks } from '../../../lib/links/index';
import { fraudMarkOf } from '../../../lib/moderation/frauds';
import { DEFAULT_PAGE_SETTINGS, shownRisks, type PageSettings } from '../../../lib/settings/index';

const settings = (change: Partial<PageSettings> = {}): PageSettings => ({ ...DEFAULT_PAGE_SETTINGS, ...change });
const markOf = (text: string, page = settings()) => fraudMarkOf(shownRisks(findRisks(text), page));

describe('the fraud mark', () => {
  test('each reason named once, in a fixed order, with the warning’s parts for it', () => {
    expect(markOf('Продиктуйте код из СМС и переведите 500 руб. на карту, вход: gosuslugi-ru.com, ещё gosuslugi.help')).toEqual({
      quiet: false,
      reasons: [{ key: 'fraudLookalike', service: 'Госуслуги' }, { key: 'fraudCode' }, { key: 'fraudPayment' }],
      warning: ['fraudWarningLookalike', 'fraudWarningCode', 'fraudWarningPayment'],
    });
  });

  test('a short link alone is a quiet note; beside a fraud it adds nothing to the alarm', () => {
    expect(markOf('Опрос: https://clck.ru/3FxYz')).toEqual({ quiet: true, reasons: [], warning: [] });
    expect(markOf('Опрос: https://clck.ru/3FxYz, продиктуйте код из смс')?.reasons).toEqual([{ key: 'fraudCode' }]);
  });

  test('an innocent message gets none', () => {
    expect(markOf('Код урока: 4821. Сдаём по 500 ₽ наличными.')).toBeNull();
  });

  test('a kind the teacher switched off is not shown; the others are', () => {
    const page = settings({ risks: { ...DEFAULT_PAGE_SETTINGS.risks, 'code-request': false } });
    expect(markOf('Продиктуйте код из СМС', page)).toBeNull();
    expect(markOf('Продиктуйте код из СМС, переведите на карту', page)?.reasons).toEqual([{ key: 'fraudPayment' }]);
  });

  test('a site on the allowlist (or its subdomain) is not a risk to mark', () => {
    expect(markOf('Опрос: https://clck.ru/3FxYz', settings({ allowlist: ['clck.ru'] }))).toBeNull();
    expect(markOf('Портал: gosuslugi-ru.com', settings({ allowlist: ['gosuslugi-ru.com'] }))).toBeNull();
    expect(markOf('Портал: gosuslugi-ru.com', settings({ allowlist: ['gosuslugi.ru'] }))).not.toBeNull();
  });
});
