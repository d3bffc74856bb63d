/**
 * A college's words where a school's would be wrong (seed 001, ЭПОС): группа, студенты,
 * преподаватели, куратор. Laid over the screens' texts when the teacher's roles are a college's
 * (`wordingOf`); every other text is shared. A key here must exist in the screens' dictionaries.
 */
import type { Profile } from '../../classes/profiles';
import type { UiKey } from './index';

export type Wording = 'school' | 'college';

/** A curator with no school-teacher role speaks a college's words; anyone else a school's. */
export function wordingOf(profiles: readonly Profile[]): Wording {
  return profiles.includes('college-curator') && !profiles.includes('class-teacher') && !profiles.includes('subject-teacher') ? 'college' : 'school';
}

const ru: Partial<Record<UiKey, string>> = {
  checklistRecognised: 'Страница журнала распознана: групп {count}',
  checklistManualTitle: 'Ваши группы',
  checklistManualHelp: 'Через запятую или по одному в строке, например: ИСП-22-1, ТМ-23-2.',
  checklistManualOwn: 'Группа, где вы куратор',
  checklistNoClasses: 'Групп пока нет: введите их ниже.',
  checklistNothingRequired: 'Для этих групп обязательных чатов нет: укажите ниже группу, где вы куратор, или выберите роль в настройках.',
  checklistSchool: 'Колледж',
  optionsPolicyClass: '{chat} — в вашей группе',
  optionsExampleClass: 'ИСП-23-1',
  requirement_students: 'Чат группы (студенты)',
  requirement_teachers: 'Чат преподавателей группы',
  checklistCsvClass: 'Группа',
  coverageNoSize: '{members} {members:участник|участника|участников} — укажите, сколько студентов в группе',
  coverageClassStudents: 'Студенты',
  checklistClassSize: 'Студентов в группе',
  checklistPupilsRead: 'На этой странице журнала студентов в {class}: {count}.',
  welcomeChecklist: 'В электронном журнале (ЭПОС) окно Парты показывает, каких обязательных чатов группы не хватает.',
  welcomeClasses: 'Ваши группы (если журнал их не покажет)',
  welcomeClassesHelp: 'Группы Парта прочитает и сама, когда вы откроете электронный журнал.',
  todayCheckClasses: 'групп {classes}',
  todayNoClasses: 'Парта ещё не знает ваших групп: откройте электронный журнал (или впишите группы в окне Парты на странице журнала).',
  todaySchool: 'Колледж',
  welcomeNext: 'Откройте электронный журнал и нажмите значок Парты на панели браузера: там будет список «Сегодня» и обязательные чаты ваших групп. В мессенджере Парта начнёт работать сама.',
  whom_student: 'студентам',
  whom_teacher: 'преподавателям',
};

const en: Partial<Record<UiKey, string>> = {
  checklistRecognised: 'Journal page recognised: {count} groups',
  checklistManualTitle: 'Your groups',
  checklistManualHelp: 'Comma-separated or one per line, e.g. ИСП-22-1, ТМ-23-2.',
  checklistManualOwn: 'The group you are curator of',
  checklistNoClasses: 'No groups yet: type them below.',
  checklistNothingRequired: 'No chats are required for these groups: name the group you are curator of below, or choose your role in the settings.',
  checklistSchool: 'College',
  optionsPolicyClass: '{chat} — in your group',
  optionsExampleClass: 'ИСП-23-1',
  requirement_students: 'Group chat (students)',
  requirement_teachers: 'The group’s lecturers’ chat',
  checklistCsvClass: 'Group',
  coverageNoSize: '{members} {members:member|members} — enter how many students the group has',
  coverageClassStudents: 'Students',
  checklistClassSize: 'Students in the group',
  checklistPupilsRead: 'This journal page lists {count} {count:student|students} in {class}.',
  welcomeChecklist: 'On the e-journal (EPOS), Parta’s window shows which required group chats are missing.',
  welcomeClasses: 'Your groups (if the journal does not show them)',
  welcomeClassesHelp: 'Parta also reads the groups itself when you open the e-journal.',
  todayCheckClasses: 'groups {classes}',
  todayNoClasses: 'Parta does not know your groups yet: open the e-journal (or type your groups in Parta’s window on the journal page).',
  todaySchool: 'College',
  welcomeNext: 'Open your e-journal and click Parta’s icon on the browser toolbar: there you find “Today” and your groups’ required chats. In the messenger Parta starts working by itself.',
  whom_student: 'students',
  whom_teacher: 'lecturers',
};

export const COLLEGE_WORDS = { ru, en };
