/**
 * Outgoing-link wrappers: VK sends outside links through away.php (`vk.com/away.php?to=<url>`,
 * also on vk.ru and m.vk.com). The link a teacher sees and follows is the wrapped one, so the
 * adapter asks the detector about that; the detector itself ignores hosts inside query strings.
 */
const AWAY = /^https?:\/\/(?:m\.)?vk\.(?:com|ru)\/away(?:\.php)?\?/i;

export function unwrapHref(href: string): string {
  if (!AWAY.test(href)) return href;
  try {
    const target = new URL(href).searchParams.get('to');
    if (!target) return href;
    return target;
  } catch {
    return href;
  }
}
