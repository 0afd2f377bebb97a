# Every fixed text the bot says, in English. ru.ftl has the same keys.
# Messages are HTML-safe text: no raw & < > (only the command descriptions, which are escaped where shown).
# Variables named $html_… carry HTML the code already escaped; the others are plain text.

## Short notices

apology = Sorry, something went wrong on my side. Please try again in a moment.
button-expired = This button has expired. Send /start for fresh ones.
unknown-command = I don’t know that command. Send /help to see what I can do.
text-only = I can only read text. Send me your question about the story as a message.
slow-down = You’re sending messages faster than I can answer them. Please wait a few seconds, then ask again.

## /ask

ask-prompt = What would you like to know about the story? Send your question, or /cancel to stop.
ask-placeholder = Your question
ask-text-only = Please send your question as text, or /cancel to stop.
ask-cancelled = Cancelled. Ask me anything about the story whenever you like.
nothing-to-cancel = There is nothing to cancel. Just send me a question about the story.

## The command menu (setMyCommands) and /help

command-start = What this bot knows and what to try
command-summary = The story in one line, three bullets or in full
command-quotes = Who said what; /quotes putin for one speaker
command-check = Did they really say that? /check <sentence>
command-ask = Ask a question step by step
command-cancel = Stop /ask
command-language = Answer in English or Russian
command-help = Commands and example questions

## /start and /help

greeting-hello = Hi, { $html_name }!
greeting-hello-anonymous = Hi!
greeting-story = I answer questions about one news story:
greeting-try = Every answer quotes the article word for word and says who said it. Ask me anything about it, or try:
help-what-i-know = What I know
help-one-story = One news story:
help-commands = Commands
help-try-asking = Try asking
help-groups = In a group, mention me (@{ $bot }) or reply to one of my messages.
help-inline = In any chat, type @{ $bot } and a question to send an answer card there. Forward me a message to check it against the article.

## /language

language-choose = Which language should I answer in?
language-chosen = Done: I’ll answer in English. A question written in Russian still gets a Russian answer.
language-unknown = I don’t speak “{ $html_name }” yet. Pick one of these:

## Buttons

button-summary = 📰 Summary
button-who-said-what = 🗣 Who said what
button-show-in-article = 📄 Show in article
button-in-article-paragraph = 📄 In article (¶{ $paragraph })
button-back-to-answer = ↩ Back to the answer
size-line = One line
size-short = Short
size-bullets = 3 bullets
size-full = Full

## Answer cards

not-in-article-lead = The article doesn’t say.
what-it-does-say = What it does say:
did-you-mean = Did you mean…?
did-you-mean-hint = Pick the question closest to yours, or ask it in other words.
cannot-answer = Sorry, I can’t answer that.
only-one-story = I only know one news story:
you-could-ask = You could ask one of these:
send-a-question = Send me a question about the story, for example one of these:

## How a quote is attributed

as-reported = { $html_name }, { $html_role } · as reported
the-article = the article
article-own-words = the article's own words
about-speaker = about { $html_name }
quote-paragraph = paragraph { $paragraph }
# Never shown in English: the article is English.
translation-label = Translation:

## /summary

summary-heading = Summary

## /quotes

who-said-what = Who said what
roster-line = { $html_name }, { $html_role }: { $count ->
    [one] { $count } statement
   *[other] { $count } statements
}
roster-nobody = The article quotes no one.
roster-tap = Tap a name to read what they said.

## Show in article

source-heading = From the article, paragraph { $paragraph } of { $paragraphs }
source-quoted-for = Quoted for: { $html_title }

## /check

check-usage = Send /check and a sentence about the story, for example:
    /check Putin said the US monopolized peace efforts

    Or forward me a message, or reply /check to one.
verdict-verbatim = ✅ Word for word in the article
verdict-paraphrase = 🟡 In the article, in other words
verdict-altered = ❌ Altered: the article says something different
verdict-misattributed = ⚠️ Misattributed: the article puts it in someone else’s mouth
verdict-not-in-article = 🚫 Not in the article
verdict-cannot-judge = 🌐 I can’t check this one: too many of its words are unknown to me
verdict-short-verbatim = verbatim
verdict-short-paraphrase = paraphrase
verdict-short-altered = altered
verdict-short-misattributed = misattributed
verdict-short-not-in-article = not in article
verdict-short-cannot-judge = cannot judge
check-cannot-judge = Put it in words closer to the article’s, or ask me about it as a question. Send /summary to see what the article covers.
check-closest = Nothing in it says that. The closest it comes, in paragraph { $paragraph }:
check-nothing-close = Nothing in it says that, or anything close. Send /summary to see what it does cover.
check-what-changed = What changed: { $html_changes }.
check-not-in-passage = Not in that passage: { $html_words }.
check-article-wording = The article’s wording:
check-as-reported = { $html_name }, { $html_role } · as reported
check-own-words = the article’s own words
change-opposite = { $html_claimed }, where the article has { $html_article }
change-negation = { $html_claimed }, where the article has { $html_article } (a “not” added or dropped)
change-actor = { $html_claimed } in place of { $html_article }
change-added = { $html_claimed }, whom that passage does not name
change-stance = { $html_claimed }, which that passage does not say
change-replaced = { $html_claimed } in place of the article’s { $html_article }
change-negation-added = { $html_claimed }: the article has no such negation
change-negation-dropped = the article has { $html_article }, a negation the claim drops
misattributed-own-words = These are the article’s own words; it does not say { $html_claimed } said them.
misattributed-reported = The article reports it of { $html_names }, not { $html_claimed }.
misattributed-them = them
names-and = and
voice-own-words = These are the article’s own words, not a quote from anyone.
voice-never-quoted = The article never quotes { $html_who } directly: these are its words reporting the position, not { $html_who }’s own.
voice-not-fact = The article does not state this as fact: it reports what { $html_who } said or holds.
voice-position = The article reports this as { $html_who }’s position; it is not a direct quote.
# Shown under a claim written in another language than the article's English.
check-translated = You wrote in another language than the article’s: a translation can never match it word for word, so only the meaning is compared.

