/**
 * Fraud marks: beside a message that looks like a fraud (a look-alike of a site the school uses, a
 * request for a code or for money), a red mark in plain words with the teacher's next steps — a
 * ready warning put into the message field for her to send, and «⚑ Нарушение правил»; beside a short
 * link alone, a quiet note. What counts is decided in lib (findRisks, shownRisks, fraudMarkOf); here
 * the page is read and the mark drawn. The history on the page is read in idle time, newest first.
 */
import type { Feature } from '../../lib/dom/features';
import { insertIntoComposer } from '../../lib/dom/composer';
import { nextSteps } from '../../lib/dom/next-steps';
import { shadowHost } from '../../lib/dom/shadow-host';
import { findRisks } from '../../lib/links/index';
import { fraudMarkOf, type FraudMark } from '../../lib/moderation/frauds';
import { pageSettingsItem } from '../../lib/settings/store';
import { shownRisks, unlistedServices } from '../../lib/settings/index';
import { messagesIn, messengerOf, readHistoryInIdle, type CaptureContext } from './context';

export const FRAUD_TAG = 'parta-fraud';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const STYLE = `
:host { all: initial; display: block; margin: 4px 0 0; }
.mark { display: inline-block; max-width: 100%; font: 600 12px/1.35 ${FONT}; color: #7a1212; background: #fff1f0;
  border: 1px solid #e0a5a0; border-radius: 6px; padding: 3px 8px; }
.quiet { color: #3c3c40; background: #f3f3f5; border-color: #c4c4c8; font-weight: 400; }
.steps { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 3px; font-weight: 400; }
`;
const STEP_TAG = 'parta-step';
const STEP_STYLE = `:host { all: initial; display: inline-block; }
button { font: 600 12px/1.3 ${FONT}; cursor: pointer; color: #7a1212; background: #fff; border: 1px solid #c9837c; border-radius: 5px; padding: 1px 7px; }
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 1px; }`;

/** What was read of a message last time, and the mark it got: unchanged content is not read again. */
interface Seen {
  key: string;
  mark: FraudMark | null;
  host: HTMLElement | null;
}

export function fraudMarks({ adapter, lifetime, t, settings }: CaptureContext): Feature {
  return { name: 'fraud marks', start };

  function start() {
    // The generic fallback reads no messages as such: nothing to mark there.
    if (!messengerOf(adapter)) return;
    let seen = new WeakMap<Element, Seen>();
    const drawn = new Set<HTMLElement>();

    const draw = (message: Element, mark: FraudMark): HTMLElement => {
      const tr = t();
      const { host, root } = shadowHost(FRAUD_TAG, STYLE);
      const lines: string[] = [];
      if (mark.quiet) lines.push(`ⓘ ${tr('fraudShortener')}`);
      if (mark.reasons.length > 0) {
        const reasons = mark.reasons.map((reason) => (reason.key === 'fraudLookalike' ? tr(reason.key, { service: reason.service }) : tr(reason.key)));
        lines.push(`⚠ ${tr('fraudTitle', { reasons: reasons.join('; ') })}`);
      }
      if (mark.unlisted.length > 0) lines.push(`⚠ ${tr('fraudUnlisted', { services: mark.unlisted.join(', ') })}`);
      host.setAttribute('role', 'note');
      const box = document.createElement('div');
      box.className = mark.quiet ? 'mark quiet' : 'mark';
      lines.forEach((line, index) => {
        if (index > 0) box.append(document.createElement('br'));
        box.append(line);
      });
      if (!mark.quiet) {
        const steps = document.createElement('div');
        steps.className = 'steps';
        const said = document.createElement('span');
        said.setAttribute('role', 'status');
        // Each step is a host of its own, slotted in (as on the warnings' badge): one place to click.
        steps.append(tr('fraudNext'), document.createElement('slot'), said);
        box.append(steps);
        const say = (words: string) => (said.textContent = words);
        const warning = [tr('fraudWarningStart'), ...mark.warning.map((part) => tr(part)), tr('fraudWarningEnd')].join(' ');
        if (mark.reasons.length > 0) {
          host.append(
            step('warn', tr('fraudWarn'), say, () => {
              const composer = document.querySelector<HTMLElement>(adapter.selectors.composer);
              if (!composer) return tr('fraudWarnFailed');
              insertIntoComposer(composer, warning);
              return tr('fraudWarnDone');
            }),
          );
        }
        if (mark.unlisted.length > 0) {
          host.append(step('rules', tr('fraudRules'), say, async () => ((await nextSteps()?.remindRules()) ? tr('fraudRulesDone') : tr('fraudWarnFailed'))));
        }
        host.append(
          step('report', `⚑ ${tr('fraudReport')}`, say, async () => ((await nextSteps()?.reportViolation(message)) ? '' : tr('fraudReportNoSender'))),
        );
      }
      root.append(box);
      drawn.add(host);
      return host;
    };

    const takeDown = (host: HTMLElement) => {
      host.remove();
      drawn.delete(host);
    };

    /** A step's button, acting on the teacher's own click only: a page script can click our host too. */
    const step = (id: string, label: string, say: (words: string) => void, run: () => string | Promise<string>) => {
      const { host, root } = shadowHost(STEP_TAG, STEP_STYLE);
      host.dataset.partaStep = id;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      // On the host: a page script can click the host (the button inside is out of its reach), and
      // that click must be seen to be refused.
      host.addEventListener('click', (event) => {
        // The message's own handlers (menus, selection) must not see our clicks.
        event.stopPropagation();
        if (!event.isTrusted || !lifetime.alive()) return;
        void Promise.resolve(run()).then(say);
      });
      root.append(button);
      return host;
    };

    /** Reads a message (again only when its content changed) and keeps its one mark in step. */
    const sync = (message: Element) => {
      const content = adapter.readMessage(message);
      const key = `${content.text}\u0000${content.hrefs.join('\u0000')}`;
      let known = seen.get(message);
      if (known?.key !== key) {
        const current = settings();
        const risks = shownRisks(findRisks(content.text, content.hrefs), current);
        const mark = fraudMarkOf(risks, unlistedServices(content.text, content.hrefs, current));
        if (known?.host) takeDown(known.host);
        known = { key, mark, host: null };
        seen.set(message, known);
      }
      // A row put back by a virtual list may have lost its mark: drawn again, never twice.
      if (known.mark && known.host?.parentElement !== message) {
        if (known.host) takeDown(known.host);
        known.host = draw(message, known.mark);
        message.append(known.host);
      }
      // Ours left on an inner part of the message, or copied with the row's nodes.
      for (const stray of message.querySelectorAll<HTMLElement>(FRAUD_TAG)) if (stray !== known.host) takeDown(stray);
    };

    /** The whole page again (at start, after a change of settings), newest first, in idle time. */
    const scanHistory = () => readHistoryInIdle(adapter, lifetime.signal, sync);

    scanHistory();
    // The teacher switched a kind off (or on), or the language: every mark is decided and drawn again.
    const stop = pageSettingsItem.watch(() => {
      for (const host of drawn) host.remove();
      drawn.clear();
      seen = new WeakMap();
      scanHistory();
    });
    lifetime.signal.addEventListener(
      'abort',
      () => {
        stop();
        for (const host of drawn) host.remove();
      },
      { once: true },
    );
    return (nodes: Set<Node>, changedWithin: Set<Node>) => {
      for (const node of [...nodes, ...changedWithin]) {
        if (!node.isConnected) continue;
        for (const message of messagesIn(node, adapter)) sync(message);
      }
    };
  }
}
