import type { AskedOfLast } from "./asked-of-last.js";
import { thingStems } from "./content-stems.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const LEAD_EN = "(?:(?:so|and|but|ok|okay|then)[, ]+)*";
const MENTION_EN =
  "(?:mention|mentioned|bring up|brought up|talk about|talked about|say anything about|say anything abt|touch on|raise|raised|discuss|discussed|speak about|spoke about|speak of|spoke of)";
const MENTIONED_EN = [
  new RegExp(
    `^${LEAD_EN}(?:did|does|has) (he|she|they|it|[\\p{L}'. ]{3,30}?) (?:also |too |as well )?${MENTION_EN}(?: also)? (.{3,40}?)(?: too| as well| also| then)?\\s*\\?*$`,
    "u",
  ),
];
const MENTION_RU =
  "(?:упомянул\\p{L}*|упоминал\\p{L}*|упомянуло|говорил\\p{L}*|обсуждал\\p{L}*|затронул\\p{L}*|затрагивал\\p{L}*|называл\\p{L}*|сказал\\p{L}*)";
const LEAD_RU = "(?:(?:а|и|так|ну|значит)[, ]+)*";
const MENTIONED_RU = [
  // «а переговоры он тоже упомянул?», «а про переговоры путин говорил?»
  new RegExp(
    `^${LEAD_RU}(?:(?:про|о|об) )?(.{3,40}?) (он|она|они|\\p{L}{3,20}) (?:тоже |также |ещ[её] |и )?${MENTION_RU}(?: тоже| также)?\\s*\\?*$`,
    "u",
  ),
];
const NEGATED = /(?<!\p{L})(?:not|never|no|не|нет|ни)(?!\p{L})|n['’]t(?!\p{L})/u;
const ALSO = /(?<!\p{L})(?:also|too|as well|тоже|также|ещ[её])(?!\p{L})/u;
const PRONOUN = /^(?:he|she|they|it|он|она|они)$/u;
const WH_THING =
  /(?<!\p{L})(?:what|who|whom|why|how|when|where|which|что|кто|кого|как|почему|зачем|когда|где|какой|какая|какие|какого|чем|ч[её]м)(?!\p{L})/u;
/** Words that name no thing: articles, prepositions, pronouns, a frame of the call ("on that call"). */
const FUNCTION: ReadonlySet<string> = new Set(
  `a an the of on in at to for with about that this those these it its his her their any some also too then
  again call phone conversation talk там тоже также этом том тот та то те это об о про в во на с со к по при
  разговор звонк звонок телефон`.split(/\s+/),
);
const STEM = 5;

/** A text's words naming things, lower-cased and cut to STEM letters ("negotiations" and "negotiation" alike). */
const wordsOf = (text: string) => thingStems(text, STEM, FUNCTION);

export function mentionedTooTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { text, context, ru } = ask;
  const t = ask.folded;
  // "also"/"тоже" marks a thing beside the last answer's; without it ("did they talk about a ceasefire?") only a
  // pronoun for the chat's speaker is read here, against that speaker's own quotes ("did he say anything abt
  // negotiations", «а переговоры он упоминал?»); a name is left to the usual readers.
  if (NEGATED.test(t)) return null;
  const also = ALSO.test(t);
  let voice: string | undefined;
  let thing: string | undefined;
  for (const p of ru ? MENTIONED_RU : MENTIONED_EN) {
    const m = p.exec(t);
    if (!m) continue;
    [voice, thing] = ru ? [m[2], m[1]] : [m[1], m[2]];
    break;
  }
  // «а что он сказал?», "did he say anything": a question word or nothing in the thing's place asks for his words.
  if (!voice || !thing || WH_THING.test(thing)) return null;
  const replyLang = ask.lang;
  const last = ask.last();
  if (!last?.answered || last.quotes.length === 0) return null;
  // The voice asked is the last answer's: a pronoun, or a name among its quotes' speakers.
  const pronoun = PRONOUN.test(voice.trim());
  if (!also && (!pronoun || !context.speakerId)) return null;
  const quotes = also ? last.quotes : last.quotes.filter((q) => q.speakerId === context.speakerId);
  if (quotes.length === 0) return null;
  if (!pronoun) {
    const named = kit.speakers.namedIn(voice);
    const quoted = new Set((last.entry?.quotes ?? []).map((q) => q.speaker));
    if (named.length !== 1 || !quoted.has(named[0]!.id)) return null;
  }
  // Every word of the thing counts, short names too ("the us on that call": "us" is not in the call's quote).
  const stems = wordsOf(thing);
  if (stems.length === 0) return null;
  const quotedText = quotes.map((q) => `${q.text} ${q.translation ?? ""}`).join(" ");
  const inQuotes = new Set(wordsOf(quotedText));
  if (!stems.every((s) => inQuotes.has(s))) return null;
  return verdictOnLast(last, text, context, replyLang, "yes", "pronoun");
}
