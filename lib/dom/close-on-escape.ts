/**
 * A window Parta opened from a chat page (the violation form, the invitation capture): Escape
 * closes it, and the browser gives focus back to the chat's window. A trusted key press only;
 * an Escape that closes an open list or a dialog inside the form is that control's.
 */
export function closeOnEscape(target: Window = window): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !event.isTrusted || event.defaultPrevented) return;
    const focused = event.target instanceof Element ? event.target : null;
    if (focused?.closest('select, dialog[open]')) return;
    target.close();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
