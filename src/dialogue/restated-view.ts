import { partyMentions } from "../knowledge/parties.js";
import type { AskedOfLast } from "./asked-of-last.js";
import { thingStems } from "./content-stems.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const LEAD_EN = "(?:(?:so|and|but|ok|okay|then|wait|right)[, ]+)*";
const VIEW_EN =
  "(?:thinks?|believes?|says?|said|wants?|wanted|feels?|considers?|means?|calls? for|called for|reckons?|claims?|claimed)";
const RESTATED_EN = new RegExp(
  `^${LEAD_EN}(?:(?:does|did|is) )?(he|she|they|the author|the writer|the article|the piece|[\\p{L}'. ]{3,30}?) (?:also |really |actually |basically |just |kinda |still )?${VIEW_EN}(?: that)? (.{3,60}?)(?:,? then|,? right)?\\s*\\?+$`,
  "u",
);
const LEAD_RU = "(?:(?:а|и|так|ну|значит|то есть|выходит)[, ]+)*";
const VIEW_RU =
  "(?:считает|считают|думает|думают|хочет|хотят|назвал[аи]?|называет|называют|говорит|говорят|сказал[аи]?|полагает|уверен[аы]?)";
const RESTATED_RU = new RegExp(
  `^${LEAD_RU}(он|она|они|автор|статья|[\\p{L}]{3,20}) (?:прям |прямо |правда |действительно |реально |тоже |также |и )?${VIEW_RU}(?:,? что| бы)? (.{3,60}?)\\s*\\?+$`,
  "u",
);
const NEGATED = /(?<!\p{L})(?:not|never|no|не|нет|ни)(?!\p{L})|n['’]t(?!\p{L})/u;
/** A thing narrowed or turned ("only", «в одиночку»): the quotes' words may all stand and the point still differ. */
const NARROWED =
  /(?<!\p{L})(?:only|just|alone|solely|entirely|all the|whole|nothing|anything|instead|rather|только|лишь|одн[аио]\p{L}*|вместо|целиком|полностью)(?!\p{L})/u;
const PRONOUN = /^(?:he|she|they|он|она|они)$/u;
const WH =
  /(?<!\p{L})(?:what|who|whom|whose|why|how|when|where|which|что|кто|кого|как|почему|зачем|когда|где|какой|какая|какие|чем|ч[её]м)(?!\p{L})/u;
const ABOUT = /^(?:about|on|of|regarding|про|о|об|насч[её]т)(?!\p{L})/u;
const TOO_AFTER = /(?<!\p{L})(?:too|as well|either|тоже|также)$/u;
const AUTHOR = /^(?:the author|the writer|the article|the piece|автор|статья)$/u;
/** Words that name no thing: articles, prepositions, pronouns, modals and light verbs. */
const FUNCTION: ReadonlySet<string> = new Set(
  `a an the of on in at to for with about that this those these it its his her their them they any some also too
  then there should must would could can need needs have has had be is are was were will do does did get got make
  made really actually so more way very все это этом том тот та то те их его ее её им они он она об о про в во на
  с со к по при надо нужно должны должен должна быть был была были что бы же прям прямо`.split(/\s+/),
);
const STEM = 5;
/** A word that makes the party before it a clause's subject ("the palestinians failed", «сша провалились»). */
const VERB_AFTER =
  /^(?:is|are|was|were|be|has|have|had|do|does|did|will|would|should|must|can|could|may|might|\p{L}+ed|\p{L}+s|\p{L}+(?:л[аио]?|ли|ет|ут|ют|ят|ит)(?:ся|сь)?|должн\p{L}*|тоже)$/u;

/** The thing makes a party a clause's subject (not "both sides"): who did what is asked, not whether the words stand. */
function partyAsSubject(thing: string, kit: DialogueKit): boolean {
  const collective = new Set(kit.parties.filter((p) => p.kind === "collective").map((p) => p.id));
  return partyMentions(kit.parties, thing).some((m) => {
    if (collective.has(m.id)) return false;
    const next = /^\s+(\p{L}+)/u.exec(thing.slice(m.end))?.[1];
    return next !== undefined && VERB_AFTER.test(next);
  });
}

/** A text's words naming things, lower-cased and cut to STEM letters ("policies" and "policy" alike). */
const wordsOf = (text: string) => thingStems(text, STEM, FUNCTION);

/**
 * The voice and the thing of "so he thinks X?", «он прям назвал X?» (the message folded: foldQuestion, as
 * `AskedOfLast.folded`); null for a negated or narrowed one.
 */
export function restatedViewOf(t: string, ru: boolean): { voice: string; thing: string } | null {
  if (NEGATED.test(t) || NARROWED.test(t)) return null;
  const m = (ru ? RESTATED_RU : RESTATED_EN).exec(t);
  const voice = m?.[1]?.trim();
  const thing = m?.[2];
  // "…failed too?": a thing beside the last answer's, which its quotes may hold in pieces only. "what did putin
  // say about X" (a rewritten follow-up) asks for words, not a view: no question word, no "about" topic.
  if (!voice || !thing || TOO_AFTER.test(thing) || WH.test(voice) || ABOUT.test(thing)) return null;
  return { voice, thing };
}

/** The one speaker a voice names, the name being the whole voice ("putin", "the kremlin"); else null. */
function spokenBy(voice: string, kit: DialogueKit): string | null {
  const named = kit.speakers.namedIn(voice);
  const bare = voice.replace(/^the /u, "");
  const one = named.length === 1 ? named[0]! : null;
  return one && one.start <= voice.length - bare.length && one.end >= voice.length - 2 ? one.id : null;
}

export function restatedViewTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { text, context, ru } = ask;
  const asked = restatedViewOf(ask.folded, ru);
  if (!asked || partyAsSubject(asked.thing, kit)) return null;
  const { voice, thing } = asked;
  const replyLang = ask.lang;
  const last = ask.last();
  if (!last?.answered || last.quotes.length === 0) return null;
  // The voice asked is one the last answer quotes: the chat's speaker for a pronoun, a name, the article itself.
  const voiceId = AUTHOR.test(voice)
    ? "article"
    : PRONOUN.test(voice)
      ? context.speakerId
      : spokenBy(voice, kit);
  if (!voiceId) return null;
  const own = last.quotes.filter((q) =>
    voiceId === "article" ? q.voice === "article" : q.speakerId === voiceId,
  );
  if (own.length === 0) return null;
  // A party counts by any of its names ("сша" in a quote that says «Соединённые Штаты»), the rest word by word.
  const named = partyMentions(kit.parties, thing);
  const partyIds = new Set(named.map((p) => p.id));
  const unnamed = named.reduceRight((t, p) => `${t.slice(0, p.start)} ${t.slice(p.end)}`, thing);
  const stems = wordsOf(unnamed);
  if (stems.length === 0 && partyIds.size === 0) return null;
  // One quote holds every word: words gathered across quotes ("russia's own … policy failed") make another point.
  const whole = own.some((q) => {
    const said = `${q.text} ${q.translation ?? ""}`;
    const inQuote = new Set(wordsOf(said));
    const parties = new Set(partyMentions(kit.parties, said.toLowerCase()).map((p) => p.id));
    return stems.every((w) => inQuote.has(w)) && [...partyIds].every((id) => parties.has(id));
  });
  if (!whole) return null;
  return verdictOnLast(last, text, context, replyLang, "yes", "pronoun");
}
