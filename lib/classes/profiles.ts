/** Who the teacher is at school: picks the required-chat policies (policies.ts). */
export const PROFILES = ['class-teacher', 'subject-teacher', 'administration', 'college-curator'] as const;
export type Profile = (typeof PROFILES)[number];

/** Where the class chats must be: MAX, VK (with Sferum), or both, while a school moves. */
export const CHAT_PLATFORMS = ['max', 'vk', 'both'] as const;
export type ChatPlatforms = (typeof CHAT_PLATFORMS)[number];

/** The two messengers a class chat can be on: MAX, and VK with Sferum (one messenger, two addresses). */
export const PLATFORMS = ['max', 'vk'] as const;
export type Platform = (typeof PLATFORMS)[number];
