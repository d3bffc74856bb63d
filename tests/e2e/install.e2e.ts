/**
 * Installing and updating as a teacher does, in a real Chromium: the unpacked build has the id the
 * README states (from the manifest's public key, not from its folder), and the same version loaded
 * from another folder into the same profile — an update unpacked somewhere new — finds the teacher's
 * invitation and settings.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_PATH, launch, type Harness } from './harness';

const VK_INVITE = 'https://vk.me/join/AJQ1d0uWzyC/DNvIowlP2mLB';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-install-'));
const stray: string[] = [];
let harness: Harness | undefined;

afterAll(async () => {
  await harness?.close();
  fs.rmSync(work, { recursive: true, force: true });
  expect(stray).toEqual([]);
});

/** The id README «Установка» gives for an install from the archive. */
function documentedId(): string {
  const readme = fs.readFileSync(path.resolve('README.md'), 'utf8');
  const found = /Код \(id\) Парты, установленной из архива[^`]*`([a-p]{32})`/.exec(readme);
  if (!found?.[1]) throw new Error('README «Установка» states no id');
  return found[1];
}

/** Chromium's rule: the first 32 hex digits of the key's SHA-256, written with the letters a–p. */
function idOfKey(key: string): string {
  const hex = crypto.createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

function copyBuild(name: string): string {
  const folder = path.join(work, name);
  fs.cpSync(EXTENSION_PATH, folder, { recursive: true });
  return folder;
}

async function openPopup(current: Harness): Promise<Page> {
  const popup = await current.context.newPage();
  await popup.goto(`chrome-extension://${current.extensionId}/popup.html`);
  await popup.getByRole('heading', { name: 'Приглашения' }).waitFor();
  return popup;
}

test('the unpacked build has the id the README states, whatever its folder', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as { key?: string };
  expect(idOfKey(manifest.key ?? '')).toBe(documentedId());
  harness = await launch({ extensionPath: copyBuild('first') });
  expect(harness.extensionId).toBe(documentedId());
  // The browser took the shortcuts help names: one opens Parta's window.
  const shortcuts = await harness.worker.evaluate(async () => {
    type Commands = { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
    return (await (globalThis as unknown as { chrome: Commands }).chrome.commands.getAll()).map(({ name, shortcut }) => `${name}=${shortcut}`).sort();
  });
  expect(shortcuts).toEqual(['_execute_action=Alt+Shift+K', 'report-violation=Alt+Shift+V']);
  stray.push(...harness.strayRequests);
  await harness.close();
  harness = undefined;
});

test('an update unpacked into a new folder finds the invitations and settings', { timeout: 120_000 }, async () => {
  harness = await launch({ extensionPath: copyBuild('old') });
  const popup = await openPopup(harness);
  await popup.getByRole('button', { name: /Добавить/ }).click();
  await popup.getByLabel('Ссылка-приглашение').fill(VK_INVITE);
  await popup.getByLabel('Класс или группа').fill('5А');
  await popup.getByLabel('Название чата').fill('Родители 5А');
  await popup.getByRole('button', { name: 'Сохранить' }).click();
  await popup.getByTestId('said').filter({ hasText: 'Приглашение сохранено' }).waitFor();
  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await options.getByTestId('school-name').fill('Школа № 1500');
  await options.getByTestId('school-name').blur();
  await options.locator('[data-testid="said"][data-at="school-name"]').filter({ hasText: 'Сохранено' }).waitFor();

  const profile = harness.profile;
  stray.push(...harness.strayRequests);
  await harness.close({ keepProfile: true });
  // The teacher unpacks the update elsewhere and removes the old folder.
  fs.rmSync(path.join(work, 'old'), { recursive: true });
  harness = await launch({ profile, extensionPath: copyBuild('new') });
  const again = await openPopup(harness);
  await expect(again.getByTestId('invite').locator('code').textContent()).resolves.toBe(VK_INVITE);
  const optionsAgain = await harness.context.newPage();
  await optionsAgain.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await expect.poll(() => optionsAgain.getByTestId('school-name').inputValue()).toBe('Школа № 1500');
  stray.push(...harness.strayRequests);
});
