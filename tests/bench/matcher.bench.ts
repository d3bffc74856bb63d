/**
 * The required-chats matcher in Node: 300 classes (own, with subjects) against 2,000 chat titles,
 * all four policies — against, in the same run, the floor of any title-based matcher (reading and
 * lower-casing every title once into a map).
 */
import { checkRequiredChats, type KnownChat, type TeacherClass } from '../../lib/classes/index';

const LETTERS = 'АБВГДЕЖЗИК';
const FORMS = ['Родители {c}', '{c} ученики', 'Учителя {c}', 'Математика {c}', 'Чат {c} класса', 'Поход {c}', 'Русский язык {c}'];

export function matcherCorpus(): { classes: TeacherClass[]; chats: KnownChat[] } {
  const classes: TeacherClass[] = [];
  for (let grade = 1; grade <= 11 && classes.length < 300; grade++) {
    for (const letter of LETTERS) classes.push({ key: `${grade}${letter}`, own: true, subjects: ['Математика', 'Русский язык'] });
  }
  for (let group = 1; classes.length < 300; group++) classes.push({ key: `ИСП-${20 + (group % 6)}-${group}`, own: true, subjects: [] });
  const chats: KnownChat[] = [];
  for (let index = 0; chats.length < 2000; index++) {
    const teacherClass = classes[index % classes.length];
    const spelled = index % 3 === 0 ? teacherClass.key.replace(/^(\d+)(\D)$/, '$1 «$2»') : teacherClass.key;
    chats.push({ title: `${FORMS[index % FORMS.length].replace('{c}', spelled)}${index >= 1500 ? ` #${index}` : ''}`, lastSeen: index });
  }
  return { classes, chats };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

export function benchMatcher(): Record<string, number> {
  const { classes, chats } = matcherCorpus();
  const profiles = ['class-teacher', 'subject-teacher', 'administration', 'college-curator'] as const;
  const times: number[] = [];
  const floors: number[] = [];
  let items = 0;
  for (let run = 0; run < 21; run++) {
    let start = performance.now();
    const result = checkRequiredChats({ classes, chats, profiles: [...profiles] });
    times.push(performance.now() - start);
    items = result.total;
    start = performance.now();
    const floor = new Map<string, string>();
    for (const chat of chats) floor.set(chat.title.toLocaleLowerCase('ru'), chat.title);
    floors.push(performance.now() - start + (floor.size > 0 ? 0 : 1));
  }
  const matchMs = median(times);
  const floorMs = median(floors);
  return { classes: classes.length, chats: chats.length, requirementsChecked: items, firstRunMs: times[0], matchMs, floorMs, ratioVsFloor: matchMs / floorMs };
}
