/**
 * Puts the text at the end of the composer as typing would (the editor's own input handling sees
 * it: Lexical in MAX, React in VK); nothing is sent.
 */
export function insertIntoComposer(composer: HTMLElement, text: string): void {
  composer.focus();
  const selection = window.getSelection();
  if (selection) {
    const range = document.createRange();
    range.selectNodeContents(composer);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const current = (composer.textContent ?? '').trim();
  // execCommand is deprecated but still the one way to type into a rich editor as the user would.
  if (!document.execCommand('insertText', false, current ? `\n${text}` : text)) composer.append(text);
}
