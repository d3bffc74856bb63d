/**
 * findInChat, for any pupil: a member who is clearly another person (another surname and another
 * given name, in any order, with any emoji, class or role words around) never matches; the pupil
 * written as a chat writes them is found surely; «мама <child>» in the genitive is surely a parent
 * and never the pupil; and a member's verdict does not depend on the other members.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findInChat, type PupilName } from '../../../lib/families/match';
import { givenForms, givenGenitive, surnameForms, surnameGenders, surnameGenitive } from '../../../lib/families/names';

const MALE_SURNAMES = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов', 'Петров', 'Волков',
  'Соловьёв', 'Васильев', 'Зайцев', 'Павлов', 'Семёнов', 'Голубев', 'Виноградов', 'Богданов', 'Воробьёв', 'Фёдоров',
  'Михайлов', 'Беляев', 'Тарасов', 'Белов', 'Комаров', 'Орлов', 'Киселёв', 'Макаров', 'Андреев', 'Ильин', 'Никитин',
  'Ковальский', 'Вишневский', 'Высоцкий', 'Ким', 'Белых', 'Шевченко', 'Бондаренко', 'Ковальчук', 'Пак', 'Цой', 'Черных',
];
const GIVEN = {
  male: ['Пётр', 'Иван', 'Александр', 'Алексей', 'Дмитрий', 'Михаил', 'Сергей', 'Андрей', 'Артём', 'Максим', 'Кирилл', 'Егор', 'Никита', 'Илья', 'Матвей', 'Тимофей', 'Роман', 'Владимир', 'Лев', 'Фёдор', 'Глеб', 'Марк'],
  female: ['Анастасия', 'Мария', 'Анна', 'Дарья', 'Полина', 'Елизавета', 'Виктория', 'Екатерина', 'Ксения', 'Софья', 'Варвара', 'Алиса', 'Ульяна', 'Юлия', 'Александра', 'Евгения', 'Вероника', 'Ева'],
};
const EVERYDAY_OF: Record<string, string[]> = {
  Пётр: ['Петя', 'Петр'], Иван: ['Ваня'], Александр: ['Саша'], Алексей: ['Лёша', 'Алеша'], Дмитрий: ['Дима'], Михаил: ['Миша'],
  Сергей: ['Серёжа'], Андрей: ['Андрюша'], Артём: ['Тёма', 'Артем'], Максим: ['Макс'], Кирилл: ['Кирюша'], Никита: ['Никитка'],
  Илья: ['Илюша'], Анастасия: ['Настя'], Мария: ['Маша'], Анна: ['Аня'], Дарья: ['Даша'], Полина: ['Поля'], Елизавета: ['Лиза'],
  Виктория: ['Вика'], Екатерина: ['Катя'], Ксения: ['Ксюша'], Софья: ['Соня'], Варвара: ['Варя'], Юлия: ['Юля'], Александра: ['Саша'],
  Евгения: ['Женя'], Лев: ['Лёва'], Фёдор: ['Федя'],
};

const gender = fc.constantFrom<'male' | 'female'>('male', 'female');
/** A pupil: a surname in the pupil's gender form, a given name of that gender. */
const pupilArb = gender.chain((sex) =>
  fc.record({
    sex: fc.constant(sex),
    surname: fc.constantFrom(...MALE_SURNAMES).map((male) => (sex === 'male' ? male : (surnameGenders(male).find((form) => form !== male.toLowerCase().replaceAll('ё', 'е')) ?? male))),
    given: fc.constantFrom(...GIVEN[sex]),
  }),
);
const noise = fc.constantFrom('', '🌸', '⚽️', '7Б', '(5А)', '10-В', '👍🏻', '✨ ', '— ученик', '👨‍👩‍👧');
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const asPupil = ({ surname, given }: { surname: string; given: string }): PupilName => ({ surname: capitalised(surname), given });
const disjoint = (a: Set<string>, b: Set<string>) => [...a].every((form) => !b.has(form));

describe('findInChat for any pupil', () => {
  test('a member with another surname and another given name never matches, whatever is around them', () => {
    fc.assert(
      fc.property(pupilArb, pupilArb, noise, noise, fc.boolean(), fc.constantFrom('pupils' as const, 'parents' as const), (pupil, other, before, after, reversed, audience) => {
        fc.pre(disjoint(surnameForms(pupil.surname), surnameForms(other.surname)) && disjoint(givenForms(pupil.given), givenForms(other.given)));
        const words = reversed ? [capitalised(other.surname), other.given] : [other.given, capitalised(other.surname)];
        const member = `${before} ${words.join(' ')} ${after}`;
        expect(findInChat(asPupil(pupil), [member], audience)).toEqual([]);
        // Nor as a parent named by their child: «мама <other child>».
        expect(findInChat(asPupil(pupil), [`мама ${givenGenitive(other.given)} ${capitalised(other.surname)}`], 'parents')).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  test('the pupil as a chat writes them — everyday or full name, either order, around any emoji — is found surely', () => {
    fc.assert(
      fc.property(pupilArb, noise, noise, fc.boolean(), fc.boolean(), (pupil, before, after, reversed, everyday) => {
        const given = everyday && EVERYDAY_OF[pupil.given] ? (EVERYDAY_OF[pupil.given] as string[])[0] as string : pupil.given;
        const words = reversed ? [capitalised(pupil.surname), given] : [given, capitalised(pupil.surname)];
        const member = `${before} ${words.join(' ')} ${after}`;
        expect(findInChat(asPupil(pupil), [member], 'pupils')).toEqual([{ member: 0, sure: true }]);
        // Their own name is not a parent's.
        expect(findInChat(asPupil(pupil), [member], 'parents')).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  test('«мама/папа/бабушка <child>» with the child in the genitive is surely a parent, and never the pupil', () => {
    fc.assert(
      fc.property(pupilArb, fc.constantFrom('мама', 'Мама', 'папа', 'Папа', 'бабушка', 'Опекун'), fc.boolean(), noise, (pupil, role, withSurname, after) => {
        const given = EVERYDAY_OF[pupil.given]?.[0] ?? pupil.given;
        const child = `${capitalised(givenGenitive(given))}${withSurname ? ` ${capitalised(surnameGenitive(pupil.surname))}` : ''}`;
        const member = `${role} ${child} ${after}`;
        expect(findInChat(asPupil(pupil), [member], 'parents')).toEqual([{ member: 0, sure: true }]);
        expect(findInChat(asPupil(pupil), [member], 'pupils')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  test('a member\'s verdict does not depend on the other members or their order', () => {
    const members = fc.array(
      fc.tuple(pupilArb, noise).map(([person, around]) => `${person.given} ${capitalised(person.surname)} ${around}`),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(pupilArb, members, (pupil, list) => {
        const alone = list.map((member) => findInChat(asPupil(pupil), [member], 'pupils')[0]?.sure ?? null);
        const together = new Map(findInChat(asPupil(pupil), [...list].reverse(), 'pupils').map((found) => [list.length - 1 - found.member, found.sure]));
        expect(list.map((_, index) => together.get(index) ?? null)).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });
});
