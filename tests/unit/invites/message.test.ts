/**
 * The ready message: the link, for whom it is, the chat's rules; the teacher's own template.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_INVITE_TEMPLATE, renderInviteMessage } from '../../../lib/invites/index';
import { VK_CODE, created } from './records';

describe('ready message', () => {
  test('placeholders that are names of object internals stay as typed, nothing breaks or is injected', () => {
    const record = created();
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const message = renderInviteMessage(`Привет {${name}} {ссылка}`, record);
      expect(message).toBe(`Привет {${name}} ${record.url}`);
    }
  });

  test('the default template names the chat, class, whom and the link, and carries the rules', () => {
    const message = renderInviteMessage(DEFAULT_INVITE_TEMPLATE, created());
    expect(message).toContain('«Родители 5А» (5А) для родителей (законных представителей):');
    expect(message).toContain(`https://vk.me/join/${VK_CODE}`);
    expect(message).toContain('только по собственному желанию');
    expect(message).toContain('Telegram');
  });

  test('{правила} is the teacher’s rules for the chat’s kind, else the school’s, else the default', () => {
    const rules = { school: ['Школьное правило'], parents: ['Родительское правило'] };
    expect(renderInviteMessage('{ссылка}\n{правила}', created(), rules)).toBe(`https://vk.me/join/${VK_CODE}\nПравила чата:\n1. Родительское правило`);
    expect(renderInviteMessage('{ссылка} {rules}', created({ chatPurpose: 'students', role: 'student' }), rules)).toBe(`https://vk.me/join/${VK_CODE} Правила чата:\n1. Школьное правило`);
    expect(renderInviteMessage('{правила}', created({ chatPurpose: 'teachers', role: 'teacher' }))).toContain('7. Кто нарушил правила больше трёх раз');
  });
  test('empty class leaves no empty brackets; unknown placeholders stay; the link is never lost', () => {
    expect(renderInviteMessage('Чат «{чат}» ({класс}) — {ссылка}', created({ className: '' }))).toBe(
      `Чат «Родители 5А» — https://vk.me/join/${VK_CODE}`,
    );
    expect(renderInviteMessage('Привет, {имя}!', created())).toBe(`Привет, {имя}!\nhttps://vk.me/join/${VK_CODE}`);
    expect(renderInviteMessage('{link} for {FOR}', created())).toBe(`https://vk.me/join/${VK_CODE} for родителей (законных представителей)`);
  });
});
