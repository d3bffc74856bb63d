/** Who the teacher is at school: picks the required-chat policies (policies.ts). */
export const PROFILES = ['class-teacher', 'subject-teacher', 'administration', 'college-curator'] as const;
export type Profile = (typeof PROFILES)[number];
