// A long Russian message that greets, excuses itself or tells the asker's own story before it asks ("Здравствуйте!
// Подскажите, пожалуйста, я не очень слежу за политикой, но коллега сказал, что Путин … С кем был разговор и какие
// претензии он выдвинул? Заранее спасибо"): read whole, the story's words (Хамас, Израиль, "за хамас то ли за
// израиль") outweighed what is asked, and one entry about the story answered it ("Что в статье говорится о ХАМАС?",
// "Нейтральна ли Россия? В статье об этом не сказано"). The question is the sentences from the first that asks to
// the end, without courtesy; the story before it is dropped, but for the one person it names, who is the "он" the
// question then uses ("какие претензии он выдвинул" = Putin's). Only messages of several sentences and many words,
// whose story sentences ask nothing: a short "Путин звонил Эрдогану. Зачем?" is left to the readers of a lead-in.

import { spaceSplitCount } from "../../lib/word-count.js";
import { disputedClaimOf } from "./disputed-claim.js";
import { asksOnlyShapeRu, plainWords } from "./shape-plea.js";
import { withoutWhoIsRight } from "./who-is-right.js";

/** Sentences: text up to and with its closing marks. */
const SENTENCE = /[^.!?…]+(?:[.!?…]+|$)/gu;

/** Courtesy alone: a greeting, thanks, an apology, a bare "подскажите". */
const COURTESY =
  /^(?:здравствуй(?:те)?|добр(?:ый|ого|ое)\s+(?:день|вечер|утро|дня|вечера|времени\s+суток)|привет(?:ствую)?|доброго\s+времени\s+суток|(?:заранее\s+)?(?:большое\s+)?спасибо(?:\s+(?:большое|заранее|за\s+ответ))*|(?:заранее\s+)?(?:благодарю|благодарна|благодарен|буду\s+(?:очень\s+)?благодар(?:ен|на))(?:\s+за\s+ответ)?|извините(?:\s+за\s+беспокойство)?|простите(?:\s+за\s+беспокойство)?|подскажите(?:\s+пожалуйста)?)$/u;

/** How an asking sentence opens, after a leading "и"/"а"/"но" and courtesy words ("объясните пожалуйста простыми
 * словами, что …"); or it closes with "?". */
const ASKS =
  /^(?:(?:и|а|но|так|вот|ещ[её]|тогда)\s+)*(?:(?:подскажите|скажите|объясните|пожалуйста|простыми\s+словами|по-простому)\s+)*(?:кто|что|чем|чего|кого|кому|почему|зачем|как|где|куда|когда|сколько|какой|какая|какое|какие|какую|каких|каким|каков|какова|каково|чей|чья|с\s+кем|о\s+ч[её]м|при\s*ч[её]м|интересно|правда\s+ли|разве|неужели|в\s+этой\s+статье)(?!\p{L})/u;

/** The story's people, each by the forms a message names them with; the nominative put for "он". */
const PEOPLE: [string, RegExp][] = [
  ["Путин", /(?<!\p{L})(?:путин(?:а|у|ым|ом|е)?)(?!\p{L})/u],
  ["Песков", /(?<!\p{L})(?:песков(?:а|у|ым|ом|е)?)(?!\p{L})/u],
  ["Эрдоган", /(?<!\p{L})(?:эрдоган(?:а|у|ом|е)?)(?!\p{L})/u],
];

const MIN_WORDS = 18;

/** The asker's aside closing a sentence (", это же другая страна"): what they think, not what they ask. */
const ASIDE = /,\s*(?:это же|это ведь|ведь это|ведь)\s[^?]*$/iu;

/** A plea to explain opening the question ("можете нормально объяснить, что …"): the question is what follows. */
const PLEA =
  /^(?:(?:а|и|так|вот|ну)\s+)?(?:(?:не\s+)?(?:можете|можешь|могли\s+бы|мог\s+бы|могла\s+бы)\s+)?(?:(?:нормально|толком|по-человечески|по\s+человечески|по-простому|просто|коротко|кратко)\s+)?(?:объяснить|объясните|объясни|рассказать|расскажите|расскажи|подсказать|подскажите|подскажи)(?:,?\s+(?:пожалуйста|простыми\s+словами|по-простому|по-человечески|по\s+человечески))*,?\s+(?=(?:что|чего|кто|как|почему|зачем|за\s+что|из-за\s+чего|о\s+ч[её]м|с\s+кем|какие|какой|какая|какое|куда|где)(?!\p{L}))/iu;

