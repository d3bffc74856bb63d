/**
 * Injected UI: a warning badge and a confirmation dialog, each in its own closed Shadow DOM so the
 * site's styles cannot break them and ours cannot leak. Built with DOM calls and textContent only:
 * page text never goes through an HTML parser.
 */
import type { MessengerId } from '../../lib/links/index';
import { shadowHost } from '../../lib/dom/shadow-host';

export const BADGE_TAG = 'parta-warning';
export const DIALOG_TAG = 'parta-dialog';

/** One font stack for every piece of Parta's page UI (written once: the script's size budget). */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const BADGE_STYLE = `
:host { all: initial; display: block; margin: 4px 0 0; }
.badge { display: inline-flex; gap: 6px; align-items: flex-start; max-width: 100%; font: 600 12px/1.35 ${FONT}; color: #7a1212; background: #fff1f0; border: 1px solid #e0a5a0; border-radius: 6px; padding: 3px 8px; }
.icon { flex: none; }
.steps { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: center; font-weight: 400; }
`;

const DIALOG_STYLE = `
:host { all: initial; }
dialog { font: 14px/1.45 ${FONT}; color: #1d1d1f; border: none; border-radius: 12px; padding: 20px 22px; max-width: 420px; box-shadow: 0 10px 40px rgba(0,0,0,.3); }
dialog::backdrop { background: rgba(0,0,0,.35); }
h2 { font-size: 16px; margin: 0 0 8px; color: #7a1212; }
p { margin: 0 0 8px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 14px; }
button { font: inherit; border-radius: 8px; padding: 7px 14px; cursor: pointer; border: 1px solid #8a8a8e; background: #fff; color: #1d1d1f; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; font-weight: 600; }
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
`;


/** A next step offered on the badge: its button's words, and what it does on the teacher's own click. */
export interface BadgeStep {
  /** Names the step on its host (`data-parta-step`). */
  id: string;
  label: string;
  /** Resolves to what to say in the badge afterwards, or nothing. */
  run: () => Promise<string | null>;
}

/**
 * A visible, accessible badge; `data-parta-warning` names the messenger (tests find it so). Its
 * next steps act only on a trusted click: a page script can click our host too.
 */
export function createBadge(messenger: MessengerId, text: string, steps: { intro: string; list: BadgeStep[] } | null = null): HTMLElement {
  const { host, root } = shadowHost(BADGE_TAG, BADGE_STYLE);
  host.dataset.partaWarning = messenger;
  host.setAttribute('role', 'note');
  host.setAttribute('aria-label', text);
  host.title = text;
  const badge = document.createElement('span');
  badge.className = 'badge';
  const icon = document.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '⚠';
  const label = document.createElement('span');
  label.textContent = text;
  const body = document.createElement('span');
  body.append(label);
  if (steps && steps.list.length > 0) {
    const row = document.createElement('span');
    row.className = 'steps';
    const said = document.createElement('span');
    said.className = 'said';
    said.setAttribute('role', 'status');
    // Each step is a host of its own, slotted into the badge: one place to click, nothing to read.
    row.append(steps.intro, document.createElement('slot'), said);
    for (const step of steps.list) host.append(stepButton(step, (text) => (said.textContent = text)));
    body.append(document.createElement('br'), row);
  }
  badge.append(icon, body);
  root.append(badge);
  return host;
}

export const STEP_TAG = 'parta-step';
const STEP_STYLE = `:host { all: initial; display: inline-block; }
button { font: 600 12px/1.3 ${FONT}; cursor: pointer; color: #7a1212; background: #fff; border: 1px solid #c9837c; border-radius: 5px; padding: 1px 7px; }
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 1px; }`;

function stepButton(step: BadgeStep, say: (text: string) => void): HTMLElement {
  const { host, root } = shadowHost(STEP_TAG, STEP_STYLE);
  host.dataset.partaStep = step.id;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = step.label;
  button.addEventListener('click', (event) => {
    // The message around the badge has click handlers of its own (menus, selection).
    event.stopPropagation();
    if (!event.isTrusted) return;
    void step.run().then((text) => say(text ?? ''));
  });
  root.append(button);
  return host;
}

export interface DialogText {
  title: string;
  body: string[];
  /** The safe choice: focused first, chosen by Escape. */
  safe: string;
  risky: string;
}

let openDialog: Promise<boolean> | null = null;

/** Asks the teacher; resolves true for the risky choice. Only one dialog at a time. */
export function confirmDialog(text: DialogText, kind: string): Promise<boolean> {
  if (openDialog) return openDialog;
  const { host, root } = shadowHost(DIALOG_TAG, DIALOG_STYLE);
  host.dataset.partaDialog = kind;
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'title');
  const heading = document.createElement('h2');
  heading.id = 'title';
  heading.textContent = text.title;
  dialog.append(heading);
  for (const paragraph of text.body) {
    const element = document.createElement('p');
    element.textContent = paragraph;
    dialog.append(element);
  }
  const actions = document.createElement('div');
  actions.className = 'actions';
  const risky = document.createElement('button');
  risky.type = 'button';
  risky.textContent = text.risky;
  risky.dataset.choice = 'risky';
  const safe = document.createElement('button');
  safe.type = 'button';
  safe.className = 'primary';
  safe.textContent = text.safe;
  safe.dataset.choice = 'safe';
  actions.append(risky, safe);
  dialog.append(actions);
  root.append(dialog);
  document.documentElement.append(host);

  openDialog = new Promise<boolean>((resolve) => {
    const finish = (choice: boolean) => {
      dialog.close();
      host.remove();
      openDialog = null;
      resolve(choice);
    };
    safe.addEventListener('click', () => finish(false));
    risky.addEventListener('click', () => finish(true));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(false);
    });
    // Keys typed in the dialog must not reach the site's own handlers (its composer shortcuts).
    dialog.addEventListener('keydown', (event) => event.stopPropagation());
  });
  dialog.showModal();
  safe.focus();
  return openDialog;
}
