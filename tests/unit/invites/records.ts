/** Invitations as the tests of lib/invites make them: a valid draft, created and acted on. */
import { applyInviteAction, createInvite, type InviteInput, type InviteRecord } from '../../../lib/invites/index';

export const MAX_CODE = 'Xk3mB8pQzR1vT6wYa9cD2eF5gH7jK0LnM4oP8qS1tU3'; // 43 chars of base64url, as MAX issues
export const VK_CODE = 'AJQ1d0uWzyC/DNvIowlP2mLB';

export const draft = (overrides: Partial<InviteInput> = {}): InviteInput => ({
  link: `https://vk.me/join/${VK_CODE}`,
  className: ' 5А ',
  chatTitle: 'Родители 5А',
  chatPurpose: 'parents',
  role: 'parent',
  recipients: 'родители класса',
  ...overrides,
});

export const T0 = Date.UTC(2026, 8, 1, 9, 0);

export function created(overrides: Partial<InviteInput> = {}, now = T0, id = 'a'): InviteRecord {
  const result = createInvite(draft(overrides), now, id);
  if (!result.ok) throw new Error('draft should be valid');
  return result.record;
}

export function act(record: InviteRecord, action: Parameters<typeof applyInviteAction>[1], now: number): InviteRecord {
  const result = applyInviteAction(record, action, now);
  if (!result.ok) throw new Error(`action refused: ${result.error}`);
  return result.record;
}
