/**
 * Which chats the rules require, as data: one policy per teacher profile, each a list of required
 * chats per class (or group), per class and subject, or once per school. The teacher's profile
 * (options) picks the policies; the matcher (matcher.ts) checks them against the chats it has seen.
 *
 * Sources: seeds 000, 002, 004 (school: the class teacher creates chats with the class's students,
 * with its parents and with the teachers who teach it; a subject teacher a chat per subject and
 * class; the administration the staff room «Учительская» and the director's chats), seed 001
 * (ЭПОС college: the curator's chats «Преподаватели», «Группы», «Родители»).
 */
import type { Audience } from './classify';

import { PROFILES, type Profile } from './profiles';

export { PROFILES, type Profile };

export interface Requirement {
  /** Stable id: overrides («не требуется») refer to it. */
  id: string;
  /** Per own class, per class and subject taught, or once for the school. */
  scope: 'class' | 'subject' | 'school';
  audience: Audience;
  /**
   * For school-wide chats of the same audience (the staff room and the administration's chat
   * are both staff): lower-case word stems, one of which the title must contain.
   */
  keywords?: readonly string[];
  /** A title to suggest when the chat is missing: `{класс}` and `{предмет}` are filled in. */
  suggestedTitle: string;
  /** The regulation it comes from, shown to the teacher. */
  source: string;
}

export interface Policy {
  profile: Profile;
  requirements: readonly Requirement[];
}

const SCHOOL_SOURCE = 'Положение об использовании «Сферума» / VK Мессенджера в школе';
const COLLEGE_SOURCE = 'Положение об использовании «Сферума» в техникуме (ЭПОС)';

export const POLICIES: Readonly<Record<Profile, Policy>> = {
  'class-teacher': {
    profile: 'class-teacher',
    requirements: [
      { id: 'class-students', scope: 'class', audience: 'students', suggestedTitle: 'Ученики {класс}', source: SCHOOL_SOURCE },
      { id: 'class-parents', scope: 'class', audience: 'parents', suggestedTitle: 'Родители {класс}', source: SCHOOL_SOURCE },
      { id: 'class-teachers', scope: 'class', audience: 'teachers', suggestedTitle: 'Учителя {класс}', source: SCHOOL_SOURCE },
    ],
  },
  'subject-teacher': {
    profile: 'subject-teacher',
    requirements: [{ id: 'subject', scope: 'subject', audience: 'subject', suggestedTitle: '{предмет} {класс}', source: SCHOOL_SOURCE }],
  },
  administration: {
    profile: 'administration',
    requirements: [
      { id: 'school-staff-room', scope: 'school', audience: 'staff', keywords: ['учительск', 'сотрудник', 'педколлектив', 'педагогическ'], suggestedTitle: 'Учительская', source: SCHOOL_SOURCE },
      { id: 'school-administration', scope: 'school', audience: 'staff', keywords: ['администрац', 'завуч', 'заместител'], suggestedTitle: 'Администрация', source: SCHOOL_SOURCE },
      { id: 'school-parents-council', scope: 'school', audience: 'parents', keywords: ['совет', 'родком', 'комитет'], suggestedTitle: 'Родительский совет', source: SCHOOL_SOURCE },
      { id: 'school-students-council', scope: 'school', audience: 'students', keywords: ['совет'], suggestedTitle: 'Совет обучающихся', source: SCHOOL_SOURCE },
    ],
  },
  'college-curator': {
    profile: 'college-curator',
    requirements: [
      { id: 'group-teachers', scope: 'class', audience: 'teachers', suggestedTitle: 'Преподаватели {класс}', source: COLLEGE_SOURCE },
      { id: 'group-students', scope: 'class', audience: 'students', suggestedTitle: 'Группа {класс}', source: COLLEGE_SOURCE },
      { id: 'group-parents', scope: 'class', audience: 'parents', suggestedTitle: 'Родители {класс}', source: COLLEGE_SOURCE },
    ],
  },
};

/** The requirements of the chosen profiles, each once (a class teacher who is also a curator). */
export function requirementsFor(profiles: readonly Profile[]): Requirement[] {
  const seen = new Set<string>();
  const result: Requirement[] = [];
  for (const profile of PROFILES) {
    if (!profiles.includes(profile)) continue;
    for (const requirement of POLICIES[profile].requirements) {
      // One class chat per audience, whichever policy asks for it.
      const identity = requirement.scope === 'school' ? requirement.id : `${requirement.scope}:${requirement.audience}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      result.push(requirement);
    }
  }
  return result;
}

export function suggestTitle(requirement: Requirement, className: string, subject?: string): string {
  const title = requirement.suggestedTitle.replace('{класс}', className).replace('{предмет}', subject ?? '').trim();
  return title.includes('  ') ? title.replace(/\s+/g, ' ') : title;
}
