/**
 * What the checklist shows, loaded and worked out: the stored chats, classes, corrections and
 * sizes; the invitations and drafts each row's next step comes from (read again whenever the
 * screen writes: the same data as «Сегодня»); the teacher's classes (this page's reading completed by what
 * other pages told); the check per platform; and the chats the teacher may point to.
 */
import { trendsByChat } from '../../lib/classes/count-history';
import { useMemo } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import { failureText } from '../../lib/i18n/errors';
import type { UiTranslate } from '../../lib/i18n/ui';
import { useTodayData } from './opening';
import { classifyChat } from '../../lib/classes/index';
import { checkCoverage } from '../../lib/classes/coverage';
import type { TeacherClass } from '../../lib/classes/matcher';
import { coverageInput } from '../../lib/today/coverage-input';
import { stateReader } from '../../lib/today/chat-state';
import type { JournalStatus } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/settings/index';

export function useChecklist(connector: Connector, settings: Settings, journal: JournalStatus, t: UiTranslate, onError: (text: string) => void) {
  const data = useTodayData(connector, (error) => onError(failureText(t, error)));
  const invites = data?.invites ?? [];
  const drafts = useMemo(() => new Map((data?.drafts ?? []).map((draft) => [draft.id, draft])), [data]);
  const now = useMemo(() => connector.now(), [connector, data]);

  const manualClasses = useMemo(() => (data ? data.classes.filter((record) => record.source === 'manual') : []), [data]);

  // A recognised page's classes; on a page Parta does not recognise, the classes the teacher typed
  // (when any), else whatever the generic reading found.
  // What other pages of the journal (or the teacher) told, stored, completes this page's reading:
  // МЭШ shows the classes taught on one page and the classes led on another.
  const teacherClasses: TeacherClass[] = useMemo(() => {
    // Stored classes of any source: the teacher's typed «I lead 5А» counts as much as a journal page.
    const stored = new Map((data?.classes ?? []).map((record) => [record.key, record]));
    const fromPage = journal.classes.map(({ key, own, subjects }) => {
      const known = stored.get(key);
      return { key, own: own || (journal.scope !== 'own' && Boolean(known?.own)), subjects: [...new Set([...subjects, ...(known?.subjects ?? []), ...(known?.typedSubjects ?? [])])] };
    });
    if (journal.health.recognised && journal.scope !== 'all') {
      const shown = new Set(fromPage.map((entry) => entry.key));
      for (const [key, record] of stored) {
        if (!shown.has(key) && record.source === 'journal') fromPage.push({ key, own: journal.scope === 'own' ? false : (record.own ?? false), subjects: [...(record.subjects ?? []), ...(record.typedSubjects ?? [])] });
      }
    }
    if (journal.health.recognised || manualClasses.length === 0) return fromPage;
    return manualClasses.map((record) => ({ key: record.key, own: record.own ?? false, subjects: [...(record.subjects ?? []), ...(record.typedSubjects ?? [])] }));
  }, [journal, manualClasses, data]);

  const sizes = useMemo(() => new Map((data?.sizes ?? []).map((record) => [record.key, record])), [data]);
  const result = useMemo(() => (data ? checkCoverage(coverageInput(data, teacherClasses, settings)) : null), [data, teacherClasses, settings]);
  const stateOf = useMemo(() => stateReader(data?.drafts ?? [], invites), [data]);

  /** Chats the teacher may point to for a missing requirement: ones that name the class, then unclassified ones. */
  const unclassified = useMemo(
    () =>
      data
        ? [...new Set(data.chats.map((chat) => chat.title))].filter((title) => classifyChat(title).audience === 'other').sort().slice(0, 40)
        : [],
    [data],
  );

  const trends = useMemo(() => trendsByChat(data?.memberCounts ?? []), [data]);
  return { data, invites, drafts, now, manualClasses, teacherClasses, sizes, result, stateOf, unclassified, trends };
}
