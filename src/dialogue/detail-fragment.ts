// Kind: "a truce right away?" after Putin's call for an immediate ceasefire, «прямые переговоры израиля и
// палестинцев?» after the negotiations (dialog-r2-38b): a bare fragment that confirms a detail of the last answer
// in other words, or a reason guessed for it ("is it because lots of ex-russians live in israel?"). The words are compared by the engine's own synonym tables (the lexicon's concepts: "truce" is
// the ceasefire, "right away" immediate, "talks" the negotiations), not by a list of this reader's: Yes, on the
// last answer, when every concept of the fragment is one the last answer's text or quotes hold. Narrow on
// purpose: two concepts at least (a bare party, "hamas too?", "and hamas?" after a No, is a switch), no question
// word or verb of asking, no negation, no "and"/"what about"/«а»/«и» opener (a switch asks the last question
// again), and not after a No or a doesn't-say. Words are split, not matched by one regular expression over the
// message, so long input costs linear time.
import type { Lang } from "../answering/types.js";
import { partyMentions } from "../knowledge/parties.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import type { DialogueContext, DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const MAX_WORDS = 9;
/** A question word the asker answers at once ("between who, israelis and palestinians"). */
const SELF_ANSWERED = /(?<!\p{L})(?:who|whom|what|which|кто|кого|кем|кому|что|какие|какой),(?= )/gu;
const MIN_CONCEPTS = 2;
/** Words that make the message a question of its own, a negation, or a switch to another party. */
const NOT_FRAGMENT = new Set([
  ..."who whom whose what which why how when where does do did is are was were can could will would should has have had not no never nor don't doesn't didn't isn't aren't wasn't also too only just or".split(
    " ",
  ),
  ..."кто что чем чего почему зачем как когда где какой какие какая какую ли не нет ни тоже только или разве".split(
    " ",
  ),
  // A subject or a verb of holding a view: a clause ("so he thinks the palestinians failed?"), not a detail.
  ..."i you he she it we they him her them think thinks thought say says want wants believe believes mean means".split(
    " ",
  ),
  ..."я ты он она оно мы вы они его её ее их считает думает говорит сказал хочет полагает".split(" "),
]);
/** A past verb ("failed", «провалились»): the fragment is a clause of its own, not a detail put in other words. */
const PAST_VERB = /^(?:\p{L}{3,}ed|\p{L}{3,}(?:лся|лась|лось|лись|ла|ли|ло))$/u;
/** A subject pronoun contracted ("they're neutral?"): a clause of its own, a fact asked, not a detail. */
const CONTRACTED_SUBJECT = /^(?:i|you|he|she|it|we|they|that|there)['’]/u;
/** The pro-form of the last answer's thing at a fragment's end: "an urgent one?". */
const ONE = new Set(["one", "ones"]);
/** Openers that only lead into the restated detail. */
const LEADS = new Set(["so", "ok", "okay", "oh", "ah", "right", "то", "есть", "значит", "так", "ну"]);
/** A first word that switches ("and hamas?", «а с хезболлой?»): the last question asked again, not a detail. */
const SWITCH = new Set(["and", "but", "а", "и", "но"]);

/** How many words open a guessed reason: "is it because", "that's because", "because", «это потому что». */
function causeLeadLength(words: readonly string[]): number {
  const at = words.findIndex((w) => w === "because" || w === "cause" || w === "cuz" || w === "потому");
  if (at < 0 || at > 2) return 0;
  const before = words.slice(0, at).join(" ");
  if (!/^(?:|is it|is that|was it|it's|that's|its|thats|so|это|так это|значит)$/u.test(before)) return 0;
  return words[at] === "потому" && words[at + 1] === "что" ? at + 2 : at + 1;
}

export function detailFragmentTurn(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): DialogueTurn | null {
  if (!context?.entryId || context.refused || context.verdict === "no" || context.verdict === "not-said")
    return null;
  const t = text.trim().toLowerCase();
  if (!t.endsWith("?")) return null;
  // "direct talks between who, israelis and palestinians?": the question word answered by the asker's own guess.
  const words = t
    .replace(SELF_ANSWERED, " ")
    .replace(/[?!.,;:…"«»]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  // "is it because lots of ex-russians live in israel?": the reason guessed is the detail confirmed.
  const cause = causeLeadLength(words);
  if (cause > 0) words.splice(0, cause);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  if (words.some((w) => NOT_FRAGMENT.has(w) || w.endsWith("n't") || PAST_VERB.test(w))) return null;
  if (SWITCH.has(words[0]!) || (words[0] === "what" && words[1] === "about")) return null;
  let start = 0;
  while (start < words.length && LEADS.has(words[start]!)) start++;
  const ru = readsAsRussian(t, lang);
  const replyLang: Lang = ru ? "ru" : "en";
  const lexicon = kit.engine.lexicon?.(replyLang) ?? null;
  const analyse = lexicon?.analyse?.bind(lexicon);
  if (!analyse) return null;
  // "an urgent one?": "one" stands for the thing of the last answer, no word of the detail.
  const detail = words
    .slice(start)
    .filter((w, i, all) => !(ONE.has(w) && i === all.length - 1 && i > 0))
    .join(" ");
  const asked = analyse(detail).content;
  if (asked.some((c) => !c.startsWith("="))) return null;
  // "immediate?" after the ceasefire call (dialog41, d106-10): one concept is a detail when it names no party or
  // voice — a bare party ("hamas?") may be a switch, so that still takes two.
  const lone =
    asked.length === 1 &&
    words.length - start <= 3 &&
    !words.some((w) => CONTRACTED_SUBJECT.test(w)) &&
    partyMentions(kit.parties, detail).length === 0 &&
    kit.speakers.namedIn(detail).length === 0;
  if (asked.length < MIN_CONCEPTS && !lone) return null;
  const last = kit.engine.answerForEntry(context.entryId, replyLang);
  if (!last?.answered || last.quotes.length === 0) return null;
  const held = new Set(
    [last.answer, ...last.quotes.map((q) => (ru ? (q.translation ?? q.text) : q.text))].flatMap(
      (s) => analyse(s.toLowerCase()).content,
    ),
  );
  if (!asked.every((c) => held.has(c))) return null;
  return verdictOnLast(last, text, context, replyLang, "yes", "is-that-true");
}
