/**
 * «Кто ещё не в чате»: which chat members are a pupil of the class list, or that pupil's parent or
 * guardian. Precision over recall — a wrong «в чате» hides a family that needs a call — so a member
 * is `sure` only when the words leave no doubt, `unsure` when they fit but could be someone else
 * (a surname alone, an initial), and not returned at all when any word speaks against the pupil
 * («Петя Смирнов» is not Пётр Иванов). A member that fits several pupils (siblings, namesakes) is
 * returned for each; the screen asks the teacher once. Pure; linear in the members' text.
 */
import { FILLER_WORDS, OTHER_FAMILY_WORDS, PARENT_WORDS, PATRONYMIC, STAFF_WORDS, givenForms, nameWords, skeleton, surnameForms, type NameWord } from './names';

/** A pupil as the class list has them. */
export interface PupilName {
  surname: string;
  given: string;
  patronymic?: string;
}

/** Whom the chat is for: the pupils themselves, or their parents and guardians. */
export type Audience = 'pupils' | 'parents';

export interface ChatMatch {
  /** The member's index in the list given. */
  member: number;
  sure: boolean;
}

/** A member's name read into who they say they are and whose family they say they are. */
interface MemberWords {
  staff: boolean;
  relation: 'parent' | 'other-family' | null;
  /** The member's own name: the words before «мама», or all of them. */
  own: NameWord[];
  /** The child's name after «мама», «папа»… (genitive), empty when none. */
  child: NameWord[];
}

function readMember(text: string): MemberWords {
  const words = nameWords(text);
  let relation: MemberWords['relation'] = null;
  let at = -1;
  let staff = false;
  for (const [index, word] of words.entries()) {
    if (STAFF_WORDS.has(word.text)) staff = true;
    if (at >= 0) continue;
    if (PARENT_WORDS.has(word.text)) relation = 'parent';
    else if (OTHER_FAMILY_WORDS.has(word.text)) relation = 'other-family';
    else continue;
    at = index;
  }
  const named = (list: NameWord[]) => list.filter((word) => !FILLER_WORDS.has(word.text) && !PARENT_WORDS.has(word.text) && !OTHER_FAMILY_WORDS.has(word.text));
  if (at < 0) return { staff, relation, own: named(words), child: [] };
  return { staff, relation, own: named(words.slice(0, at)), child: named(words.slice(at + 1)) };
}

/** Whether a member calls themself school staff («классный руководитель», «учитель»): on no family list. */
export function isStaff(name: string): boolean {
  return readMember(name).staff;
}

/** The pupil's name forms, computed once per pupil. */
interface PupilForms {
  given: Set<string>;
  surname: Set<string>;
  patronymic: Set<string>;
  givenInitial: string;
  surnameInitial: string;
}

function formsOf(pupil: PupilName): PupilForms {
  const patronymic = pupil.patronymic ? skeleton(pupil.patronymic) : '';
  return {
    given: givenForms(pupil.given),
    surname: surnameForms(pupil.surname),
    patronymic: new Set(patronymic ? [patronymic] : []),
    givenInitial: skeleton(pupil.given).charAt(0),
    surnameInitial: skeleton(pupil.surname).charAt(0),
  };
}

/** How a list of words fits the pupil's name. */
interface Fit {
  given: 'full' | 'initial' | null;
  surname: 'full' | 'initial' | null;
  /** A whole word that is none of the pupil's names: another person's. */
  foreign: boolean;
  /** An initial that is neither of the pupil's. */
  foreignInitial: boolean;
}

function fit(words: readonly NameWord[], forms: PupilForms): Fit {
  const result: Fit = { given: null, surname: null, foreign: false, foreignInitial: false };
  for (const word of words) {
    const key = skeleton(word.text);
    if (word.initial) {
      const letter = key.charAt(0);
      if (letter === forms.surnameInitial && result.surname === null) result.surname = 'initial';
      else if (letter === forms.givenInitial && result.given === null) result.given = 'initial';
      else result.foreignInitial = true;
      continue;
    }
    if (forms.surname.has(key)) result.surname = 'full';
    else if (forms.given.has(key)) result.given = 'full';
    else if (forms.patronymic.has(key)) continue;
    // A patronymic speaks against the pupil only when the list gives theirs and it is another.
    else if (!(PATRONYMIC.test(word.text) && forms.patronymic.size === 0)) result.foreign = true;
  }
  return result;
}

/** The member is the pupil: null when not, else whether surely. */
function asPupil(member: MemberWords, forms: PupilForms): boolean | null {
  if (member.staff || member.relation !== null) return null;
  const found = fit(member.own, forms);
  if (found.foreign || found.foreignInitial) return null;
  if (found.given === 'full' && found.surname === 'full') return true;
  if (found.given !== null && found.surname !== null) return false; // «Пётр И.», «Иванов П.»
  if (found.surname === 'full' && found.given === null) return false; // «Иванов»: the pupil, or a parent
  return null;
}

/** The member is the pupil's parent or guardian: null when not, else whether surely. */
function asParent(member: MemberWords, forms: PupilForms): boolean | null {
  if (member.staff) return null;
  if (member.relation !== null && member.child.length > 0) {
    const child = fit(member.child, forms);
    if (child.foreign || child.foreignInitial) return null;
    if (member.relation === 'other-family') return child.given !== null || child.surname !== null ? false : null;
    if (child.given === 'full') return true; // «мама Пети Иванова», «Папа Вани»: namesakes are the screen's question
    if (child.surname === 'full' || child.given === 'initial') return false; // «мама Ивановой»
    return null;
  }
  // No child named: an adult with the pupil's surname («Иванова Елена», «Иванов С. А.», «… (родитель)»).
  const own = fit(member.own, forms);
  if (own.surname !== 'full') return null;
  if (own.given === 'full') return null; // the pupil's own name: the pupil, not a parent
  if (own.given === 'initial' && !own.foreignInitial && member.relation === null) return null; // «Иванов П.»: the pupil
  return false;
}

/** The members who are `pupil` (audience `pupils`) or their parent or guardian (`parents`). */
export function findInChat(pupil: PupilName, members: readonly string[], audience: Audience): ChatMatch[] {
  const forms = formsOf(pupil);
  const found: ChatMatch[] = [];
  members.forEach((text, member) => {
    const read = readMember(text);
    const sure = audience === 'pupils' ? asPupil(read, forms) : asParent(read, forms);
    if (sure !== null) found.push({ member, sure });
  });
  return found;
}
