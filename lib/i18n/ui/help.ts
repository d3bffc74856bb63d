/**
 * The help page, packaged with the extension (no network): what Parta does on each site and what
 * it never does, the daily tasks step by step, what is kept and for how long, what to do when a
 * page is «не распознана». Each screen's «?» opens it at the matching heading (HELP_TOPICS).
 */
const ru = {
  helpTitle: 'Помощь: как работает Парта',
  helpContents: 'Содержание',
  helpLanguage: 'English',
  helpWhatTitle: 'Что делает Парта — и чего не делает никогда',
  helpWhatMessenger:
    'В веб-версии MAX и VK Мессенджера («Сферум») Парта читает сообщения открытого чата, чтобы найти ссылки на иностранные мессенджеры (Telegram, WhatsApp, Viber и другие), и показывает рядом пометку: что сделать — напомнить правила или записать нарушение. Перед отправкой вашего сообщения она проверяет, нет ли в нём такой ссылки. Она же отмечает сообщения, похожие на мошенничество (просят код из СМС, пароль или деньги на карту, ссылка на поддельный сайт), и предлагает предупредить класс готовым текстом; короткую ссылку (clck.ru, vk.cc) открывает только после вопроса. Что отмечать, выбирается в настройках. Она запоминает названия школьных чатов из списка чатов и число участников из заголовка чата — без имён.',
  helpWhatJournal:
    'В электронном журнале (МЭШ и «Моя школа», ЭПОС, «Сетевой город», Дневник.ру, ЭлЖур) Парта читает, какие классы вы ведёте и какой класс ваш, — и показывает в своём окне, каких обязательных чатов не хватает.',
  helpWhatNever:
    'Парта ничего никуда не отправляет: у неё нет сетевого кода, все данные остаются в этом браузере на этом компьютере. Она ничего не делает в мессенджере за вас: не отправляет сообщения, не создаёт чаты, не удаляет и не блокирует участников — она подсказывает, а делаете вы.',
  helpTodayTitle: '«Сегодня»: что осталось сделать',
  helpToday:
    'Окно Парты (значок на панели браузера) начинается со списка дел: снять блокировку, срок которой вышел; удалить выбывшего из чата; аннулировать забытую ссылку; перевести классы в новом учебном году; создать недостающий чат и отправить приглашение. Самое срочное — первым. Число на значке — сколько дел в списке.',
  helpMissingTitle: 'Не хватает чата: от ✗ до отправленного приглашения',
  helpMissingSteps:
    '1. Откройте электронный журнал и нажмите значок Парты: у чата, которого нет, стоит ✗. Парта ставит ✗, только когда видела весь список чатов мессенджера: пока не видела — стоит «? не проверено»; откройте MAX (или VK) и пролистайте список чатов до конца. | 2. Нажмите «Создать чат»: название скопировано, Парта запомнит, для какого класса и кого этот чат. | 3. В мессенджере создайте чат с этим названием (Ctrl+V) и скопируйте ссылку-приглашение. | 4. Откройте окно Парты и вставьте ссылку (Ctrl+V) — в строку чата или просто в окно. Или нажмите «Запомнить приглашение» под сообщением со ссылкой в мессенджере. | 5. Нажмите «Копировать сообщение»: в нём ссылка, для кого она и правила чата. Отправьте его ученикам или родителям. | 6. Когда Парта увидит новый чат в списке чатов мессенджера, строка станет ✓. Сколько вступили — видно у строки.',
  helpAnnulTitle: 'Аннулировать неиспользованную ссылку',
  helpAnnul:
    'Отправленная ссылка, по которой за 7 дней (срок меняется в настройках) никто не вступил, появится в «Сегодня» как «аннулируйте». Аннулируйте её в самом мессенджере (настройки чата → ссылка-приглашение → сбросить), затем нажмите «Аннулировал(а)» — Парта запомнит.',
  helpViolationTitle: 'Записать нарушение правил',
  helpViolation:
    'В групповом чате наведите мышь на сообщение (или перейдите к нему клавишей Tab) и нажмите «⚑ Нарушение правил» — или нажмите эту кнопку на пометке у сообщения со ссылкой на иностранный мессенджер. В форме выберите пункт правил и при желании сохраните слова сообщения. После четвёртого нарушения Парта подскажет, что правила позволяют блокировку до одного месяца, и напомнит снять её в срок. Всё записанное — на странице «Нарушения и блокировки» (печать и CSV для директора). Escape закрывает форму.',
  helpYearTitle: 'Новый учебный год',
  helpYear:
    'С первого дня учебного года (дата меняется в настройках) Парта предложит перевести классы, которые она знала в прошлом году: 5А станет 6А, выпускные уйдут, прошлогодние приглашения — в архив. Сначала она показывает, что изменится, и список чатов, которые стоит переименовать. Перевод можно отменить, пока вы сами не меняли классы. Если журнал после перевода всё ещё показывает старые названия, Парта скажет об этом.',
  helpDirectorTitle: 'Сводка для директора',
  helpDirector:
    'Учитель: в окне Парты на странице журнала нажмите «Отчёт для директора (файл)» и передайте файл директору. Директор: Настройки → «Сводка по школе» → «Загрузить отчёты учителей». Если два учителя сообщили об одном чате, в таблице видны оба числа, кто и когда. «Как менялось число участников» показывает чаты по неделям — сколько было, когда учитель открывал чат; чтобы было что показать, учителю достаточно открывать чаты класса хотя бы раз в неделю. Сервер не нужен — только файлы.',
  helpStoredTitle: 'Что хранится и сколько',
  helpStored:
    'Приглашения, названия школьных чатов (без личных переписок), классы, число учеников, ваши поправки, записи о нарушениях и блокировках, список выбывших, загруженные отчёты учителей и ваши настройки — только в этом браузере. Названия чатов, не встречавшиеся полгода, забываются; записи о нарушениях — в конце учебного года (срок меняется). Тексты сообщений не хранятся, кроме слов, которые вы сами решили сохранить в записи о нарушении. «Стереть всё» в настройках удаляет всё сразу.',
  helpNotRecognisedTitle: '«Страница не распознана»',
  helpNotRecognised:
    'Значит, сайт изменился, и Парта не нашла на странице привычных частей. Ссылки она всё равно проверяет во всём тексте страницы. Нажмите «Сообщить о странице»: Парта сохранит в папку загрузок браузера файл со строением страницы — без единого слова из неё. Передайте его разработчикам Парты (или тому, кто установил вам Парту). На странице журнала впишите свои классы вручную в окне Парты.',
  helpKeysTitle: 'Клавиатура',
  helpKeys:
    'Окно Парты открывается сочетанием {popupKey}. Всё в нём и в настройках доступно с клавиатуры (Tab, Enter, пробел). В чате кнопки Парты у сообщений доступны клавишей Tab; {reportKey} открывает «Нарушение правил» для сообщения в фокусе (или последнего сообщения участника). Сочетания можно поменять {shortcuts}. Escape закрывает формы Парты.',
  helpShortcutsAt: 'на странице браузера {page}',
  helpShortcutsFirefox: 'на странице about:addons: ⚙ → «Управление горячими клавишами расширений»',
  helpPrivacyTitle: 'Приватность',
  helpPrivacy:
    'Это персональные данные детей и родителей, поэтому Парта хранит их только у вас и только столько, сколько нужно (152-ФЗ). Полный текст политики конфиденциальности — по ссылке ниже.',
  privacyOpen: 'Политика конфиденциальности полностью',
  helpOpen: '?',
  helpOpenLabel: 'Помощь: {topic}',
};

