/** The messengers Parta reads, as every record, message and store names them. */
export const MESSENGER_SITE_IDS = ['max', 'vk', 'sferum'] as const;
export type MessengerSiteId = (typeof MESSENGER_SITE_IDS)[number];
/** A messenger, or the generic adapter that backs them up (any anchor and text of the page). */
export const SITE_IDS = [...MESSENGER_SITE_IDS, 'generic'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export function isMessengerSiteId(value: unknown): value is MessengerSiteId {
  return (MESSENGER_SITE_IDS as readonly unknown[]).includes(value);
}

/** What an adapter found on the page, for the popup to say «страница не распознана» when it is nothing. */
export interface Health {
  site: SiteId;
  /** The adapter found every part the page should have (`stopped` is empty) and at least one. */
  recognised: boolean;
  messages: number;
  chatList: number;
  composer: boolean;
  /** A chat is open (its address says so, or messages are shown). */
  chatOpen: boolean;
  /** The open chat's title was found. */
  chatTitle: boolean;
  /** The parts the page should have that the adapter did not find: what does not work, said in the popup. */
  stopped: HealthFeature[];
  /** The generic scan of all page text is running because the adapter found no messages. */
  fallback: boolean;
}

/**
 * A part of a messenger page Parta reads, by what it is for: the adapter's parts, what depends on
 * them (invite capture needs the messages), and the two scripts themselves — `links` (the
 * warnings' script) and `chat-tools` (the capture script) — when one of them does not answer.
 */
export const HEALTH_FEATURES = ['messages', 'chat-list', 'chat-title', 'composer', 'send-button', 'sender-names', 'invite-capture', 'links', 'chat-tools'] as const;
export type HealthFeature = (typeof HEALTH_FEATURES)[number];

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
    /** The chat list's search field: while it holds text, the list shows search results, not the list. */
    chatListSearch?: string;
    /** The editable field where the teacher types. */
    composer: string;
    /** The button that sends what the composer holds, by its label (see also `composerRoot`). */
    sendButton: string;
    /** The composer's container: the send button is found by structure inside it, too. */
    composerRoot: string;
    /** The title of the chat that is open (for prefilling a captured invitation). */
    openChatTitle: string;
    /** The open chat's status line (the header's subtitle): where its member count is written, and only there. */
    openChatHeader: string;
    /** A sender's name as the chat shows it: inside the message (MAX), or inside its run (VK). */
    senderName: string;
    /** The element grouping one sender's run of messages, where the name sits once (VK). */
    senderRun?: string;
    /** An ancestor (or the message itself) marking the teacher's own message: it has no sender shown. */
    outgoing?: string;
    /**
     * What, inside a message, breaks its read text into more than one stretch of the page's text
     * (a second text part, a quote it skips): the one-pass scan reads such a message on its own.
     */
    textBreak: string;
    /** A service line of the history: joins, leaves, additions (known for VK only). */
    serviceLine?: string;
  };
  /**
   * Whether one message element can hold another (VK's selector names a message and also its
   * text): only the outermost counts then. MAX's bubbles never nest.
   */
  messagesNest: boolean;
  /** Reads a message element found by `selectors.message`. */
  readMessage(element: Element): MessageContent;
  /** What a chat-list row is: a group chat (or channel), a person's chat, or not told by the page. */
  chatKind?(row: Element): ChatKind;
}

/** A chat-list row's kind. Only group chats' titles are kept (PRIVACY.md); «unknown» is neither kept nor proof. */
export type ChatKind = 'group' | 'personal' | 'unknown';