/** The asker's reason told after the question ("а то у меня батя спорит, что …"): more of their story. */
const REASON_ASIDE = /^(?:а то|просто|потому что|дело в том)(?!\p{L})/u;

/** A bare plea to explain what came before ("можешь по статье разложить?"): it asks nothing of its own. */
const PLEA_ONLY =
  /^(?:(?:а|и|ну)\s+)?(?:(?:можешь|можете|могли\s+бы|мог\s+бы|могла\s+бы)\s+)?(?:мне\s+)?(?:(?:по|из)\s+(?:статье|тексту|статьи|текста)\s+)?(?:разложить|разложи|разложите|объяснить|объясни|объясните|расписать|распиши|рассказать|расскажи|расскажите)(?:\s+(?:по\s+полочкам|по\s+статье|подробно|пожалуйста))*$/u;

/** The asker's need that leads into a question mid-sentence ("нужно понять, как москва себя позиционирует"). */
const NEEDS_TO_KNOW =
  /(?<!\p{L})(?:нужно|надо|хочу|хотим|хотелось\s+бы|хотел\s+бы|хотела\s+бы|пытаюсь)\s+(?:понять|узнать|разобраться|выяснить),?\s+(?=(?:как|что|почему|зачем|кто|какие|какой|какая|какую|каков|какова|каково|каких|чем|чего|где|когда|с\s+кем|на\s+ч\p{L}+\s+стороне)(?!\p{L}))/iu;

/** A sentence from the need it states on ("нужно понять, как …" → "как …"), or as it is. */
function fromNeed(sentence: string): string {
  const need = NEEDS_TO_KNOW.exec(sentence);
  return need ? sentence.slice(need.index + need[0].length) : sentence;
}

/**
 * A question about the story told before it: "так ли это", "это правда", and one that only points back at it —
 * "в статье про это есть что-нибудь?", "есть ли об этом что-то в тексте?", "а в статье это как-то объясняется?",
 * "кто прав по статье?" (blind-ru26), "в статье есть объяснение?", "откуда это в статье?" (quality-ru51): its words
 * are the story's, so the message is read whole.
 */
const BACK_TO_STORY =
  /(?<!\p{L})(?:так ли это|это так|это правда|правда ли это|верно ли это|это верно|кто (?:из нас )?прав|это (?:как-то |как-нибудь |вообще )?(?:объясня\p{L}*|написано|сказано|упомина\p{L}*|подтвержда\p{L}*)|(?:есть|было|бывает) (?:\p{L}+ ){0,2}(?:такое|такая|такой|такие|подобное)|(?:такое|такая|такой|такие|подобное|подобная|подобный) (?:опасени|мнени|утверждени|заявлени|мысл|информаци|тезис|фраз)\p{L}*|что (?:же |тут |там |это |они |он |она )?(?:имеется|имели|имел|имела|имеют|имеет) в виду|что (?:это|эта фраза|это слово) (?:значит|означает)|(?:есть|имеется|дается|приводится|найдется)(?: ли)?(?: (?:в статье|в тексте|там|тут))?(?: \p{L}+)? (?:объяснени|пояснени|ответ|причин)\p{L}*|(?:статья|текст|в статье|в тексте) (?:это |как-то |вообще |там )*(?:объясня|поясня)\p{L}*|откуда (?:это|такое) (?:в статье|в тексте|взялось))(?!\p{L})/u;
/** "Это правда или МИД тоже что-то сказал?": a doubt, then the question the asker would have instead. */
const TRUE_OR =
  /^(?:(?:а|и|так|ну)\s+)?(?:это\s+(?:правда|так|верно)|так\s+ли\s+это|правда\s+ли\s+это),?\s+или\s+(?:же\s+)?(.+)$/iu;
/** "про это", "об этом" in a question of what the article has on it ("что об этом думает Путин" asks its own). */
const POINTS_BACK = /(?<!\p{L})(?:про это|про такое|об этом|на этот сч[её]т|на эту тему)(?!\p{L})/u;
const OF_ARTICLE =
  /(?<!\p{L})(?:в статье|в тексте|статья|текст|пишут|написано|говорится|сказано|упоминается|есть что)(?!\p{L})/u;

const plain = plainWords;

