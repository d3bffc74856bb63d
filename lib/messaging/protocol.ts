/**
 * The one message protocol between extension contexts. Every message is validated with these
 * schemas on receipt. Directions: `page/…` UI → content script; `invite/…` content script →
 * background; `register/…` extension pages → background.
 */
import * as z from 'zod/mini';
import { MAX_LIST_ROWS, type ClassInput } from '../classes/keys';
import type { JournalHealth } from '../journals/adapters';
import { HEALTH_FEATURES, MESSENGER_SITE_IDS, SITE_IDS, type Health } from '../sites/types';

export const siteIdSchema = z.enum(SITE_IDS);

/** Compile-time proof that a schema describes exactly a shape declared elsewhere (tsc fails otherwise). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** An adapter's health (lib/sites/types.ts), checked at the edge. */
export const healthSchema = z.object({
  site: siteIdSchema,
  recognised: z.boolean(),
  messages: z.number(),
  chatList: z.number(),
  composer: z.boolean(),
  chatOpen: z.boolean(),
  chatTitle: z.boolean(),
  stopped: z.array(z.enum(HEALTH_FEATURES)).check(z.maxLength(HEALTH_FEATURES.length)),
  fallback: z.boolean(),
});

export type HealthAgrees = Assert<Same<z.infer<typeof healthSchema>, Health>>;

const openChatSchema = z.strictObject({
  title: z.string().check(z.maxLength(200)),
  members: z.nullable(z.number().check(z.int(), z.nonnegative())),
});

/**
 * The capture script's answer to `page/status` on a messenger page: what the adapter finds, part
 * by part, and the open chat with the member count its header states (null: none stated).
 */
export const messengerPageSchema = z.strictObject({
  kind: z.literal('messenger'),
  health: healthSchema,
  openChat: z.optional(openChatSchema),
});
export type MessengerPage = z.infer<typeof messengerPageSchema>;

/** The warnings script's answer to `page/warnings`: the marks on screen, and whether the fallback reads the page. */
export const pageWarningsSchema = z.strictObject({
  site: siteIdSchema,
  warnings: z.number().check(z.int(), z.nonnegative()),
  fallback: z.boolean(),
});
export type PageWarnings = z.infer<typeof pageWarningsSchema>;

/**
 * What the popup shows of a messenger page: both scripts' answers together (lib/messaging/page-status.ts).
 * `warnings` is null when the warnings' script did not answer: no count is said then.
 */
export const pageStatusSchema = z.object({
  health: healthSchema,
  warnings: z.nullable(z.number()),
  openChat: z.optional(openChatSchema),
});
export type PageStatus = z.infer<typeof pageStatusSchema>;

/** The class shape of lib/classes/keys.ts (`ClassInput`), checked at the protocol's edge. */
export const journalClassSchema = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(40)),
  name: z.string().check(z.maxLength(80)),
  own: z.boolean(),
  subjects: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  keepSubjects: z.optional(z.literal(true)),
  size: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(200))),
});
export type ClassShapeAgrees = Assert<Same<z.infer<typeof journalClassSchema>, ClassInput>>;
/** What the e-journal content script answers to `page/status`. */
export const journalStatusSchema = z.strictObject({
  kind: z.literal('journal'),
  health: z.strictObject({
    site: z.enum(['mesh', 'netschool', 'dnevnik', 'eljur', 'journal-generic']),
    recognised: z.boolean(),
    classes: z.number(),
    fallback: z.boolean(),
    pupils: z.optional(
      z.strictObject({
        key: z.string().check(z.minLength(1), z.maxLength(40)),
        count: z.number().check(z.int(), z.minimum(1), z.maximum(200)),
        confirmed: z.boolean(),
      }),
    ),
  }),
  /** Whether the page lists all the teacher's classes, some, or the ones they lead (see journals.ts). */
  scope: z.enum(['all', 'some', 'own']),
  classes: z.array(journalClassSchema).check(z.maxLength(500)),
});
export type JournalStatus = z.infer<typeof journalStatusSchema>;
export type JournalHealthAgrees = Assert<Same<JournalStatus['health'], JournalHealth>>;

/**
 * What the popup's one-off look at an unknown page returns (lib/journals/adapters.ts: `PageLook`):
 * its path and, per journal, whether that journal's widgets are there. The page made the DOM it was
 * read from, so the shape is checked like any answer.
 */
export const pageLookSchema = z.strictObject({
  path: z.string().check(z.maxLength(2000)),
  widgets: z.array(z.boolean()).check(z.maxLength(10)),
});

