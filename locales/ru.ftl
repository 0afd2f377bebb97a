# Все постоянные тексты бота по-русски. Ключи те же, что в en.ftl.
# Тексты безопасны для HTML: без & < > (кроме описаний команд, которые экранируются при показе).
# Переменные $html_… — уже экранированный HTML, остальные — простой текст.

## Короткие уведомления

apology = Простите, у меня что-то сломалось. Попробуйте ещё раз через минуту.
button-expired = Эта кнопка устарела. Отправьте /start, чтобы получить новые.
unknown-command = Такой команды я не знаю. Отправьте /help — там всё, что я умею.
text-only = Я читаю только текст. Напишите свой вопрос о статье сообщением.
slow-down = Вы пишете быстрее, чем я успеваю отвечать. Подождите несколько секунд и спросите снова.

## /ask

ask-prompt = Что вы хотите узнать о статье? Напишите вопрос или отправьте /cancel, чтобы передумать.
ask-placeholder = Ваш вопрос
ask-text-only = Пришлите вопрос текстом или отправьте /cancel, чтобы передумать.
ask-cancelled = Отменено. Спрашивайте о статье когда угодно.
nothing-to-cancel = Отменять нечего. Просто задайте вопрос о статье.

## Меню команд (setMyCommands) и /help

command-start = Что знает бот и с чего начать
command-summary = Статья в одной строке, в трёх пунктах или целиком
command-quotes = Кто что сказал; /quotes песков — один человек
command-check = Правда ли так сказали? /check <фраза>
command-ask = Задать вопрос по шагам
command-cancel = Прервать /ask
command-language = Отвечать по-русски или по-английски
command-help = Команды и примеры вопросов

## /start и /help

greeting-hello = Здравствуйте, { $html_name }!
greeting-hello-anonymous = Здравствуйте!
greeting-story = Я отвечаю на вопросы об одной новости:
greeting-try = Каждый ответ я подкрепляю дословной цитатой из статьи (она на английском, с переводом) и говорю, чьи это слова. Спрашивайте что угодно или начните отсюда:
help-what-i-know = Что я знаю
help-one-story = Одну новость:
help-commands = Команды
help-try-asking = Попробуйте спросить
help-groups = В группе упомяните меня (@{ $bot }) или ответьте на моё сообщение.
help-inline = В любом чате наберите @{ $bot } и вопрос — и отправьте туда карточку с ответом. Перешлите мне сообщение, и я сверю его со статьёй.

## /language

language-choose = На каком языке мне отвечать?
language-chosen = Готово: теперь я отвечаю по-русски. Цитаты остаются английскими, как в статье, с переводом.
language-unknown = Языка «{ $html_name }» я пока не знаю. Выберите один из этих:

## Кнопки

button-summary = 📰 Кратко
button-who-said-what = 🗣 Кто что сказал
button-show-in-article = 📄 Показать в статье
button-in-article-paragraph = 📄 В статье (¶{ $paragraph })
button-back-to-answer = ↩ Назад к ответу
size-line = В строку
size-short = Кратко
size-bullets = 3 пункта
size-full = Целиком

## Карточки ответов

not-in-article-lead = В статье об этом не сказано.
what-it-does-say = Что в ней есть:
did-you-mean = Вы имели в виду…?
did-you-mean-hint = Выберите самый близкий к вашему вопрос или спросите иначе.
cannot-answer = Простите, на это я ответить не могу.
only-one-story = Я знаю только одну новость:
you-could-ask = Можно спросить, например:
send-a-question = Задайте вопрос о статье, например один из этих:

## Как подписана цитата

as-reported = { $html_name }, { $html_role } — в изложении статьи
the-article = статья
article-own-words = авторский текст статьи
about-speaker = о ком: { $html_name }
quote-paragraph = абзац { $paragraph }
translation-label = Перевод:

## /summary

summary-heading = Кратко

## /quotes

