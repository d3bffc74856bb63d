/** The director’s school summary. */
const ru = {
  schoolTitle: "Сводка по школе",
  schoolOptionsHelp: "Для директора: загрузите файлы «Отчёт для директора» от учителей — Парта сведёт их в одну таблицу. Без сервера: только файлы.",
  schoolOpen: "Открыть сводку по школе",
  schoolHelp: "Каждый учитель сохраняет в своей Парте «Отчёт для директора» (в окне Парты на странице журнала) и передаёт вам файл. Загрузите файлы сюда — сколько угодно, сразу несколько. Файлы остаются на этом компьютере.",
  schoolLoad: "Загрузить отчёты учителей",
  schoolLoaded: "Загружен отчёт: {teacher}.",
  schoolOlder: "У вас уже есть более новый отчёт от {teacher}: этот файл ничего не изменил.",
  schoolFileRefused: "не отчёт Парты или испорчен — ничего не изменилось.",
  schoolFrom: "Отчёты:",
  schoolTeacher: "Кто сообщил",
  schoolReplaced: "Заменённые (более старые) данные",
  schoolNewerThan: "новее, чем у: {teachers}",
  schoolNoCount: "число не видно",
  schoolRemoveTitle: "Убрать отчёт учителя",
  schoolRemove: "Убрать",
  schoolEmpty: "Отчётов пока нет.",
};

const en: Record<keyof typeof ru, string> = {
  schoolTitle: "School summary",
  schoolOptionsHelp: "For the director: load the teachers' «Report for the director» files and Parta merges them into one table. No server: files only.",
  schoolOpen: "Open the school summary",
  schoolHelp: "Each teacher saves a «Report for the director» in their Parta (in Parta's window on the journal page) and gives you the file. Load the files here — any number, several at once. They stay on this computer.",
  schoolLoad: "Load teachers' reports",
  schoolLoaded: "Report loaded: {teacher}.",
  schoolOlder: "You already have a newer report from {teacher}: this file changed nothing.",
  schoolFileRefused: "not a Parta report or damaged — nothing changed.",
  schoolFrom: "Reports:",
  schoolTeacher: "Reported by",
  schoolReplaced: "Replaced (older) data",
  schoolNewerThan: "newer than: {teachers}",
  schoolNoCount: "count not seen",
  schoolRemoveTitle: "Remove a teacher's report",
  schoolRemove: "Remove",
  schoolEmpty: "No reports yet.",
};

export const SCHOOL_MESSAGES = { ru, en };
