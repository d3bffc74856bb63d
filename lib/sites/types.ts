import type { SiteId } from '../protocol';

/** What the scanner needs from one message: its visible text and the addresses of its links. */
export interface MessageContent {
  text: string;
  hrefs: string[];
}

/**
 * One supported site, as data: where it runs and the selectors of the parts Parta reads.
 * Nothing outside lib/sites knows a class name of a third-party page.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Whether this adapter handles the page at `url`. */
  matches(url: URL): boolean;
  selectors: {
    /** One element per message; the warning badge is appended inside it. */
    message: string;
    /** Rows of the chat list (sidebar). */
    chatListItem: string;
    /** The chat title inside a chat-list row. */
    chatTitle: string;
    /** The editable field where the teacher types. */
    composer: string;
    /** The button that sends what the composer holds, by its label (see also `composerRoot`). */
    sendButton: string;
    /** The composer's container: the send button is found by structure inside it, too. */
    composerRoot: string;
    /** The title of the chat that is open (for prefilling a captured invitation). */
    openChatTitle: string;
    /** The open chat's header (title and subtitle): where its member count is written. */
    openChatHeader: string;
    /** A sender's name as the chat shows it: inside the message (MAX), or inside its run (VK). */
    senderName: string;
    /** The element grouping one sender's run of messages, where the name sits once (VK). */
    senderRun?: string;
    /** An ancestor (or the message itself) marking the teacher's own message: it has no sender shown. */
    outgoing?: string;
    /** A service line of the history: joins, leaves, additions (known for VK only). */
    serviceLine?: string;
  };
  /** Reads a message element found by `selectors.message`. */
  readMessage(element: Element): MessageContent;
}
