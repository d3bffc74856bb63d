// @vitest-environment happy-dom
/**
 * sendButtonFor: the composer's send button found by structure as well as by its label.
 */
import { describe, expect, test } from 'vitest';
import { adapterFor, sendButtonFor } from '../../../lib/sites/index';

describe('sendButtonFor: the send button by structure as well as by label', () => {
  const page = (composer: string) => {
    document.body.replaceChildren(...new DOMParser().parseFromString(composer, 'text/html').body.childNodes);
    return document.querySelector('[role="textbox"]') as HTMLElement;
  };
  const max = adapterFor(new URL('https://web.max.ru/-1'));

  test('MAX: by its label, in Russian or English', () => {
    const composer = page('<div data-testid="composer"><div role="textbox" contenteditable=""></div><button aria-label="Send message">➤</button></div>');
    expect(sendButtonFor(composer, max)?.getAttribute('aria-label')).toBe('Send message');
  });

  test('MAX without a label (another UI language, a redesign): the last button after the composer', () => {
    const composer = page(
      '<div data-testid="composer"><button class="emoji">☺</button><div role="textbox" contenteditable=""></div><button class="attach">📎</button><button class="go">➤</button></div>',
    );
    expect(sendButtonFor(composer, max)?.className).toBe('go');
  });

  test('no button after the composer (MAX before anything is typed): none', () => {
    const composer = page('<div data-testid="composer"><button class="emoji">☺</button><div role="textbox" contenteditable=""></div></div>');
    expect(sendButtonFor(composer, max)).toBeNull();
  });

  test('unknown site: the nearest container with a button', () => {
    const composer = page('<section><div><div role="textbox" contenteditable="true"></div></div><span role="button" class="send">→</span></section>');
    expect(sendButtonFor(composer, null)?.className).toBe('send');
  });
});