/**
 * One run-on sentence whose last clause turns to the question ("слушай я запутался, вот вроде путин говорит …, а сам
 * …, так в чем конкретно он америку обвиняет то?"): the clause after the last comma, opened by "так"/"а"/"ну" and a
 * question word and closed by "?", is the question, the clauses before it the story (wave AO). Read as one sentence,
 * the message had no story to drop and the story's words answered it.
 */
const TURN_TO_QUESTION =
  /,\s*((?:(?:так|а|ну|вот|и)\s+)+(?:в\s+ч[её]м|за\s+что|из-за\s+чего|кто|что|кого|кому|почему|зачем|как|какой|какая|какое|какие|каких|чего|чем|с\s+кем|где|куда|когда)(?!\p{L})[^,.!?…]*\?+)\s*$/iu;

/** A run-on message with its closing question set apart as a sentence of its own, or the text as it came. */
function withClosingQuestionApart(text: string): string {
  const sentences = text.match(SENTENCE) ?? [];
  if (sentences.length !== 1) return text;
  const turn = TURN_TO_QUESTION.exec(text);
  return turn ? `${text.slice(0, turn.index)}. ${turn[1]}` : text;
}

/** The question of a long Russian message without its courtesy and the asker's story before it, or null. */
export function rambleQuestionOf(text: string): string | null {
  return rambleReadingOf(text)?.question ?? null;
}

/** A ramble's question; `filled`: it asks what the story left open, and holds the story's clause for it. */
export interface RambleReading {
  question: string;
  filled: boolean;
}

/** At one place: a letter of each script, folded as /iu folds (so "K", the Kelvin sign, is Latin). */
const CYRILLIC_AT = /[а-яё]/iuy;
const LATIN_AT = /[a-z]/iuy;

/**
 * How many letters of the text each script has: what `text.match(/[а-яё]/giu)` and `/[a-z]/giu` count, without
 * an array of one-letter strings per message. ASCII is read by its code; any other unit is tested in place with
 * the same class (sticky), so what /iu folds into either class counts as before. A surrogate half is neither: no
 * astral letter folds into these classes.
 */
function lettersByScript(text: string): { cyrillic: number; latin: number } {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) continue;
    CYRILLIC_AT.lastIndex = i;
    if (CYRILLIC_AT.test(text)) cyrillic++;
    else {
      LATIN_AT.lastIndex = i;
      if (LATIN_AT.test(text)) latin++;
    }
  }
  return { cyrillic, latin };
}

export function rambleReadingOf(typedText: string): RambleReading | null {
  // "коллега говорит, что …, а я говорю … . кто прав?": the claim disputed is the question (disputed-claim.ts).
  const disputed = disputedClaimOf(typedText);
  if (disputed !== null) return { question: disputed, filled: true };
  // "Кто прав и что именно говорит МИД?": the question after "кто прав и" settles the dispute (who-is-right.ts).
  const text = withClosingQuestionApart(withoutWhoIsRight(typedText));
  const { cyrillic, latin } = lettersByScript(text);
  if (cyrillic <= latin * 2 || spaceSplitCount(text) < MIN_WORDS) return null;
  const typed = (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => plain(s).length > 0);
  const sentences = typed.map(fromNeed).filter((s) => !PLEA_ONLY.test(plain(s)) && !asksOnlyShapeRu(s));
  // A need cut off or a bare plea dropped is already a narrower reading than the message as typed.
  const narrowed = sentences.length < typed.length || sentences.some((s, i) => s !== typed[i]);
  if (typed.length < 2) return null;
  const asks = (s: string) => s.endsWith("?") || ASKS.test(plain(s));
  const first = sentences.findIndex((s) => !COURTESY.test(plain(s)) && asks(s));
  if (first < 0) return null;
  const story = sentences.slice(0, first).filter((s) => !COURTESY.test(plain(s)));
  const kept = sentences
    .slice(first)
    .filter(
      (s) => !COURTESY.test(plain(s)) && !(first > 0 && REASON_ASIDE.test(plain(s)) && !s.endsWith("?")),
    )
    .map((s) => s.replace(ASIDE, ""));
  // "…Это правда или МИД тоже что-то сказал?": the other side of the doubt is a question of its own (quality-ru44).
  const otherSide = TRUE_OR.exec(kept[0] ?? "")?.[1];
  if (otherSide && spaceSplitCount(otherSide) >= 3) kept.splice(0, 1, otherSide);
  // "Мой отец уверен, что … Так ли это?": the question asks of the story itself, which stays.
  const asked = plain(kept[0] ?? "");
  if (
    (kept.length === sentences.length && !narrowed) ||
    BACK_TO_STORY.test(asked) ||
    (POINTS_BACK.test(asked) && OF_ARTICLE.test(asked))
  )
    return null;
  const named = PEOPLE.filter(([, form]) => story.some((s) => form.test(plain(s))));
  let question = kept.join(" ").replace(PLEA, "");
  if (named.length === 1 && !PEOPLE.some(([, form]) => form.test(plain(question))))
    question = question.replace(/(?<!\p{L})он(?!\p{L})/u, named[0]![0]);
  const filled = withStoryClauseAsked(withGroupNamed(question, story), story);
  return { question: withClausePronounNamed(filled), filled: filled !== question };
}

