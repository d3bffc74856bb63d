/**
 * One class and one chat: which pupils (or families) are in it, which are perhaps, which are not,
 * and which members are on no list. Built on `findInChat`, with what the class list as a whole
 * knows: a member surely one pupil's is not another's; a pupil in a parents' chat is nobody's
 * parent; a member who fits several pupils surely (siblings, namesakes) is asked about once; and
 * what the teacher decided about a member and a pupil is remembered over everything. Pure.
 */
import { findInChat, isStaff, type Audience, type PupilName } from './match';
import { nameWords } from './names';

/** The teacher's answer about one member and one pupil: «это он(а)» or «нет». */
export interface MemberDecision {
  /** The member's name as the chat shows it (see `memberKey`). */
  member: string;
  /** The pupil's place in the class list is not stable across readings: their name (see `pupilKey`). */
  pupil: string;
  same: boolean;
}

export type PupilState = 'in-chat' | 'unsure' | 'missing';

export interface PupilReading {
  /** Index in the class list. */
  pupil: number;
  state: PupilState;
  /** Members who are (or may be) this pupil or their family, by index. */
  members: number[];
}

export interface ClassChatReading {
  pupils: PupilReading[];
  /** Members that fit no pupil of the list: someone else's family, a leaver, a stranger (staff aside). */
  strangers: number[];
}

/** A member's name as a key: its words, lower case, ё as е — «  Петя  Иванов 🌸» and «петя иванов» are one. */
export function memberKey(name: string): string {
  return nameWords(name).map((word) => word.text).join(' ');
}

/** A pupil as a key: surname, given name (and patronymic), normalised the same way. */
export function pupilKey(pupil: PupilName): string {
  return memberKey([pupil.surname, pupil.given, pupil.patronymic ?? ''].join(' '));
}

export function readClassChat(pupils: readonly PupilName[], members: readonly string[], audience: Audience, decisions: readonly MemberDecision[] = []): ClassChatReading {
  const memberKeys = members.map(memberKey);
  const pupilKeys = pupils.map(pupilKey);
  const decided = new Map(decisions.map((decision) => [`${decision.member}\u0000${decision.pupil}`, decision.same]));
  const decisionOf = (member: number, pupil: number) => decided.get(`${memberKeys[member]}\u0000${pupilKeys[pupil]}`);

  // In a parents' chat, a member who is surely a pupil of the list is nobody's parent.
  const pupilsThemselves = new Set<number>();
  if (audience === 'parents') {
    for (const pupil of pupils) for (const found of findInChat(pupil, members, 'pupils')) if (found.sure) pupilsThemselves.add(found.member);
  }

  const candidates = pupils.map((pupil, index) => {
    const found = new Map(findInChat(pupil, members, audience).filter((match) => !pupilsThemselves.has(match.member)).map((match) => [match.member, match.sure]));
    // The teacher's answers win: «это он(а)» adds or confirms, «нет» removes.
    for (const member of members.keys()) {
      const same = decisionOf(member, index);
      if (same === true) found.set(member, true);
      if (same === false) found.delete(member);
    }
    return found;
  });

  // A member surely fitting several pupils is sure for none of them until the teacher says.
  const sureFor = new Map<number, number>();
  for (const found of candidates) for (const [member, sure] of found) if (sure) sureFor.set(member, (sureFor.get(member) ?? 0) + 1);

  const readings: PupilReading[] = candidates.map((found, pupil) => {
    const surely = [...found].some(([member, sure]) => sure && (sureFor.get(member) === 1 || decisionOf(member, pupil) === true));
    return { pupil, state: surely ? 'in-chat' : found.size > 0 ? 'unsure' : 'missing', members: [...found.keys()].sort((a, b) => a - b) };
  });
  const placed = new Set(candidates.flatMap((found) => [...found.keys()]));
  const strangers = [...members.keys()].filter((member) => !placed.has(member) && !pupilsThemselves.has(member) && memberKeys[member] !== '' && !isStaff(members[member] as string));
  return { pupils: readings, strangers };
}
