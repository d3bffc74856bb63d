/** Classes and chats: class keys, chat classification, required-chat policies, the matcher. */
export { classKey, findClass, type ClassMatch } from './keys';
export { classifyChat, canonicalSubject, AUDIENCES, SUBJECTS, type Audience, type ChatClass } from './classify';
export { POLICIES, PROFILES, requirementsFor, suggestTitle, type Policy, type Profile, type Requirement } from './policies';
export {
  checkRequiredChats,
  type CheckInput,
  type CheckItem,
  type CheckResult,
  type ClassCheck,
  type KnownChat,
  type MatchReason,
  type Override,
  type TeacherClass,
} from './matcher';
export { nextYearClass, LAST_GRADE } from './next-year';
