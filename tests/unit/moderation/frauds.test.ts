/**
 * What a message with fraud risks is marked with: the kinds the teacher left on, not a site on her
 * allowlist, one of each kind; a red mark with its reasons and the warning's parts, or a quiet note
 * for a short link alone.
 */
import { describe, expect, test } from 'vitest';
import { COMMUNICATION_SERVICES, findRisks, MESSENGERS, SCHOOL_SERVICES, SHORTENER_DOMAINS } from '../../../lib/links/index';
import { ALLOWED_PLATFORM_DOMAINS } from '../../../lib/links/catalogue';
import { fraudMarkOf } from '../../../lib/moderation/frauds';
import { DEFAULT_PAGE_SETTINGS, shownRisks, unlistedServices, type PageSettings } from '../../../lib/settings/index';

const settings = (change: Partial<PageSettings> = {}): PageSettings => ({ ...DEFAULT_PAGE_SETTINGS, ...change });
const markOf = (text: string, page = settings()) => fraudMarkOf(shownRisks(findRisks(text), page));

describe('the fraud mark', () => {
  test('each reason named once, in a fixed order, with the warning’s parts for it', () => {
    expect(markOf('Продиктуйте код из СМС и переведите 500 руб. на карту, вход: gosuslugi-ru.com, ещё gosuslugi.help')).toEqual({
      quiet: false,
      reasons: [{ key: 'fraudLookalike', service: 'Госуслуги' }, { key: 'fraudCode' }, { key: 'fraudPayment' }],
      unlisted: [],
      warning: ['fraudWarningLookalike', 'fraudWarningCode', 'fraudWarningPayment'],
    });
  });

  test('a short link alone is a quiet note; beside a fraud it adds nothing to the alarm', () => {
    expect(markOf('Опрос: https://clck.ru/3FxYz')).toEqual({ quiet: true, reasons: [], unlisted: [], warning: [] });
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

describe('the allowlist mode: services the school’s list does not allow', () => {
  const unlisted = (text: string, page: PageSettings, hrefs: string[] = []) => unlistedServices(text, hrefs, page);
  const allowlistMode = (allowlist: string[] = []) => settings({ linkMode: 'allowlist', allowlist });

  test('off by default: a Zoom link is no one’s business unless the school chose the mode', () => {
    expect(unlisted('Урок в Zoom: https://zoom.us/j/123', settings())).toEqual([]);
  });

  test('in the mode, any messenger, video call or file sharing not on the list is named once; one on the list (or under it) is not', () => {
    const text = 'Урок: https://us02web.zoom.us/j/123, запись: https://drive.google.com/file/d/x, ещё zoom.us/j/456, опрос https://telemost.yandex.ru/j/1';
    expect(unlisted(text, allowlistMode())).toEqual(['Zoom', 'Google Диск', 'Яндекс Телемост']);
    expect(unlisted(text, allowlistMode(['yandex.ru', 'zoom.us']))).toEqual(['Google Диск']);
  });

  test('found in links’ addresses as the browser opens them, and through look-alike letters', () => {
    expect(unlisted('запись урока', allowlistMode(), ['https://vk.com/away.php?to=https%3A%2F%2Fwww.dropbox.com%2Fs%2Fabc'])).toEqual(['Dropbox']);
    expect(unlisted('Урок: zооm.us/j/1 (русские «о»)', allowlistMode())).toEqual(['Zoom']);
  });

  test('the rules’ own platforms and the schools’ services are never in the catalogue; the banned nine neither (they stay banned in every mode)', () => {
    const hosts = COMMUNICATION_SERVICES.flatMap((service) => service.domains);
    const others = [...ALLOWED_PLATFORM_DOMAINS, ...MESSENGERS.flatMap((messenger) => messenger.domains), ...SCHOOL_SERVICES.flatMap((service) => service.domains), ...SHORTENER_DOMAINS];
    for (const host of hosts) for (const other of others) expect([host, other, host === other || host.endsWith(`.${other}`) || other.endsWith(`.${host}`)]).toEqual([host, other, false]);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  test('beside a fraud, both are said in one mark', () => {
    const page = allowlistMode();
    const text = 'Продиктуйте код из СМС и заходите в https://zoom.us/j/1';
    expect(fraudMarkOf(shownRisks(findRisks(text), page), unlisted(text, page))).toEqual({ quiet: false, reasons: [{ key: 'fraudCode' }], unlisted: ['Zoom'], warning: ['fraudWarningCode'] });
  });
});
