/**
 * A big school's teachers' report files, shaped as Parta builds them: sixty classes; a class
 * teacher reports their own class's chats (pupils, parents, its teachers); every teacher reports the
 * subject chats of the classes they teach and the school-wide staff room. A hundred teachers give
 * 4,000 rows: a subject chat in about three reports (colleagues of one subject), the staff room in
 * every one. Pure: the bench and the unit suite share it.
 */
import type { ReportRow, TeacherReport } from '../../lib/school-report/report';
import { localDay } from '../../lib/util/dates';

const DAY = 24 * 60 * 60 * 1000;
const CLASSES = Array.from({ length: 60 }, (_, index) => `${(index % 10) + 1}${'АБВГДЕ'[Math.floor(index / 10)]}`);
const SUBJECTS = [
  'Математика', 'Русский язык', 'Литература', 'Физика', 'История', 'Английский язык', 'Биология', 'География', 'Химия', 'Информатика',
  'Обществознание', 'Музыка', 'ИЗО', 'Технология', 'Физкультура', 'ОБЖ', 'Немецкий язык', 'Астрономия', 'Окружающий мир', 'Чтение',
];

function rowsOf(teacher: number, now: number): ReportRow[] {
  const rows: ReportRow[] = [];
  const seen = (step: number) => now - ((teacher + step) % 30) * DAY;
  const placed = (chat: string, members: number, seenAt: number) => ({ max: { chat, members, seenAt } });
  const own = teacher < CLASSES.length ? CLASSES[teacher] : null;
  if (own) {
    const seenAt = seen(0);
    rows.push(
      { classKey: own, requirementId: 'class-students', audience: 'students', status: 'ok', ...placed(`${own} ученики`, 26, seenAt), joined: 25, size: 27, seenAt },
      {
        classKey: own,
        requirementId: 'class-parents',
        audience: 'parents',
        status: 'ok',
        // A class teacher's parents' chat with the weeks it filled in (report version 3): 17 families eight weeks ago, 24 now.
        max: { chat: `Родители ${own}`, members: 24, seenAt, weeks: Array.from({ length: 8 }, (_, week) => ({ week: localDay(seenAt - (7 - week) * 7 * DAY), members: 17 + week })) },
        joined: 23,
        size: 27,
        seenAt,
      },
      { classKey: own, requirementId: 'class-teachers', audience: 'teachers', status: teacher % 3 === 0 ? 'missing' : 'ok', joined: null, size: null, seenAt: null },
    );
  }
  const subject = SUBJECTS[teacher % SUBJECTS.length];
  // Five teachers per subject, each teaching it in classes from their own starting point.
  const first = Math.floor(teacher / SUBJECTS.length) * 12;
  for (let step = 0; rows.length < 39; step++) {
    const classKey = CLASSES[(first + step) % CLASSES.length];
    const seenAt = seen(step);
    const joined = 20 + ((teacher + step) % 8);
    rows.push({ classKey, requirementId: 'subject', audience: 'subject', subject, status: 'ok', ...placed(`${subject} ${classKey}`, joined + 1, seenAt), joined, size: 27, seenAt });
  }
  const staffSeen = now - (teacher % 9) * DAY;
  rows.push({ classKey: null, requirementId: 'school-staff-room', audience: 'staff', status: 'ok', ...placed('Учительская', 60 + (teacher % 3), staffSeen), joined: 60 + (teacher % 3), size: null, seenAt: staffSeen });
  return rows;
}

export function schoolReports(teachers: number, now: number): TeacherReport[] {
  return Array.from({ length: teachers }, (_, index) => ({
    format: 'parta-coverage-report',
    version: 3,
    teacher: `Учитель ${String(index + 1).padStart(3, '0')} И. О.`,
    exportedAt: now - (index % 5) * DAY,
    platforms: 'max',
    threshold: 90,
    rows: rowsOf(index, now),
  }));
}
