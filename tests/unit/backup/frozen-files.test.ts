/**
 * The data-compatibility promise: a file an earlier version wrote is always read. Each file in
 * tests/fixtures/files was written by the version in its name and is never edited. A release that
 * changes a format adds its own file here and keeps reading the old ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBackupFile } from '../../../lib/backup/backup';
import { readTeacherReport } from '../../../lib/school-report/report';

const FILES = path.resolve('tests/fixtures/files');
const read = (name: string) => fs.readFileSync(path.join(FILES, name), 'utf8');
const AFTER_ALL_OF_THEM = Date.UTC(2030, 0, 1);

describe('files written by 0.1.0', () => {
  test('the backup of everything: every kind of record, the settings with the school and the teacher', () => {
    const result = readBackupFile(read('backup-0.1.0.json'));
    if (!result.ok || result.kind !== 'everything') throw new Error(`not read: ${JSON.stringify(result)}`);
    const { file } = result;
    expect([file.invites, file.chats, file.classes, file.overrides, file.classSizes, file.violations, file.blocks, file.leavers, file.drafts].map((records) => records.length)).toEqual([4, 2, 3, 2, 1, 2, 2, 1, 2]);
    expect(file.settings).toMatchObject({ teacherName: 'Иванова М. И.', schoolName: 'ГБОУ Школа № 1500', staleDays: 10 });
  });

  test('the invitations-only export', () => {
    const result = readBackupFile(read('invites-0.1.0.json'));
    expect(result.ok && result.kind === 'invites' ? result.invites.length : null).toBe(4);
  });

  test('the teacher’s report for the director', () => {
    const result = readTeacherReport(read('report-0.1.0.json'), AFTER_ALL_OF_THEM);
    if (!result.ok) throw new Error(`not read: ${result.problem}`);
    expect(result.report.teacher).toBe('Иванова М. И.');
    expect(result.report.rows.find((row) => row.requirementId === 'class-parents')).toMatchObject({ classKey: '5А', status: 'ok', size: 27 });
  });

});

describe('files written by 0.2.0', () => {
  test('the backup of everything, every kind of record', () => {
    const result = readBackupFile(read('backup-0.2.0.json'));
    if (!result.ok || result.kind !== 'everything') throw new Error(`not read: ${JSON.stringify(result)}`);
    const { file } = result;
    expect([file.invites, file.chats, file.classes, file.overrides, file.classSizes, file.violations, file.blocks, file.leavers, file.drafts].map((records) => records.length)).toEqual([4, 2, 3, 2, 1, 2, 2, 1, 2]);
    expect(file.settings).toMatchObject({ teacherName: 'Иванова М. И.', schoolName: 'ГБОУ Школа № 1500' });
  });

  test('the teacher’s report (format 2: a chat not yet checked is «unchecked», not «missing»)', () => {
    const result = readTeacherReport(read('report-0.2.0.json'), AFTER_ALL_OF_THEM);
    if (!result.ok) throw new Error(`not read: ${result.problem}`);
    expect(result.report.version).toBe(2);
    expect(result.report.rows.map((row) => row.status)).toEqual(['unchecked', 'ok', 'missing']);
  });
});

test('every frozen file is covered by a test above', () => {
  expect(fs.readdirSync(FILES).sort()).toEqual(['backup-0.1.0.json', 'backup-0.2.0.json', 'invites-0.1.0.json', 'report-0.1.0.json', 'report-0.2.0.json']);
});
