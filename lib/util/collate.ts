/**
 * Russian ordering of names, made once: `a.localeCompare(b, 'ru', …)` gives the same order but may
 * build its collator again on every call (a fifth of merging 100 teachers' files, measured).
 */
const russian = new Intl.Collator('ru');
const russianNumeric = new Intl.Collator('ru', { numeric: true });

/** «Иванова» before «Петрова», as a Russian reader orders them. */
export const compareRussian = (a: string, b: string): number => russian.compare(a, b);

/** The same, with digit runs compared as numbers: «2А» before «10А». */
export const compareRussianNumeric = (a: string, b: string): number => russianNumeric.compare(a, b);
