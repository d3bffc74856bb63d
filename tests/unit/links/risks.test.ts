/**
 * The frauds school chats attract: look-alike hosts of the services a school uses, short links,
 * requests for confirmation codes and passwords, requests to transfer money — and the many innocent
 * school messages that must stay quiet (collections in cash, lesson codes, links to the real sites).
 */
import fc from 'fast-check';
import url from 'node:url';
import { describe, expect, test } from 'vitest';
import { findRisks, newRiskWork, type RiskKind } from '../../../lib/links/risks';
import { hostRisk, knownSite } from '../../../lib/links/lookalike';
import { decodeHost } from '../../../lib/links/punycode';
import { SCHOOL_SERVICES, SHORTENER_DOMAINS } from '../../../lib/links/services';
import { JOURNAL_ADAPTERS } from '../../../lib/journals/adapters';
import { MESSENGERS } from '../../../lib/links/catalogue';
import { chatCorpus } from '../../bench/corpus';

const kinds = (text: string, hrefs: string[] = []) => findRisks(text, hrefs).map((risk) => risk.kind);

/** What teachers and parents write every day: none of it is a fraud. */
const INNOCENT = [
  'Сдаём по 500 ₽ на экскурсию до пятницы, наличными классному руководителю.',
  'Родительский комитет собирает по 300 руб. на подарки учителям, деньги в конверте.',
  'Код урока в Сферуме: 4821, заходим в 9:00.',
  'Введите код класса 7xk2p на сайте учебника, чтобы увидеть задания.',
  'Пришлите код доступа к уроку, если не получается войти, — пришлю новый.',
  'Код приглашения в класс: AB12CD.',
  'Напишите, если не пришёл код из СМС, — я обращусь к администратору.',
  'Никому не сообщайте коды из СМС, даже если пишут от имени школы!',
  'Никогда не называйте пароль от Госуслуг, никому.',
  'Пароль от конференции: 1234, ссылка в журнале.',
  'Код домофона 45К, квартира 12 — там собираемся на репетицию.',
  'Запишите код предмета и номер варианта на бланке.',
  'Заявление подаётся через Госуслуги: https://www.gosuslugi.ru/600426/1',
  'Вход в личный кабинет: https://esia.gosuslugi.ru/login',
  'Электронный дневник: https://school.mos.ru/diary/schedules',
  'Учебник на сайте: https://uchebnik.mos.ru/material_view/atomic_objects/123',
  'Регистрация в Подмосковье: https://myschool.mosreg.ru/',
  'Дневник: https://schools.dnevnik.ru/marks.aspx',
  'Журнал ЭлЖур: https://gymn5.eljur.ru/journal-app',
  'Наш чат в MAX: https://max.ru/join/Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE',
  'Сферум: https://sferum.ru/?p=messages&join=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789=',
  'Видео урока: https://vkvideo.ru/video-123_456',
  'Группа школы ВКонтакте: https://vk.com/school1500',
  'Фото с праздника: https://disk.yandex.ru/d/AbCdEf',
  'Тест по ссылке: https://forms.yandex.ru/u/123456/',
  'Перевели на дистанционное обучение до среды.',
  'Петю перевели в другой класс, в 5Б.',
  'Отправьте фото домашней работы на почту до 20:00.',
  'Отправьте на номер кабинета 214 заявление, пожалуйста.',
  'Оплата питания — через школьную карту, как обычно.',
  'Номер телефона классного руководителя: 8 (916) 123-45-67.',
  'СНИЛС ребёнка 123-456-789 01 нужен для олимпиады.',
  'Номер заказа 1234 5678 9012 3456, учебники придут в понедельник.',
  'Собираемся у входа в 8.15, т.е. за 15 минут до начала.',
  'Максим, напиши мне, пожалуйста, когда будешь дома.',
  'Max, please send me the homework.',
  'Подробности на max-fitness.ru — секция для 5-х классов.',
  'Всё для уроков музыки: music.mos-kultura.ru',
  'Серум для волос — serum.com (это не реклама 😊)',
  'Фонетика: phoneme.org/ru',
  'Расписание кружков на dnevnik.ru',
  'Мой ID: 1234567812345670?', // Not a card: no real card starts with 1.
  'Скиньте, пожалуйста, фото расписания.',
  'Напишите пароль, который придумали, на листочке и храните дома.',
  'Скажите код ошибки, которую показывает дневник, — передам в техподдержку.',
  'Пришлите мне код урока, пожалуйста, я его потеряла.',
  'Сообщите нам код класса в учебнике, чтобы я добавила детей.',
  'Пожалуйста, не отправьте никому код из СМС по ошибке.',
  'Напишите мне, если код из смс так и не придёт.',
  'Скиньте в чат фото чека об оплате экскурсии по 800 руб.',
  'Отправьте на номер школы факс с заявлением, оплата не нужна.'.replace(', оплата не нужна', ''),
  'Переведите текст на английский, упражнение 5.',
  'Переведите 300 слов на французский к среде.',
  'Кинь мяч на физре, говорит Петя 😄',
  'Карта местности на стр. 45, отправьте фото на карте отмеченного маршрута.'.replace('отправьте фото на карте отмеченного маршрута', 'отметьте маршрут'),
  'Ссылка на вебинар: https://my.mts-link.ru/j/12345/67890',
  'Карточки по английскому: quizlet.com/ru/12345',
  'Литература: ilibrary.ru/text/1/p.1/index.html',
  'Зарядка: https://www.youtube.com/watch?v=abc и https://rutube.ru/video/abc/',
  'Олимпиада: https://olimpiada.ru/activity/72',
  'Всероссийская олимпиада: https://vos.olimpiada.ru/',
  'Учи.ру: https://uchi.ru/teachers/groups/123',
  'ЯКласс: https://www.yaklass.ru/TestWork/Join/abc',
  'Решу ЕГЭ: https://math-ege.sdamgia.ru/test?id=123',
  'Госуслуги для записи в кружок: https://www.gosuslugi.ru/10132/1',
  'Родительский чат в MAX переехал: https://max.ru/join/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg',
  'Максимальный балл — 25, подробности на mos.ru',
  'Заявления — на portal.mos.ru и на школьный e-mail school1500@edu.mos.ru',
  'Все вопросы по дневнику — на vk.com/dnevnik_ru или на dnevnik.ru/help',
  'Новый номер телефона секретаря: 8-495-123-45-67, звоните с 9 до 17.',
  'Номер банковского счёта школы для оплаты питания — в договоре, оплата через Госуслуги.',
];