who-said-what = Кто что сказал
roster-line = { $html_name }, { $html_role }: { $count ->
    [one] { $count } высказывание
    [few] { $count } высказывания
   *[many] { $count } высказываний
}
roster-nobody = Статья никого не цитирует.
roster-tap = Нажмите на имя, чтобы прочитать высказывания.

## Показать в статье

source-heading = Из статьи, абзац { $paragraph } из { $paragraphs }
source-quoted-for = Цитата к вопросу: { $html_title }

## /check

check-usage = Отправьте /check и фразу о событиях статьи, например:
    /check Путин призвал к немедленному прекращению огня

    Или перешлите мне сообщение, или ответьте на него командой /check. Статья на английском: фразу по-русски я сверяю по смыслу с переводом её слов.
verdict-verbatim = ✅ Слово в слово как в статье
verdict-paraphrase = 🟡 В статье это есть, но другими словами
verdict-altered = ❌ Искажено: в статье сказано иначе
verdict-misattributed = ⚠️ Не тот автор: в статье это говорит кто-то другой
verdict-not-in-article = 🚫 В статье этого нет
verdict-cannot-judge = 🌐 Эту фразу я проверить не могу: слишком многие её слова мне незнакомы
verdict-short-verbatim = слово в слово
verdict-short-paraphrase = другими словами
verdict-short-altered = искажено
verdict-short-misattributed = не тот автор
verdict-short-not-in-article = в статье нет
verdict-short-cannot-judge = не могу проверить
check-cannot-judge = Перескажите её словами ближе к статье, или спросите о том же вопросом. Отправьте /summary, чтобы увидеть, о чём статья.
check-closest = Ничего такого в ней нет. Ближе всего — абзац { $paragraph }:
check-nothing-close = Ничего такого, даже похожего, в ней нет. Отправьте /summary, чтобы увидеть, о чём она.
check-what-changed = Что изменено: { $html_changes }.
check-not-in-passage = В этом месте статьи нет: { $html_words }.
check-article-wording = Как сказано в статье:
check-as-reported = { $html_name }, { $html_role } — в изложении статьи
check-own-words = авторский текст статьи
change-opposite = { $html_claimed }, а в статье — { $html_article }
change-negation = { $html_claimed }, а в статье — { $html_article } (добавлено или пропущено «не»)
change-actor = { $html_claimed } вместо { $html_article }
change-added = { $html_claimed } — в этом месте статьи не упоминается
change-stance = { $html_claimed } — этого в этом месте статьи нет
change-replaced = { $html_claimed } вместо слова статьи { $html_article }
change-negation-added = { $html_claimed }: в статье такого отрицания нет
change-negation-dropped = в статье — { $html_article }, а в утверждении это отрицание пропало
misattributed-own-words = Это слова самой статьи; она не утверждает, что их сказал { $html_claimed }.
misattributed-reported = По статье, так говорит { $html_names }, а не { $html_claimed }.
misattributed-them = он
names-and = и
voice-own-words = Это слова самой статьи, а не чья-то цитата.
voice-never-quoted = Дословных цитат в статье нет: это её пересказ позиции (чьей: { $html_who }), а не собственные слова говорящего.
voice-not-fact = Статья не утверждает это как факт, а пересказывает, что говорит или считает { $html_who }.
voice-position = Статья передаёт это как позицию, которую занимает { $html_who }; это не прямая цитата.
check-translated = Вы написали по-русски, а статья — на английском: перевод не может совпасть «слово в слово», поэтому сверяется смысл.

## Инлайн-режим

inline-ask-private = 💬 Спросить меня в личном чате
inline-summary-title = Кратко о статье
inline-check-title = Проверка: { $verdict }
inline-ask-more = Спросить @{ $bot } ещё ↗

## Чат в терминале

terminal-intro = Разговор с ботом в терминале. Напишите вопрос, /команду, номер кнопки или @inline и запрос для инлайн-режима. Ctrl+D — выход.
terminal-inline-results = Инлайн-результаты (наберите номер, чтобы отправить карточку в чат):
terminal-no-inline-results = (инлайн-результатов нет)