/** UI → content script. */
export const toContentSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page/status') }),
  /** The warnings on a messenger page (the warnings' script answers; `page/status` is the capture script's). */
  z.strictObject({ type: z.literal('page/warnings') }),
  /** «Сообщить о странице»: the page's structure only (lib/sites/snapshot.ts). */
  z.strictObject({ type: z.literal('page/structure') }),
  /** A keyboard shortcut of Parta's (manifest `commands`), pressed on this tab. */
  z.strictObject({ type: z.literal('page/command'), command: z.enum(['report-violation']) }),
]);
export type ToContent = z.infer<typeof toContentSchema>;

/** The answer to `page/structure`, checked before it is written to a file. */
export const pageStructureSchema = z.object({
  format: z.literal('parta-page-structure'),
  version: z.literal(2),
  site: z.string().check(z.maxLength(40)),
  host: z.string().check(z.maxLength(255)),
  truncated: z.number().check(z.int(), z.nonnegative()),
  root: z.tuple([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
});


/** Content script → background: the teacher asked to remember an invitation seen on the page. */
export const inviteCaptureSchema = z.strictObject({
  type: z.literal('invite/capture'),
  url: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The open chat's title, to prefill the form (may be empty). */
  chatTitle: z.string().check(z.maxLength(200)),
  /** Who posted the link, as the chat shows them (null: not shown); whether it is the teacher's own message. */
  poster: z.nullable(z.string().check(z.maxLength(120))),
  own: z.boolean(),
});
export type InviteCapture = z.infer<typeof inviteCaptureSchema>;

/** Extension pages → background: the invite register changed; recount the badge. */
export const registerChangedSchema = z.strictObject({ type: z.literal('register/changed') });

/**
 * Content script → background: chat titles read from the messenger's chat list (new ones only;
 * none when only `list` changed), and how much of the list this visit has seen: how many chats,
 * and whether all of it — its top and its end, with no search on (lib/classes/chat-list.ts).
 */
const messengerSite = z.enum(MESSENGER_SITE_IDS);

export const chatsSeenSchema = z.strictObject({
  type: z.literal('chats/seen'),
  site: messengerSite,
  titles: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(500)),
  list: z.strictObject({
    rows: z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_LIST_ROWS)),
    whole: z.boolean(),
  }),
});

/**
 * Content script → background: the member count the open chat's header states. Sent
 * only when the header states one; a number, never names.
 */
export const chatMembersSchema = z.strictObject({
  type: z.literal('chats/members'),
  site: messengerSite,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  members: z.number().check(z.int(), z.nonnegative(), z.maximum(100_000)),
});

/**
 * Content script → background: the classes an e-journal page lists for the teacher — all of them
 * (`all`), some that exist (`some`, one class's page), or the ones they lead (`own`).
 */
export const classesSeenSchema = z.strictObject({
  type: z.literal('classes/seen'),
  scope: z.enum(['all', 'some', 'own']),
  classes: z.array(journalClassSchema).check(z.maxLength(500)),
  /** A class's page lists its pupils: their names, kept by the background only where the teacher turned the chat check on. */
  pupilNames: z.optional(
    z.strictObject({
      key: z.string().check(z.minLength(1), z.maxLength(40)),
      names: z.array(z.string().check(z.minLength(1), z.maxLength(120))).check(z.maxLength(200)),
    }),
  ),
});

const personName = z.string().check(z.minLength(1), z.maxLength(120));
const chatTitle = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * Content script → background: the people the open group chat shows — senders, and
 * whom its service lines name — to mark violations and people who left. The background keeps
 * only sightings of people on the teacher's list of leavers; other names are not stored.
 */
export const moderationPageSchema = z.strictObject({
  type: z.literal('moderation/page'),
  site: messengerSite,
  chat: chatTitle,
  /**
   * In the history's order: each sender (`left: false`) and each person a service line names
   * (`left: true` for «вышел», «исключил …»), so the chat's last word on someone decides.
   * `accusative`: the line names them as its object («пригласила Ивана Сидорова»).
   */
  people: z
    .array(z.strictObject({ person: personName, left: z.boolean(), accusative: z.optional(z.boolean()) }))
    .check(z.maxLength(500)),
});

/** Content script → background: the teacher chose «Нарушение правил» on a message; open the form. */
export const moderationReportSchema = z.strictObject({
  type: z.literal('moderation/report'),
  site: messengerSite,
  chat: chatTitle,
  person: personName,
  /** The message's words, offered as a quote the teacher may keep (not stored unless they do). */
  quote: z.string().check(z.maxLength(1000)),
});