const en: Record<keyof typeof ru, string> = {
  helpTitle: 'Help: how Parta works',
  helpContents: 'Contents',
  helpLanguage: 'Русский',
  helpWhatTitle: 'What Parta does — and never does',
  helpWhatMessenger:
    'On MAX and VK Messenger (Sferum) on the web, Parta reads the open chat’s messages to find links to foreign messengers (Telegram, WhatsApp, Viber and others) and marks them, with what to do: remind the rules or record a violation. Before your message is sent it checks it for such a link. It also marks messages that look like fraud (asking for a code from an SMS, a password or money to a card, a link to a fake site) and offers to warn the class with a ready text; a short link (clck.ru, vk.cc) opens only after a question. What to mark is chosen in the options. It keeps the names of school chats from the chat list and the member count from the chat header — no names of people.',
  helpWhatJournal:
    'On the e-journal (MESH and Moya Shkola, EPOS, Setevoy Gorod, Dnevnik.ru, ElJur) Parta reads which classes you teach and which class is yours — and its window shows which required chats are missing.',
  helpWhatNever:
    'Parta sends nothing anywhere: it has no network code, all data stays in this browser on this computer. It does nothing in the messenger for you: it sends no messages, creates no chats, removes or blocks no one — it suggests, you act.',
  helpTodayTitle: '“Today”: what is left to do',
  helpToday:
    'Parta’s window (the toolbar icon) starts with your to-do list: lift a block that has ended; remove someone who left from a chat; annul a forgotten link; move classes up in the new school year; create a missing chat and send its invitation. Most urgent first. The number on the icon is how many tasks there are.',
  helpMissingTitle: 'A chat is missing: from ✗ to a sent invitation',
  helpMissingSteps:
    '1. Open the e-journal and click Parta’s icon: a missing chat has ✗. Parta marks ✗ only once it has seen the messenger’s whole chat list: until then the row says “? not checked”; open MAX (or VK) and scroll the chat list to its end. | 2. Press “Create the chat”: the name is copied, and Parta remembers which class and audience it is for. | 3. In the messenger, create a chat with that name (Ctrl+V) and copy its invite link. | 4. Open Parta’s window and paste the link (Ctrl+V) — into the chat’s row or anywhere in the window. Or press “Remember the invitation” under the message with the link in the messenger. | 5. Press “Copy the message”: the link, whom it is for and the chat rules. Send it to the students or parents. | 6. Once Parta sees the new chat in the messenger’s chat list, the row turns ✓. How many joined shows on the row.',
  helpAnnulTitle: 'Annul an unused link',
  helpAnnul:
    'A sent link nobody joined by within 7 days (change it in the options) appears in “Today” as “annul”. Annul it in the messenger itself (chat settings → invite link → reset), then press “Annulled” — Parta remembers.',
  helpViolationTitle: 'Record a rule violation',
  helpViolation:
    'In a group chat, point at a message (or Tab to it) and press “⚑ Rule violation” — or press that button on the mark beside a message with a foreign-messenger link. In the form choose the rule and, if you wish, keep the message’s words. After the fourth violation Parta says the rules allow a block of up to one month, and reminds you to lift it on time. Everything recorded is on the “Violations and blocks” page (print and CSV for the director). Escape closes the form.',
  helpYearTitle: 'The new school year',
  helpYear:
    'From the first day of the school year (change it in the options) Parta offers to move up the classes it knew last year: 5A becomes 6A, the final grade leaves, last year’s invitations go to the archive. It shows first what will change, and the chats worth renaming. The move can be undone until you change classes yourself. If the journal still shows the old names after the move, Parta says so.',
  helpDirectorTitle: 'The director’s summary',
  helpDirector:
    'Teacher: in Parta’s window on the journal page press “Report for the director (file)” and give the file to the director. Director: Options → “School summary” → “Load teachers’ reports”. Where two teachers reported one chat, the table shows both counts, who and when. “How the member counts moved” shows the chats by week — how many there were when the teacher opened the chat; for it to have something to show, a teacher only needs to open the class’s chats once a week. No server — only files.',
  helpStoredTitle: 'What is kept, and for how long',
  helpStored:
    'Invitations, school chat names (no personal chats), classes, class sizes, your corrections, violations and blocks, the list of people who left, loaded teachers’ reports and your settings — only in this browser. Chat names not seen for half a year are forgotten; violations at the end of the school year (configurable). Message texts are not kept, except words you chose to keep in a violation record. “Erase everything” in the options removes it all at once.',
  helpNotRecognisedTitle: '“Page not recognised”',
  helpNotRecognised:
    'The site has changed and Parta did not find the usual parts of the page. It still checks links in all the page text. Press “Report this page”: Parta saves a file with the page’s structure — not one word of its text — to the browser’s downloads folder. Give it to Parta’s developers (or to whoever installed Parta for you). On a journal page, type your classes in Parta’s window.',
  helpKeysTitle: 'Keyboard',
  helpKeys:
    '{popupKey} opens Parta’s window. Everything in it and in the options works from the keyboard (Tab, Enter, Space). In a chat, Parta’s buttons beside messages are reached with Tab; {reportKey} opens “Rule violation” for the message in focus (or the last member’s message). Change the keys {shortcuts}. Escape closes Parta’s forms.',
  helpShortcutsAt: 'at the browser page {page}',
  helpShortcutsFirefox: 'at about:addons: ⚙ → “Manage Extension Shortcuts”',
  helpPrivacyTitle: 'Privacy',
  helpPrivacy:
    'This is personal data of children and parents, so Parta keeps it only with you and only as long as needed (Federal Law 152-FZ). The full privacy policy is behind the link below.',
  privacyOpen: 'The full privacy policy',
  helpOpen: '?',
  helpOpenLabel: 'Help: {topic}',
};

export const HELP_MESSAGES = { ru, en };
