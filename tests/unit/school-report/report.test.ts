// @vitest-environment happy-dom
/**
 * The teacher's report for the director and the merge of many: validated files, the newer count wins.
 */
import { describe, expect, test } from 'vitest';
import { checkCoverage } from '../../../lib/classes/coverage';
import { GRID_MAX_CLASSES, GRID_MAX_COLUMNS, MAX_REPORT_CLASSES, MAX_REPORT_SUBJECTS, buildTeacherReport, mergeReports, readTeacherReport, reportChanges, schoolGaps, schoolGrid, type TeacherReport } from '../../../lib/school-report/report';
import { DAY, T0, chat, input } from '../classes/coverage-input';
import { stateReader } from '../../../lib/today/chat-state';

/** No invitations or drafts: a chat's state is what the check says of it. */
const stateOf = stateReader([], []);


describe('the school report', () => {
  const result = checkCoverage(input([chat('5А Родители', 'max', 26), chat('Ученики 5А', 'vk', 20)]));
  const report = (teacher: string, exportedAt: number, seenAt: number | null, joined: number | null): TeacherReport => ({
    format: 'parta-coverage-report',
    version: 1,
    teacher,
    exportedAt,
    platforms: 'max',
    threshold: 90,
    rows: [
      { classKey: '5А', requirementId: 'class-parents', audience: 'parents', status: 'ok', max: { chat: '5А Родители', members: joined, seenAt }, joined, size: 27, seenAt },
    ],
  });

  test('a teacher’s report reads back as written', () => {
    const built = buildTeacherReport(result, { teacher: ' Иванова И. И. ', now: T0, platforms: 'max', threshold: 90 }, stateOf);
    expect(built.teacher).toBe('Иванова И. И.');
    const parents = built.rows.find((row) => row.requirementId === 'class-parents');
    expect(parents).toMatchObject({ classKey: '5А', status: 'ok', joined: 25, size: 27, seenAt: T0, max: { chat: '5А Родители', members: 26 } });
    expect(built.rows.find((row) => row.requirementId === 'class-students')).toMatchObject({ status: 'missing', vk: { chat: 'Ученики 5А' } });
    const read = readTeacherReport(JSON.stringify(built));
    expect(read).toEqual({ ok: true, report: built });
  });

  test('a chat\'s member count week by week travels in the report (version 3), numbers only, and reads back', () => {
    const weekly = new Map([['max:5А Родители', [{ week: '2026-11-09', members: 20 }, { week: '2026-11-16', members: 26 }]]]);
    const built = buildTeacherReport(result, { teacher: 'Иванова И. И.', now: T0, platforms: 'max', threshold: 90, weekly }, stateOf);
    expect(built.version).toBe(3);
    expect(built.rows.find((row) => row.requirementId === 'class-parents')?.max?.weeks).toEqual([
      { week: '2026-11-09', members: 20 },
      { week: '2026-11-16', members: 26 },
    ]);
    // A chat without weekly counts carries none (not an empty list).
    expect(built.rows.find((row) => row.requirementId === 'class-students')?.vk).not.toHaveProperty('weeks');
    expect(readTeacherReport(JSON.stringify(built), T0)).toEqual({ ok: true, report: built });
  });

  test('a week that is no real day, or later than the reader\'s clock plus a day, is refused', () => {
    const withWeeks = (weeks: unknown) => {
      const base = report('A', T0, T0, 3);
      return JSON.stringify({ ...base, version: 3, rows: [{ ...base.rows[0], max: { ...base.rows[0].max, weeks } }] });
    };
    expect(readTeacherReport(withWeeks([{ week: '2026-10-26', members: 3 }]), T0).ok).toBe(true);
    for (const week of ['2026-13-01', '2026-02-30', '26-10-26']) expect(readTeacherReport(withWeeks([{ week, members: 3 }]), T0)).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    expect(readTeacherReport(withWeeks([{ week: '9999-12-27', members: 3 }]), T0)).toMatchObject({ ok: false, problem: { kind: 'future' } });
    expect(readTeacherReport(withWeeks(Array.from({ length: 54 }, () => ({ week: '2026-10-26', members: 3 }))), T0).ok).toBe(false);
  });

  test.each([
    ['not JSON', '{', 'not-json'],
    ['another file', JSON.stringify({ format: 'parta-backup' }), 'foreign'],
    ['a newer version', JSON.stringify({ format: 'parta-coverage-report', version: 9 }), 'newer-version'],
    ['a bad row', JSON.stringify({ ...report('A', T0, T0, 3), rows: [{ classKey: '5А' }] }), 'invalid'],
    ['a negative count', JSON.stringify(report('A', T0, T0, -1)), 'invalid'],
  ])('a malformed file (%s) says why', (_name, text, kind) => {
    const read = readTeacherReport(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.kind).toBe(kind);
  });

  test('a report that could make the summary unbounded is refused, saying why: unknown requirements, classes not as Parta writes them, too many classes or subjects', () => {
    const base = report('A', T0, T0, 3);
    const row = base.rows[0];
    const withRows = (rows: TeacherReport['rows']) => JSON.stringify({ ...base, rows });
    const refused = (text: string) => {
      const read = readTeacherReport(text, T0);
      return read.ok ? null : read.problem;
    };
    expect(refused(withRows([{ ...row, requirementId: 'x-4999' }]))).toEqual({ kind: 'unknown-requirement', id: 'x-4999' });
    expect(refused(withRows([{ ...row, classKey: 'класс 5 «а»' }]))?.kind).toBe('invalid');
    const classes = Array.from({ length: MAX_REPORT_CLASSES + 1 }, (_, index) => ({ ...row, classKey: `${(index % 11) + 1}${'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ'[Math.floor(index / 11) % 26]}${index >= 286 ? index : ''}` }));
    const keys = new Set(classes.map((entry) => entry.classKey));
    expect(keys.size).toBe(MAX_REPORT_CLASSES + 1);
    expect(refused(withRows(classes))).toEqual({ kind: 'too-many', what: 'classes', count: MAX_REPORT_CLASSES + 1, max: MAX_REPORT_CLASSES });
    expect(refused(withRows(classes.slice(0, MAX_REPORT_CLASSES)))).toBeNull();
    const subjects = Array.from({ length: MAX_REPORT_SUBJECTS + 1 }, (_, index) => ({ ...row, requirementId: 'subject', audience: 'subject' as const, subject: `Предмет ${index}` }));
    expect(refused(withRows(subjects))).toEqual({ kind: 'too-many', what: 'subjects', count: MAX_REPORT_SUBJECTS + 1, max: MAX_REPORT_SUBJECTS });
  });

  test('the grid is bounded whatever the files hold; what did not fit is counted', () => {
    const rows = mergeReports([
      {
        ...report('A', T0, T0, 3),
        rows: Array.from({ length: 400 }, (_, index) => ({ ...report('A', T0, T0, 3).rows[0], classKey: `К${index}`, requirementId: 'subject', audience: 'subject' as const, subject: `П${index % 100}` })),
      },
    ]);
    const grid = schoolGrid(rows, 90);
    expect([grid.classes.length, grid.columns.length]).toEqual([GRID_MAX_CLASSES, GRID_MAX_COLUMNS]);
    expect(grid.beyond).toEqual({ classes: 100, columns: 40 });
  });

  test('two reports of the same class: the newer count wins and the row says whose it replaced', () => {
    const rows = mergeReports([report('Петрова', T0, T0 - 5 * DAY, 20), report('Иванова', T0 - DAY, T0 - DAY, 24)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ teacher: 'Иванова', joined: 24, replaced: [{ teacher: 'Петрова', joined: 20 }] });
    // Order of files does not matter.
    expect(mergeReports([report('Иванова', T0 - DAY, T0 - DAY, 24), report('Петрова', T0, T0 - 5 * DAY, 20)])[0].teacher).toBe('Иванова');
    // A count beats no count, however new.
    expect(mergeReports([report('Иванова', T0 - DAY, T0 - DAY, 24), report('Сидоров', T0 + DAY, null, null)])[0].teacher).toBe('Иванова');
  });

  test('rows of different classes all stay, ordered by grade', () => {
    const other = { ...report('Петрова', T0, T0, 20), rows: [{ ...report('x', T0, T0, 20).rows[0], classKey: '10А' }] };
    expect(mergeReports([other, report('Иванова', T0, T0, 24)]).map((row) => row.classKey)).toEqual(['5А', '10А']);
  });

  test('a date later than the reader’s clock plus a day is refused: a forged report cannot outrank real ones', () => {
    const now = T0 + 10 * DAY;
    const farFuture = 8_640_000_000_000_000; // the year 275760: the latest time a Date holds
    expect(readTeacherReport(JSON.stringify(report('Подделка', farFuture, T0, 27)), now)).toEqual({ ok: false, problem: { kind: 'future', at: farFuture } });
    expect(readTeacherReport(JSON.stringify(report('Подделка', T0, farFuture, 27)), now)).toEqual({ ok: false, problem: { kind: 'future', at: farFuture } });
    const placed = { ...report('Подделка', T0, T0, 27) };
    placed.rows = [{ ...placed.rows[0], max: { chat: '5А Родители', members: 27, seenAt: now + 2 * DAY } }];
    expect(readTeacherReport(JSON.stringify(placed), now)).toMatchObject({ ok: false, problem: { kind: 'future' } });
    // A clock a few hours fast (another time zone) is no forgery.
    expect(readTeacherReport(JSON.stringify(report('Иванова', now + DAY / 2, now + DAY / 2, 20)), now).ok).toBe(true);
  });

  test('what a newer file of the same teacher changes, before the director replaces it', () => {
    const older = report('Иванова', T0, T0, 20);
    const newer: TeacherReport = {
      ...report('Иванова', T0 + DAY, T0 + DAY, 22),
      rows: [...report('Иванова', T0 + DAY, T0 + DAY, 22).rows, { ...older.rows[0], classKey: '6Б' }],
    };
    expect(reportChanges(older, newer)).toEqual({ changed: 1, added: 1, removed: 0 });
    expect(reportChanges(newer, older)).toEqual({ changed: 1, added: 0, removed: 1 });
    expect(reportChanges(older, older)).toEqual({ changed: 0, added: 0, removed: 0 });
  });

  test('the director’s grid: class × chat, green at or over the threshold, amber below, grey with no count, ✗ missing', () => {
    const merged = mergeReports([
      {
        ...report('Иванова', T0, T0, 25),
        rows: [
          ...report('Иванова', T0, T0, 25).rows,
          { classKey: '5А', requirementId: 'class-students', audience: 'students', status: 'ok', joined: null, size: 27, seenAt: null },
          { classKey: '6Б', requirementId: 'class-parents', audience: 'parents', status: 'ok', joined: 20, size: 27, seenAt: T0 },
          { classKey: '6Б', requirementId: 'class-students', audience: 'students', status: 'missing', joined: null, size: null, seenAt: null },
          { classKey: null, requirementId: 'school-staff-room', audience: 'staff', status: 'ok', joined: null, size: null, seenAt: null },
        ],
      },
    ]);
    const grid = schoolGrid(merged, 90);
    expect(grid.classes).toEqual(['5А', '6Б']);
    expect(grid.columns.map((column) => column.row.requirementId)).toEqual(['class-parents', 'class-students']);
    const state = (classKey: string, requirement: string) => grid.cell(classKey, grid.columns.find((column) => column.row.requirementId === requirement)!.id)?.state;
    expect([state('5А', 'class-parents'), state('5А', 'class-students'), state('6Б', 'class-parents'), state('6Б', 'class-students')]).toEqual(['ok', 'no-count', 'low', 'missing']);
  });

  test('what the school lacks, first: missing, not checked, waited for, below the threshold — and a chat not checked is never grey «no count»', () => {
    const merged = mergeReports([
      {
        ...report('Иванова', T0, T0, 25),
        version: 2,
        rows: [
          ...report('Иванова', T0, T0, 25).rows,
          { classKey: '6Б', requirementId: 'class-parents', audience: 'parents', status: 'ok', joined: 20, size: 27, seenAt: T0 },
          { classKey: '6Б', requirementId: 'class-students', audience: 'students', status: 'missing', joined: null, size: null, seenAt: null },
          { classKey: '7В', requirementId: 'class-students', audience: 'students', status: 'unchecked', joined: null, size: null, seenAt: null },
          { classKey: '7В', requirementId: 'class-parents', audience: 'parents', status: 'waiting', joined: null, size: null, seenAt: null },
        ],
      },
    ]);
    const gaps = schoolGaps(merged, 90);
    const keys = (rows: readonly { classKey: string | null; requirementId: string }[]) => rows.map((row) => `${row.classKey} ${row.requirementId}`);
    expect(keys(gaps.missing)).toEqual(['6Б class-students']);
    expect(keys(gaps.unchecked)).toEqual(['7В class-students']);
    expect(keys(gaps.waiting)).toEqual(['7В class-parents']);
    expect(keys(gaps.low)).toEqual(['6Б class-parents']);
    const grid = schoolGrid(merged, 90);
    const state = (classKey: string, requirement: string) => grid.cell(classKey, grid.columns.find((column) => column.row.requirementId === requirement)!.id)?.state;
    expect([state('7В', 'class-students'), state('7В', 'class-parents')]).toEqual(['unchecked', 'waiting']);
    // A version-1 file is still read, and a version-2 file with the new states is too.
    expect(readTeacherReport(JSON.stringify({ ...report('Петрова', T0, T0, 20), version: 1 }), T0).ok).toBe(true);
    expect(readTeacherReport(JSON.stringify({ ...report('Иванова', T0, T0, 25), version: 2, rows: merged.map(({ teacher: _t, exportedAt: _e, replaced: _r, ...row }) => row) }), T0).ok).toBe(true);
  });
});
