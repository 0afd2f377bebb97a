// Kind: a matter asked to have come up in the reported call, right after the call's answer — "did he raise the
// issue of a palestinian state there?", "did he bring up the US on that call?", «он говорил там о палестинском
// государстве?», «а про США он в том разговоре что-то сказал?». The engine read the matter alone and answered its
// card's Yes (Putin acknowledges a Palestinian state — said, but not reported as said in the call: o102-12#2). The
// article reports of the call only what Putin emphasized in it, so the matter is held against the call's quote by
// the engine's own concepts (the lexicon's `analyse`: "truce" is the ceasefire, "talks" the negotiations): Yes
// where that quote holds every concept, else the article doesn't say, with the call as its evidence. Only when
// the last answer quotes the call, the message points at it ("there", "on that call", «в том разговоре», «там»)
// and asks whether he raised something other than a party (a party keeps the usual path and its own card);
// Erdogan's own words are partner-stance.ts's.
import { partyMentions } from "../knowledge/parties.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { negatedMention } from "./negated-mention.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

/** The reported call's sentence ("In a phone call with Turkish leader Recep Tayyip Erdogan, Putin emphasized…"). */
const CALL_QUOTE = /in a phone call with/iu;
const POINTER_EN =
  /(?<!\p{L})(?:(?:on|in|during) (?:that|the|this) (?:phone )?(?:call|conversation|talk)|on the phone|(?<!(?:is|are|was|were) )there)(?!\p{L})/gu;
const POINTER_RU =
  /(?<!\p{L})(?:в (?:том|этом|этом же|том же) (?:телефонном )?разговоре|во время (?:того |этого )?разговора|по телефону|там)(?!\p{L})/gu;
const RAISED_EN =
  /(?<!\p{L})(?:raise[sd]?|raising|bring(?:s|ing)? up|brought up|mention(?:s|ed|ing)?|talk(?:s|ed)? about|discuss(?:es|ed)?|sp(?:eak|oke) about|sa(?:y|id) anything about|touch(?:ed)? on|address(?:ed)?|bring(?:s)?|brought)(?!\p{L})/u;
const RAISED_RU =
  /(?<!\p{L})(?:говорил[аи]?|упоминал[аи]?|упомянул[аи]?|поднимал[аи]?|поднял[аи]?|обсуждал[аи]?|затрагивал[аи]?|затронул[аи]?|сказал[аи]?)(?!\p{L})/u;
/** A yes/no of the one who called: "did he…", «он … ?»; not a question word, a negation or the partner. */
const NOT_ASKED =
  /(?<!\p{L})(?:who|what|why|how|when|which|not|never|erdogan|кто|что(?!-)|почему|зачем|как|когда|не|ни|эрдоган\p{L}*)(?!\p{L})|n't(?!\p{L})/u;
/** Words of the question's frame, not of the matter. */
const FRAME =
  /(?<!\p{L})(?:and|so|but|did|does|do|was|were|is|he|putin|the issue of|issue of|the subject of|the question of|the topic of|the matter of|anything|something|also|too|as well|а|и|он|путин|про|о|об|что-то|что-нибудь|тоже|также|вопрос|тему|теме)(?!\p{L})/gu;

export function callMatterThereTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { text, context, folded, ru } = ask;
  if (context.refused || !folded.endsWith("?") || folded.length > 100) return null;
  const pointer = ru ? POINTER_RU : POINTER_EN;
  pointer.lastIndex = 0;
  if (!pointer.test(folded)) return null;
  const unpointed = folded.replace(pointer, " ");
  const raised = ru ? RAISED_RU : RAISED_EN;
  if (!raised.test(unpointed) || NOT_ASKED.test(unpointed)) return null;
  const last = ask.last();
  if (!last?.answered || !last.quotes.some((q) => CALL_QUOTE.test(q.text))) return null;
  const lexicon = kit.engine.lexicon?.(ask.lang) ?? null;
  const analyse = lexicon?.analyse?.bind(lexicon);
  if (!analyse) return null;
  const matter = unpointed
    .replace(raised, " ")
    .replace(FRAME, " ")
    .replace(/[?!.,]+/gu, " ")
    .trim();
  const asked = analyse(matter).content;
  // A party alone ("did he bring up the us on that call?") is read by the usual path, which shows that party's card.
  const unnamed = partyMentions(kit.parties, matter).reduceRight(
    (t, p) => `${t.slice(0, p.start)} ${t.slice(p.end)}`,
    matter,
  );
  if (asked.length === 0 || analyse(unnamed).content.length === 0) return null;
  const call = last.quotes.filter((q) => CALL_QUOTE.test(q.text));
  const held = new Set(
    call.flatMap((q) => analyse((ru ? (q.translation ?? q.text) : q.text).toLowerCase()).content),
  );
  if (asked.every((c) => held.has(c))) return verdictOnLast(last, text, context, ask.lang, "yes", "pronoun");
  // "did he mention russia's role on that call?": what the article says he made no mention of is the denied
  // mention's No (denied-mention.ts), not a gap.
  const denied = negatedMention(kit.kb.article.text)?.object;
  const deniedConcepts = new Set(denied ? analyse(denied.toLowerCase()).content : []);
  if (asked.every((c) => deniedConcepts.has(c))) return null;
  const named = matter.replace(/\s+/gu, " ");
  const line = ru
    ? `Что в разговоре шла речь о «${named}», статья не сообщает; о разговоре в ней только это.`
    : `The article doesn't report ${named} coming up in the call; this is all it says of the call.`;
  const reply = notSaidOf(last, context.question, ru ? "в том разговоре" : "in that call", line);
  return { lang: ask.lang, replies: [reply], context: { ...context, verdict: "not-said" } };
}
