/**
 * One error path: a teacher never reads a raw code or an exception's text; a database
 * upgrade blocked by an old Parta page says so after a short wait instead of hanging.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { failureText, registerCodeText } from '../../../lib/i18n/errors';
import { DatabaseBlockedError, openPartaDb } from '../../../lib/db/open';
import { MIGRATIONS } from '../../../lib/db/schema';
import { translator } from '../../../lib/i18n/index';
import { UI_MESSAGES } from '../../../lib/i18n/ui';

const t = translator(UI_MESSAGES, 'ru');

describe('failures in words', () => {
  test.each(['closed', 'not-closed', 'missing', 'damaged', 'something-new'])('register code %s', (code) => {
    const text = registerCodeText(t, code);
    expect(text).not.toContain(code);
    expect(text).toMatch(/[А-Яа-яё]/);
  });

  test('an exception\'s own text never reaches the teacher; every message says what to do', () => {
    for (const error of [new Error('TransactionInactiveError: secret internals'), 'closed', { code: 42 }, null]) {
      const text = failureText(t, error);
      expect(text).not.toMatch(/secret|Transaction|closed|42|null|object/);
      expect(text).toContain('Ничего не потеряно');
    }
    const quota = new Error('quota');
    quota.name = 'QuotaExceededError';
    expect(failureText(t, quota)).toContain('места');
    expect(failureText(t, new DatabaseBlockedError('x'))).toContain('Закройте другие окна');
  });
});

test('an upgrade blocked by a connection that never closes is reported, not waited on forever', async () => {
  const name = `blocked-${Math.random()}`;
  // An old page: version 1, and it ignores the request to close.
  const old = await openPartaDb({ name, version: 1, migrations: MIGRATIONS.slice(0, 1) });
  old.close = () => undefined;
  await expect(openPartaDb({ name })).rejects.toBeInstanceOf(DatabaseBlockedError);
});
