/**
 * The capture script on messenger pages: the teacher's tools beside the chat, one file per
 * feature, each started in its own error boundary (lib/dom/features.ts):
 * - invites.ts: «Запомнить приглашение» beside a message with an invite link;
 * - chat-list.ts: the chat list's titles, for the required-chats checklist;
 * - members.ts: the open chat's member count, for how many have joined;
 * - moderation.ts: marks beside names, «Нарушение правил», «Правила»;
 * - frauds.ts: a mark beside a message that looks like a fraud, with a warning to the class;
 * - page-report.ts: the page's structure for «Сообщить о странице»;
 * - status.ts: what the page's parts are found, for the popup.
 * A script of its own, apart from the warnings: it must not weigh on their 48 KB budget, and one
 * failing does not stop the other. It writes nothing to the page but its own elements (closed
 * Shadow DOM).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFeatures } from '../../lib/dom/features';
import { extensionLifetime } from '../../lib/dom/lifetime';
import { observeAdditions } from '../../lib/dom/observe';
import { CAPTURE_MESSAGES, type CaptureKey } from '../../lib/i18n/capture';
import { translator, type Translate } from '../../lib/i18n/index';
import { pageSettingsUnderPolicy } from '../../lib/settings/index';
import { pageSettingsItem } from '../../lib/settings/store';
import { MESSENGER_MATCHES, adapterFor } from '../../lib/sites/index';
import { chatListReading } from './chat-list';
import { OWN_NODES, type CaptureContext } from './context';
import { FRAUD_TAG, fraudMarks } from './frauds';
import { CAPTURE_TAG, inviteCapture } from './invites';
import { memberCounts } from './members';
import { moderation } from './moderation';
import { pageReport } from './page-report';
import { pageStatus } from './status';

function ownNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && element.closest(OWN_NODES) !== null;
}

export default defineContentScript({
  matches: MESSENGER_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  async main() {
    // Lives as long as the extension, not on WXT's ctx.signal, which the page can abort.
    const lifetime = extensionLifetime(() => Boolean(browser.runtime?.id));
    const { signal } = lifetime;
    signal.addEventListener('abort', () => document.querySelectorAll(`${CAPTURE_TAG}, ${FRAUD_TAG}`).forEach((element) => element.remove()), { once: true });
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return; // a matched host but not its messenger
    // A school's policy may fix what is flagged (none: Firefox throws), as in the warnings' script.
    // Both read at once: the features wait for them.
    const [policy, stored] = await Promise.all([browser.storage.managed.get(null).catch((): unknown => null), pageSettingsItem.load()]);
    let settings = pageSettingsUnderPolicy(stored, policy);
    let t: Translate<CaptureKey> = translator(CAPTURE_MESSAGES, settings.language);
    const stop = pageSettingsItem.watch((loaded) => {
      settings = pageSettingsUnderPolicy(loaded, policy);
      t = translator(CAPTURE_MESSAGES, loaded.language);
    });
    signal.addEventListener('abort', stop, { once: true });

    const context: CaptureContext = { adapter, lifetime, t: () => t, settings: () => settings };
    // One observer for all the features; each keeps its own error boundary and is switched off alone.
    const features = [inviteCapture, chatListReading, memberCounts, moderation, fraudMarks, pageReport, pageStatus].map((feature) => feature(context));
    const onAdded = startFeatures(features);
    observeAdditions(
      document.body,
      (nodes, changedWithin) => {
        if (lifetime.alive()) onAdded(nodes, changedWithin);
      },
      signal,
      ownNode,
    );
  },
});
