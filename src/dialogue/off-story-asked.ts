// Kind: a question about a country's present state of affairs that the article never reports, asked mid-chat —
// "who is the president of palestine", "who runs gaza right now", "whats turkey's inflation rate rn", «какая
// инфляция в турции сейчас». The engine placed it by its one known word (Turkey → who Erdogan is, "president" →
// who Putin is) and the chat answered with that card (d74-18#3, d74-23#3). Two readings, both refused as the
// engine refuses an off-topic question:
// - the holder of an office of a place (a country, Gaza, Hamas) whose holder the article never names: only Russia's and Turkey's leaders
//   are named ("who leads russia now" stays the engine's); a voice of the story ("the kremlin") is no such place;
// - a country's figures or facts no article sentence gives: inflation, GDP, currency, capital… (not "population":
//   "the civilian population in gaza" is the story's casualties).
// - a person's private life or travels (private-life.ts).
// A yes/no keeps its own path (the verdict readers say "doesn't say"); a pronoun ("who is their leader") is
// involved-asked.ts's.
import type { Lang } from "../answering/types.js";
import { countryOf } from "./countries.js";
import type { ContextReading } from "./dialogue-context.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { fold, languageOf, wordsFor } from "./language.js";
import { createOffTopicRefusal } from "./off-topic-yes-no.js";
import { privateLifeAsked } from "./private-life.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext, DialogueTurn } from "./types.js";

const NOW_EN = "(?: (?:now|right now|rn|currently|today|these days|at the moment|at present|nowadays))?";
const LEAD_EN = "^(?:(?:and|so|ok|okay|btw|also|but|well|hey|wait)[,.!]* )*";
/** "who is the president of palestine", "who's israel's prime minister now", "who runs gaza right now" */
const OFFICE_EN = new RegExp(
  `${LEAD_EN}who(?:'s|s| is| was)? (?:actually |currently )?(?:(?:the )?(?:current |actual |present )?(?:president|prime minister|pm|premier|leader|head|ruler|king|chancellor|head of state|boss|man in charge) (?:of|in) (?:the )?(.{2,40}?)|(.{2,30}?)(?:'s|s)? (?:current |actual |present )?(?:president|prime minister|pm|premier|leader|head|ruler|king|chancellor|head of state))${NOW_EN}\\s*\\??$`,
  "u",
);
const RULES_EN = new RegExp(
  `${LEAD_EN}who (?:currently |actually )?(?:runs|leads|governs|rules|controls|heads|is in charge of|is running|is leading|is governing|is ruling) (?:the )?(.{2,40}?)${NOW_EN}\\s*\\??$`,
  "u",
);
const NOW_RU = "(?: (?:сейчас|теперь|сегодня|на данный момент|нынче))?";
const LEAD_RU = "^(?:(?:а|и|ну|так|кстати)[,.!]* )*";
/** «кто президент палестины», «а кто сейчас правит в газе», «кто возглавляет палестину» */
const OFFICE_RU = new RegExp(
  `${LEAD_RU}кто${NOW_RU} (?:(?:такой|сейчас|там) )?(?:президент|премьер|премьер-министр|глава|лидер|руководитель|правитель|король|канцлер|правит(?: в| во)?|руководит|управляет|возглавляет|главный (?:в|во|у)) (.{2,40}?)${NOW_RU}\\s*\\??$`,
  "u",
);

/** A country's figures and facts no sentence of the article gives. */
const FACTS_EN =
  /(?<!\p{L})(?:inflation|gdp|unemployment|economy|currency|exchange rate|interest rate|capital city|official language|time zone|weather|temperature|stock market|national anthem)(?!\p{L})/u;
const FACTS_RU =
  /(?<!\p{L})(?:инфляци\p{L}*|ввп|безработиц\p{L}*|экономик\p{L}*|валют\p{L}*|столиц\p{L}*|погод(?:а|е|у|ы|ой)(?!\p{L})|температур\p{L}*|гимн\p{L}*|часов\p{L}* пояс\p{L}*)/u;
/** A yes/no opened by an auxiliary: its verdict readers answer it ("does it hurt israel's economy?": doesn't say). */
const YES_NO_EN =
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could)\s/u;
const QUESTION_RU = /(?<!\p{L})(?:кто|что|какой|какая|какое|какие|каков\p{L}*|сколько|где|как)(?!\p{L})/u;
const QUESTION_EN = /(?<!\p{L})(?:what|whats|what's|who|how|which|where)(?!\p{L})/u;
/** "their", «их»: a pronoun asks of the context (involved-asked.ts), no place of its own. */
const PRONOUN = /^(?:their|his|its|her|them|they|it|him|этой страны|их|его|е[её]|ней|них|там|тут)$/u;

/** Places that are no country of countries.ts's list but have rulers the article never names. */
const RULED_PLACE =
  /(?<!\p{L})(?:gaza|west bank|hamas|hezbollah|plo|газ[аеуы]|западн\p{L}* берег\p{L}*|хамас\p{L}*|хезболл\p{L}*)(?!\p{L})/u;

/** The countries of the story whose leader the article names: Russia's president, Turkey's leader. */
const NAMED_LEADERS: ReadonlySet<string> = new Set(["russia", "turkey"]);

/** True when the message asks a place's officeholder or a country's facts the article never gives. */
export function offStoryAsked(text: string, lang: Lang, speakers: SpeakerNames): boolean {
  const t = fold(text).trim();
  if (t.length > 120) return false;
  // "whats erdogan's favourite football team", «а сам путин когда последний раз был в израиле?» (private-life.ts).
  if (privateLifeAsked(t, lang, speakers)) return true;
  const ru = lang === "ru" || /\p{Script=Cyrillic}/u.test(t);
  const place = ru
    ? OFFICE_RU.exec(t)?.[1]
    : ((m) => m?.[1] ?? m?.[2])(OFFICE_EN.exec(t) ?? RULES_EN.exec(t));
  if (place !== undefined) {
    const where = place.trim();
    if (PRONOUN.test(where) || speakers.namedIn(where).length > 0) return false;
    const countries = where
      .split(/[^\p{L}]+/u)
      .map((w) => countryOf(w.replace(/'s$/u, "")))
      .filter((c): c is string => c !== null);
    // "who leads the peace efforts", «кто руководит переговорами»: no place asked, the engine's question.
    if (countries.length === 0 && !RULED_PLACE.test(where)) return false;
    return !countries.some((c) => NAMED_LEADERS.has(c));
  }
  if (ru) return QUESTION_RU.test(t) && FACTS_RU.test(t);
  return !YES_NO_EN.test(t) && QUESTION_EN.test(t) && FACTS_EN.test(t);
}

/** The refusal of such a question, whatever the context: nothing of it is read against the last answer. */
export function createOffStoryAskedTurn(kit: DialogueKit, contextAfter: ContextReading["contextAfter"]) {
  const offTopicRefusal = createOffTopicRefusal(kit.kb);
  return (
    text: string,
    { lang: readerLang, context, now }: { lang: Lang; context: DialogueContext | null; now: number },
  ): DialogueTurn | null => {
    const lang = languageOf(text, readerLang);
    if (!offStoryAsked(text, lang, kit.speakers)) return null;
    const answer = kit.withStorySuggestions(offTopicRefusal(lang), lang);
    return {
      lang,
      replies: [answerReply(answer, { asked: text })],
      context: contextAfter(text, answer, lang, now, wordsFor(lang), context),
    };
  };
}
