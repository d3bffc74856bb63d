/** Classes and chats: class keys, chat classification, required-chat policies, the matcher. */
export { classKey, findClass, type ClassMatch } from './keys';
export { classifyChat, AUDIENCES, SUBJECTS, type Audience, type ChatClass } from './classify';
