/** Files read together read as each alone: the same text, byte-order marks and bad bytes alike. */
import { describe, expect, test } from 'vitest';
import { readTexts } from '../../../lib/util/read-files';

describe('reading many files at once', () => {
  test('each file gives what its own File.text() gives', async () => {
    const encoder = new TextEncoder();
    const files = [
      new File(['{"teacher":"Иванова И. И."}'], 'a.json'),
      new File([new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('с меткой порядка байтов')])], 'bom.json'),
      new File([], 'empty.json'),
      // A letter cut in half at the file's end, and one at the next file's start: never joined.
      new File([encoder.encode('конец').slice(0, 9)], 'cut-end.json'),
      new File([encoder.encode('начало').slice(1)], 'cut-start.json'),
      new File(['😀 emoji, \u00e9, 5А'], 'mixed.json'),
    ];
    const together = await readTexts(files);
    expect(together).toEqual(await Promise.all(files.map((file) => file.text())));
    expect(together[0]).toBe('{"teacher":"Иванова И. И."}');
    expect(together[1]).toBe('с меткой порядка байтов');
    expect(together[3]).toBe('коне\uFFFD');
  });

  test('no files, no texts', async () => {
    await expect(readTexts([])).resolves.toEqual([]);
  });
});