/** The question word opening a question ("Кому в итоге…", "А с кем…"), as the indefinite pronoun's stem takes it. */
const OPENING_ASK =
  /^(?:(?:и|а|так|ну|вот)\s+)?((?:с|о|об|про|за)\s+)?(кому|кого|кто|кем|что|чего|чем|ч[её]м|куда|где|зачем)(?!\p{L})/iu;

/**
 * "…что Путин кому-то звонил из-за войны в Израиле, то ли турку… Кому в итоге и чего он хотел?": the question
 * asks what the story's "кому-то" left open, so the story's clause holding it, with the question word in its place,
 * goes before the question; read alone, "кому… чего он хотел" lost the call (quality-ru43).
 */
function withStoryClauseAsked(question: string, story: string[]): string {
  const ask = OPENING_ASK.exec(question.trim());
  if (!ask) return question;
  const word = ask[2]!.toLowerCase().replace(/ё/g, "е");
  const before = ask[1]?.trim().toLowerCase() ?? "";
  const indefinite = new RegExp(
    `(?<!\\p{L})${before ? `${before}\\s+` : ""}${word}-(?:то|нибудь)(?!\\p{L})`,
    "iu",
  );
  for (const sentence of [...story].reverse()) {
    const clause = sentence
      .replace(/ё/g, "е")
      .split(/[,;:.!?…]+/u)
      .find((c) => indefinite.test(c));
    if (clause === undefined) continue;
    const asked = clause
      .replace(/^\s*(?:что|будто|мол|типа|дескать)\s+/iu, "")
      .replace(indefinite, "")
      .replace(/\s+/g, " ")
      .trim();
    return `${before ? `${before} ` : ""}${word} ${asked}, ${question}`;
  }
  return question;
}

/** The story's bodies and people a clause may name before "он" stands for them ("там был МИД, он что-то говорил"). */
const PARTY_BEFORE_HE =
  /(?<!\p{L})(мид|кремль|путин|песков|эрдоган|хамас)(?!\p{L})[^,.!?]{0,30},\s*(?:(?:а|и|так|вот)\s+)?он(?!\p{L})/iu;

/**
 * "там был какой-то МИД, он что-то про игроков говорил": "он" after a comma is the party the clause before it
 * names; read alone, a piece "он … говорил" lost whose words it asks about (quality-ru43).
 */
function withClausePronounNamed(question: string): string {
  const m = PARTY_BEFORE_HE.exec(question);
  if (!m) return question;
  const end = m.index + m[0].length;
  return `${question.slice(0, end - 2)}${m[1]}${question.slice(end)}`;
}

/** "там", "туда", "в нём": a place pronoun a question may use for a group the story before it named. */
const THERE = /(?<!\p{L})(?:там|туда|в\s+н[её]м|в\s+него)(?!\p{L})/iu;
/** The story's group with members (the Quartet), as the question puts it in the pronoun's place. */
const GROUP = /(?<!\p{L})(?:квартет|четв[её]рк)\p{L}*/iu;

/**
 * "…знаю только, что есть какой-то квартет… препод сказал, что Россия туда входит. А кто ещё там кроме России?":
 * "там" is the Quartet the story named; read alone, "кто ещё там кроме России" lost it and found "is Russia
 * neutral?" (quality-ru44). Only where the question names no group itself.
 */
function withGroupNamed(question: string, story: string[]): string {
  if (GROUP.test(question) || !THERE.test(question) || !story.some((s) => GROUP.test(s))) return question;
  return question.replace(THERE, "в квартете");
}