## Inline mode

inline-ask-private = 💬 Ask me in a private chat
inline-summary-title = Summary of the story
inline-check-title = Check: { $verdict }
inline-ask-more = Ask @{ $bot } more ↗

## The terminal chat

terminal-intro = Chatting with the bot in the terminal. Type a question, a /command, a button's number, or @inline and a query for inline mode. Ctrl+D quits.
terminal-inline-results = Inline results (type a number to send one into the chat):
terminal-no-inline-results = (no inline results)

## Feedback under answer cards

feedback-up = 👍
feedback-down = 👎
feedback-thanks-up = 👍 Thanks!
feedback-thanks-down = 👎 Thanks!
feedback-saved = Thanks for your feedback!
feedback-changed = Changed to { $vote }. Thanks!
feedback-same = You already voted { $vote }.
feedback-not-saved = Sorry, your vote could not be saved just now. Please try again later.

## /stats (operators in ADMIN_IDS only)

stats-title = The last { $days } days
stats-questions = Questions: { $asked } — answered { $answered } · did you mean { $didYouMean } · doesn’t say { $doesntSay } · refused { $refused }
stats-languages = By language: { $languages }
stats-most-asked = Most asked
stats-entry = { $html_entry }: { $asked } asked · 👍 { $up } · 👎 { $down }
stats-failed = Failed, most frequent first
stats-failed-group = { $count }× “{ $html_question }” → { $html_action }
stats-full-report = The full report, with the commands to run: npm run report

## Conversation: follow-ups, yes/no, two questions, small talk (src/dialogue, src/bot/render/dialogue.ts)

understood = I read this as: { $question }
verdict-yes = Yes.
verdict-no = No.
verdict-not-said = The article doesn’t say.
verdict-unconfirmed = The article doesn’t say so in those words. What it does say:
button-full-answer = 📄 With the article’s words
more-heading = More on: { $question }
more-paragraph = — the article, paragraph { $paragraph }
who-said-that-heading = Who said that?
who-said-reported = { $html_name }, { $html_role }, as the article reports it (paragraph { $paragraph })
who-said-article = the article itself, in its own words (paragraph { $paragraph })
is-that-true-heading = Is that true?
is-that-true-yes = Yes: that is what the article reports. I know only this article, so I can’t check it against other sources.
is-that-true-not-said = The article doesn’t say that. What it does say:
no-context = I’m not sure what that refers to. Ask me a whole question, for example:
no-such-button = There is no button { $number }. Pick one of these, or ask me a question:
talk-greeting = Hi! I answer questions about one news story. Ask me anything about it, or try one of these:
talk-thanks = You’re welcome! Anything else about the story?
talk-goodbye = Bye! Come back any time with a question about the story.
talk-how-are-you = I’m fine, thanks, and ready for your questions about the story.
talk-aside = Sums and jokes aren’t my thing: I only know this one news story. Back to it?
talk-identity = I’m a bot that answers questions about one news story, quoting the article word for word and saying who said what.
talk-abilities = Ask me about the story in your own words: who said what, why, whether something is true, what the article leaves open. Follow-ups like “why?” or “and Peskov?” work too.
talk-insult = Sorry I didn’t help. Try one of these, or ask in other words:
talk-laughter = Glad you’re enjoying it! Anything else about the story?
talk-acknowledgement = Anything else you’d like to know about the story?

## Who said what, honestly

speaker-said-heading = What { $html_name } said
several-said-heading = What { $html_names } said
speaker-about-heading = What the article says about { $html_name }
speaker-about-note = These are the article’s own sentences about { $html_name }, not their words.
speaker-never-quoted = The article mentions { $html_name } ({ $html_role }) but reports nothing they said.
speaker-not-in-article = The article does not mention “{ $html_name }”.
speaker-mentioned-only = The article mentions “{ $html_name }” but reports nothing they said.