## Оценки под карточками ответов

feedback-up = 👍
feedback-down = 👎
feedback-thanks-up = 👍 Спасибо!
feedback-thanks-down = 👎 Спасибо!
feedback-saved = Спасибо за отзыв!
feedback-changed = Оценка изменена на { $vote }. Спасибо!
feedback-same = Вы уже поставили { $vote }.
feedback-not-saved = Не удалось сохранить оценку. Попробуйте чуть позже.

## /stats (только для операторов из ADMIN_IDS)

stats-title = За последние { $days } дн.
stats-questions = Вопросов: { $asked } — отвечено { $answered } · «вы имели в виду» { $didYouMean } · «в статье нет» { $doesntSay } · отказ { $refused }
stats-languages = По языкам: { $languages }
stats-most-asked = Чаще всего спрашивали
stats-entry = { $html_entry }: спросили { $asked } · 👍 { $up } · 👎 { $down }
stats-failed = Неудачные вопросы, сначала частые
stats-failed-group = { $count }× «{ $html_question }» → { $html_action }
stats-full-report = Полный отчёт с командами для исправлений: npm run report

## Разговор: уточняющие вопросы, да/нет, два вопроса, болтовня (src/dialogue, src/bot/render/dialogue.ts)

understood = Понял вопрос так: { $question }
verdict-yes = Да.
verdict-no = Нет.
verdict-not-said = В статье об этом не сказано.
verdict-unconfirmed = Прямо в статье этого нет. Что в ней сказано:
button-full-answer = 📄 Со словами статьи
more-heading = Подробнее: { $question } — абзацы статьи целиком, в оригинале (статья на английском, перевода абзацев нет)
more-paragraph = — статья, абзац { $paragraph }
who-said-that-heading = Кто это сказал?
who-said-reported = { $html_name }, { $html_role }, в пересказе статьи (абзац { $paragraph })
who-said-article = сама статья, своими словами (абзац { $paragraph })
is-that-true-heading = Это правда?
is-that-true-yes = Да, так сообщает статья. Я знаю только эту статью и не могу сверить её с другими источниками.
is-that-true-not-said = В статье этого нет. Что в ней сказано:
no-context = Не понял, к чему это относится. Задайте вопрос целиком, например:
no-such-button = Кнопки { $number } нет. Выберите одну из этих или задайте вопрос:
talk-greeting = Привет! Я отвечаю на вопросы об одной новости. Спросите что угодно или выберите:
talk-thanks = Пожалуйста! Ещё что-нибудь о новости?
talk-goodbye = До встречи! Возвращайтесь с вопросами о новости.
talk-how-are-you = Всё хорошо, спасибо. Готов отвечать на вопросы о новости.
talk-aside = Счёт и шутки — не моё: я знаю только эту новость. Вернёмся к ней?
talk-identity = Я бот, который отвечает на вопросы об одной новости, дословно цитирует статью и говорит, кто что сказал.
talk-abilities = Спрашивайте о новости своими словами: кто что сказал, почему, правда ли это, о чём статья молчит. Можно и уточнять: «почему?», «а Песков?».
talk-insult = Жаль, что не помог. Попробуйте один из вопросов или спросите иначе:
talk-laughter = Рад, что весело! Ещё что-нибудь о новости?
talk-acknowledgement = Что ещё вы хотели бы узнать о новости?

## Кто что сказал — честно

speaker-said-heading = Что сказал { $html_name }
several-said-heading = Что сказали { $html_names }
speaker-about-heading = Что статья пишет о { $html_name }
speaker-about-note = Это слова самой статьи о { $html_name }, а не высказывания.
speaker-never-quoted = Статья упоминает { $html_name } ({ $html_role }), но не приводит ни одного высказывания.
speaker-not-in-article = В статье нет упоминания «{ $html_name }».
speaker-mentioned-only = Статья упоминает «{ $html_name }», но не приводит ни одного высказывания.
