/** Russian (or English) words for invitation values and problems, shared by popup and options. */
import type { InviteRejection } from '../invites/parse';
import type { InviteRecord } from '../invites/schema';
import type { UiTranslate } from './ui';

export function rejectionText(t: UiTranslate, rejection: InviteRejection): string {
  switch (rejection.reason) {
    case 'empty':
      return t('parseEmpty');
    case 'not-a-link':
      return t('parseNotALink');
    case 'foreign-messenger':
      return t('parseForeign', { messenger: rejection.messenger });
    case 'unknown-site':
      return t('parseUnknownSite', { host: rejection.host });
    case 'not-an-invite':
      return t('parseNotAnInvite', { platform: t(`platform_${rejection.platform}`) });
    case 'bad-code':
      return t('parseBadCode', { platform: t(`platform_${rejection.platform}`) });
  }
}

export function duplicateText(t: UiTranslate, existing: InviteRecord | null): string {
  if (!existing) return t('duplicateInvite', { class: '', chat: '', status: '' });
  return t('duplicateInvite', {
    class: existing.className || t('invitesNoClass'),
    chat: existing.chatTitle || t('invitesUntitled'),
    status: t(`status_${existing.status}`),
  });
}