describe('innocent school messages stay quiet', () => {
  test.each(INNOCENT)('%s', (text) => {
    expect(findRisks(text)).toEqual([]);
  });

  test('a whole chat of ordinary messages (with links to the school’s sites, MAX and Sferum) says nothing', () => {
    const text = chatCorpus(200_000, 0);
    expect(findRisks(text)).toEqual([]);
  });
});

describe('look-alike hosts', () => {
  test.each([
    ['https://gosuslugi-ru.com/login', 'Госуслуги'],
    ['Проверьте данные: gosuslugi.ru.login-check.top', 'Госуслуги'],
    ['https://gosusluqi.ru/vhod', 'Госуслуги'],
    ['https://g0suslug1.ru', 'Госуслуги'],
    ['https://gоsuslugi.ru (буква «о» русская)', 'Госуслуги'],
    ['Новый портал: my-gosuslugi.online', 'Госуслуги'],
    ['Обновлённая ссылка на MAX: max-ru.online/join/abc', 'MAX'],
    ['Войдите через web.max.ru.auth-check.site', 'MAX'],
    ['https://мах.ru/join/x (русские «м», «а», «х»)', 'MAX'],
    ['Голосование: vk-com.site/poll', 'VK'],
    ['Электронный дневник: mos-ru.info/diary', 'mos.ru (МЭШ)'],
    ['Школьный портал: dnevnik-login.ru', 'Дневник.ру'],
    ['Сферум обновился: sferum-app.ru', 'Сферум'],
    ['sferun.ru/join', 'Сферум'],
    ['https://vkontakte-login.ru', 'VK'],
  ])('%s → %s', (text, service) => {
    const risks = findRisks(text);
    expect(risks.map((risk) => [risk.kind, risk.service])).toEqual([['lookalike', service]]);
    expect(risks[0]?.end).toBeGreaterThan(risks[0]?.start ?? 0);
  });

  test('the real hosts and their subdomains are never flagged, however written in the text', () => {
    for (const service of SCHOOL_SERVICES) {
      for (const domain of service.domains) {
        for (const host of [domain, `www.${domain}`, `lk.${domain}`, `a.b-c.${domain}`, domain.toUpperCase()]) expect(hostRisk(host)).toBeNull();
      }
    }
  });

  test('every journal Parta reads is a real host of a service here, or borrows no service’s name', () => {
    for (const adapter of JOURNAL_ADAPTERS) for (const host of adapter.hosts) expect([host, hostRisk(host)]).toEqual([host, null]);
  });

  test('the banned messengers are the detector’s, not a look-alike', () => {
    for (const messenger of MESSENGERS) for (const domain of messenger.domains) expect(hostRisk(domain)).toBeNull();
  });

  test('a site the teacher added is measured too: its real host quiet, a look-alike flagged', () => {
    const known = [knownSite('sgo.rso23.ru'), knownSite('www.school1500.ru')];
    expect(findRisks('Журнал: https://sgo.rso23.ru/app', [], { known })).toEqual([]);
    expect(findRisks('Журнал: https://sgo-rso23.ru/app', [], { known }).map((risk) => risk.service)).toEqual(['sgo.rso23.ru']);
    expect(findRisks('Сайт: school1500.ru.news-today.top', [], { known }).map((risk) => risk.service)).toEqual(['school1500.ru']);
    expect(findRisks('Сайт: school1500.ru/news', [], { known })).toEqual([]);
  });

  test('a link’s address is checked as the browser opens it: a real-looking text over a look-alike, a redirect’s target, Punycode', () => {
    expect(findRisks('Госуслуги', ['https://gosuslugi.ru.login-check.top/'])).toEqual([{ kind: 'lookalike', start: 0, end: 0, href: 0, service: 'Госуслуги', host: 'gosuslugi.ru.login-check.top' }]);
    expect(findRisks('ссылка', ['https://vk.com/away.php?to=https%3A%2F%2Fgosuslugi-ru.com%2F'])).toMatchObject([{ kind: 'lookalike', href: 0 }]);
    expect(findRisks('вход', [new URL('https://gоsuslugi.ru/').href])).toMatchObject([{ kind: 'lookalike', service: 'Госуслуги', href: 0 }]);
    expect(findRisks('вход', ['https://www.gosuslugi.ru/', 'https://school.mos.ru/'])).toEqual([]);
  });

  test('property: a real service host with any real subdomain is quiet; the same name on another site is flagged', () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);
    // The domains a brand names (`max.ru` by «max»): a look-alike borrows the brand.
    const domain = fc.constantFrom(...SCHOOL_SERVICES.flatMap((service) => service.domains.filter((name) => service.brands.includes(name.split('.')[0] as string))));
    const foreign = fc.constantFrom('top', 'online', 'site', 'info', 'xyz');
    fc.assert(
      fc.property(fc.array(label, { maxLength: 3 }), domain, foreign, (subdomains, real, tld) => {
        expect(hostRisk([...subdomains, real].join('.'))).toBeNull();
        // The real name as a subdomain of another site, or glued to it with a hyphen.
        expect(hostRisk(`${real}.login-check.${tld}`)?.kind).toBe('lookalike');
        expect(hostRisk(`${real.replace(/\./g, '-')}.${tld}`)?.kind).toBe('lookalike');
      }),
      { numRuns: 500 },
    );
  });

  test('property: a host that names no service is quiet', () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/).filter((value) => !SCHOOL_SERVICES.some((service) => service.brands.some((brand) => value.includes(brand.slice(0, 3)))));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('ru', 'com', 'org', 'рф', 'online'), (words, tld) => {
        const host = `${words.join('.')}.${tld}`;
        if (SHORTENER_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return;
        expect(hostRisk(host)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('short links', () => {
  test('a quiet note, never a look-alike: clck.ru beside a Sferum invitation, vk.cc, bit.ly', () => {
    expect(kinds('Вступайте: https://sferum.ru/?p=messages&join=AbCd= или коротко https://clck.ru/3FxYz')).toEqual(['shortener']);
    expect(kinds('vk.cc/cAbCdE')).toEqual(['shortener']);
    expect(kinds('', ['https://bit.ly/3abc'])).toEqual(['shortener']);
  });
});

describe('requests for a code or password', () => {
  test.each([
    'Уважаемые родители, для подключения к новому порталу продиктуйте код из СМС.',
    'Здравствуйте, это директор. Пришлите код, который придёт вам в сообщении.',
    'Скажите код из сообщения, это для электронного дневника.',
    'Срочно! Напишите мне код подтверждения с Госуслуг.',
    'Сообщите, пожалуйста, цифры из смс — нужно для обновления данных.'.replace('цифры', 'код'),
    'Пришлите логин и пароль от Госуслуг для регистрации ребёнка.',
    'Продиктуйте мне код.',
    'Отправьте код из банковского смс, чтобы получить выплату.',
    'Введите код из СМС на сайте gosuslugi-ru.com',
    'кoд из смс пришлите (латинская «o»)',
    'Скиньте CVC карты для оплаты экскурсии.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('code-request');
  });
});

describe('requests to transfer money', () => {
  test.each([
    'Срочный сбор! Переведите по 1500 руб. на карту 2202 2020 1234 5678.',
    'Переведите деньги на номер +7 900 123-45-67 (Сбер), по 700 рублей.',
    'Оплатите экскурсию по СБП до завтра.',
    'Закиньте 500 ₽ на карту Тинькофф, номер пришлю в личку.',
    'Деньги на подарок: можно перевести на карту классного руководителя.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('payment-request');
  });

  test('a card number that passes its checksum is a risk wherever it stands; one that fails it is not', () => {
    expect(kinds('4111 1111 1111 1111')).toEqual(['payment-request']);
    expect(kinds('4111111111111112')).toEqual([]);
    expect(kinds('2200-0000-0000-0004')).toEqual(['payment-request']);
  });
});

describe('well-formed and linear', () => {
  test('never throws; places lie in the text and come in order', () => {
    const pieces = ['код', ' из смс', 'пришлите ', 'gosuslugi', '-ru', '.', 'com', ' ', '\n', 'переведите ', 'на карту ', '4111 1111 1111 1111', 'т', 'о', '\u200b', 'clck.ru/', '😀', 'max', 'ru'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 300 }).map((parts) => parts.join('')), (text) => {
        let previous = 0;
        for (const risk of findRisks(text)) {
          expect(risk.start).toBeGreaterThanOrEqual(previous);
          expect(risk.end).toBeLessThanOrEqual(text.length);
          expect(risk.end).toBeGreaterThanOrEqual(risk.start);
          previous = risk.start;
        }
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['dots and letters', 'a.'],
    ['codes without requests', 'код '],
    ['requests without codes', 'пришлите '],
    ['requests and codes', 'пришлите код '],
    ['transfers', 'переведите на карту '],
    ['look-alike hosts', 'gosuslugi-ru.com '],
    ['codes beside dots and spaces', 'код .      '],
  ])('the work is linear in the text: %s', (_name, unit) => {
    const workOf = (repeats: number) => {
      const work = newRiskWork();
      findRisks(unit.repeat(repeats), [], { work });
      return work.passChars + work.windowChars;
    };
    const small = workOf(500);
    const large = workOf(4000);
    expect(large / small).toBeLessThanOrEqual(8 * 1.1);
  });

  test('every kind is one of the four', () => {
    const all: RiskKind[] = ['lookalike', 'shortener', 'code-request', 'payment-request'];
    expect(kinds('продиктуйте код из смс, переведите на карту, clck.ru/x, gosuslugi-ru.com').sort()).toEqual([...all].sort());
  });
});

describe('Punycode', () => {
  test('decodes as the URL standard does (checked against Node’s own)', () => {
    const host = fc.array(fc.constantFrom('a', 'b', 'о', 'с', 'х', 'ü', 'é', '日', '本', '-', '1'), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(host, (label) => {
        let ascii: string;
        try {
          ascii = new URL(`http://${label}.ru`).hostname;
        } catch {
          return;
        }
        expect(decodeHost(ascii)).toBe(url.domainToUnicode(ascii));
      }),
      { numRuns: 500 },
    );
  });

  test('a label that is not valid Punycode comes back as it is', () => {
    expect(decodeHost('xn--.ru')).toBe('xn--.ru');
    expect(decodeHost('xn--zzzzzzzzzzzzzzzzzzzzzzzz.ru')).toBe('xn--zzzzzzzzzzzzzzzzzzzzzzzz.ru');
  });
});