/** Content script → background: the chat rules for the open chat, to insert into the composer. */
export const rulesForChatSchema = z.strictObject({
  type: z.literal('rules/for-chat'),
  chat: z.string().check(z.maxLength(200)),
});

/** Extension pages → background: the moderation log changed (badge: blocks to lift). */
export const moderationChangedSchema = z.strictObject({ type: z.literal('moderation/changed') });

/** Extension pages → background: a class list, member list, answer or «Сообщили» changed (badge: families to tell). */
export const familiesChangedSchema = z.strictObject({ type: z.literal('families/changed') });

export const toBackgroundSchema = z.discriminatedUnion('type', [
  inviteCaptureSchema,
  registerChangedSchema,
  chatsSeenSchema,
  chatMembersSchema,
  classesSeenSchema,
  moderationPageSchema,
  moderationReportSchema,
  rulesForChatSchema,
  moderationChangedSchema,
  familiesChangedSchema,
]);
export type ToBackground = z.infer<typeof toBackgroundSchema>;

export const captureAnswerSchema = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(['not-an-invite', 'failed']) }),
]);
export type CaptureAnswer = z.infer<typeof captureAnswerSchema>;

/** The background's answer to a write (`register/changed`, `classes/seen`). */
export const doneAnswerSchema = z.strictObject({ ok: z.boolean() });
/** The answer to `chats/seen`: how many titles were new. */
export const chatsSeenAnswerSchema = z.union([
  z.strictObject({ ok: z.literal(true), added: z.number().check(z.int(), z.nonnegative()) }),
  z.strictObject({ ok: z.literal(false) }),
]);

/** One person's marks in a chat: violations recorded there, a running block, on the leavers' list. */
export const moderationMarkSchema = z.strictObject({
  person: personName,
  violations: z.number().check(z.int(), z.nonnegative(), z.maximum(10_000)),
  blockedUntil: z.nullable(z.string().check(z.maxLength(10))),
  left: z.boolean(),
});
export type ModerationMark = z.infer<typeof moderationMarkSchema>;
/** The answer to `moderation/page`: marks for the people who have any. */
export const moderationPageAnswerSchema = z.union([
  z.strictObject({ ok: z.literal(true), marks: z.array(moderationMarkSchema).check(z.maxLength(300)) }),
  z.strictObject({ ok: z.literal(false) }),
]);
/** The answer to `rules/for-chat`: the rules as a message. */
export const rulesAnswerSchema = z.union([
  z.strictObject({ ok: z.literal(true), text: z.string().check(z.maxLength(20_000)) }),
  z.strictObject({ ok: z.literal(false) }),
]);

/**
 * Every request to the background and its reply, in one map: the background's handlers are typed
 * by it (lib/messaging/router.ts `Handlers`), and senders check each reply against it with `ask`
 * (lib/messaging/ask.ts): zod here for extension pages, the dependency-free guards of guards.ts in
 * content scripts — a property test holds the two equal.
 */
export const TO_BACKGROUND_REPLIES = {
  'invite/capture': captureAnswerSchema,
  'register/changed': doneAnswerSchema,
  'chats/seen': chatsSeenAnswerSchema,
  'chats/members': doneAnswerSchema,
  'classes/seen': doneAnswerSchema,
  'moderation/page': moderationPageAnswerSchema,
  'moderation/report': captureAnswerSchema,
  'rules/for-chat': rulesAnswerSchema,
  'moderation/changed': doneAnswerSchema,
  'families/changed': doneAnswerSchema,
} as const satisfies Record<ToBackground['type'], z.ZodMiniType>;

export type RequestType = ToBackground['type'];
/** The request of one type. */
export type RequestOf<Type extends RequestType> = Extract<ToBackground, { type: Type }>;
export type ToBackgroundReplies = { [Type in RequestType]: z.infer<(typeof TO_BACKGROUND_REPLIES)[Type]> };
/** One check per request type, each of its own reply. */
export type ReplyChecks = { [Type in RequestType]: (value: unknown) => value is ToBackgroundReplies[Type] };

/** The zod checks of every reply, for extension pages. */
export const REPLY_SCHEMA_CHECKS = Object.fromEntries(
  Object.entries(TO_BACKGROUND_REPLIES).map(([type, schema]) => [type, (value: unknown) => schema.safeParse(value).success]),
) as ReplyChecks;
