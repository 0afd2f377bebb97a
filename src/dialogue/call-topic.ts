// "erdogan putin phone call. was it about gaza", "was the call about the war?", "разговор был о секторе Газа?":
// what the reported call was about. The article gives its matter: an immediate ceasefire and talks resumed, in
// the violence its first sentence frames (Hamas, the Israeli military, Israel, the Gaza Strip) — the Israeli-
// Palestinian conflict. So a side or place of that conflict, or the conflict itself, is a grounded Yes with the call
// as evidence; anything else ("was it about Ukraine?", "…about the US?") the article does not say was discussed.
// Asked of the call by name, or with "it"/"это" after an answer quoting the call's sentence. Read by
// grounded-verdicts.ts; the claim checker took the place for the call's other party ("actor": gaza against the
// Turkish leader) and gave no Yes.
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { reportedCall } from "./call-party.js";
import type { YesNo } from "./types.js";

const CALL_WORD = "(?:phone call|call|conversation|talk|talks|chat|discussion)";
/** "was it about X", "was the (phone) call (with erdogan) about X", "was erdogan putin phone call about X". */
const ABOUT_EN = new RegExp(
  String.raw`^(?:(?:so|and|but|ok|okay|wait)[, ]+)*(?:was|is) (it|that|this|(?:the |their |his |that |this )?[\p{L}' ]{0,40}?${CALL_WORD}(?: with [\p{L}' ]{2,30}?)?) (?:(?:really|mainly|mostly|just|all|even) )?(?:about|over|on) (.+?)$`,
  "u",
);
const CALL_WORD_RU = String.raw`(?:разговор|звонок|беседа|телефонный разговор)\p{L}*`;
/** "разговор был о газе?", "это было про газу?", "речь шла о газе?", "звонок был насчёт израиля?". */
const ABOUT_RU = new RegExp(
  String.raw`^(?:(?:а|и|так|значит)[, ]+)*(?:(это|${CALL_WORD_RU}(?: [\p{L}]+){0,3}?) (?:был\p{L}* |шл\p{L}* )?|речь (?:шла|была) )(?:о|об|обо|про|насч[её]т) (.+?)$`,
  "u",
);

/**
 * The call's two parties: "they", "the two of them", "putin and erdogan", «они», «эрдоган и путин», and the
 * Russian comitative «путин с эрдоганом» ("Putin with Erdogan": the pair, not Putin alone).
 */
const PAIR = String.raw`(?:they|the two(?: of them)?|both(?: of them)?|(?:putin and erdo\p{L}+|erdo\p{L}+ and putin)|они|оба|(?:путин\p{L}* (?:и|с|со) эрдоган\p{L}*|эрдоган\p{L}* (?:и|с|со) путин\p{L}*))`;
/** "did they discuss a ceasefire?", «они обсуждали перемирие?», «эрдоган и путин говорили о газе?»: the call's matter. */
const DISCUSSED_EN = new RegExp(
  `^(?:(?:so|and|but|ok|okay|wait)[, ]+)*(?:did|do|have) (${PAIR}) (?:(?:even|also|actually|really|ever) )?(?:discuss(?:ed)?|talk(?:ed)? (?:about|over)|speak about|spoke about|cover(?:ed)?|br(?:ing|ought) up|touch(?:ed)? on) (.+?)$`,
  "u",
);
const DISCUSSED_RU = new RegExp(
  String.raw`^(?:(?:а|и|так|значит|ну)[, ]+)*(${PAIR}) (?:(?:вообще|тоже|также|хоть|реально) )?(?:обсуждал\p{L}*|обсудил\p{L}*|говорил\p{L}*|поговорил\p{L}*|затрагивал\p{L}*|затронул\p{L}*)(?: (?:о|об|обо|про))? (.+?)$`,
  "u",
);
const PAIR_PRONOUN = /^(?:they|the two(?: of them)?|both(?: of them)?|они|оба)$/u;

/**
 * What the call's two parties are asked to have discussed ("did putin and erdogan discuss X", «они обсуждали X»), as
 * typed after the verb; null for no such question. Read by unmentioned-call-matter.ts.
 */
export function discussedMatterOf(text: string, lang: Lang): { pair: string; matter: string } | null {
  const m = (lang === "ru" ? DISCUSSED_RU : DISCUSSED_EN).exec(text.replace(/[?!.\s]+$/u, ""));
  return m ? { pair: m[1] ?? "", matter: m[2] ?? "" } : null;
}

/** The conflict itself and what the call asked for in it. */
const CONFLICT_MATTER =
  /(?<!\p{L})(?:war|wars|conflict|violence|fighting|fight|hostilities|ceasefire|cease-fire|truce|casualt\p{L}*|civilians?|middle east|peace|negotiat\p{L}*|talks|войн\p{L}*|конфликт\p{L}*|насили\p{L}*|бо[ий]\p{L}*|перемири\p{L}*|прекращени\p{L}* огня|жертв\p{L}*|мирн\p{L}*|ближн\p{L}* восток\p{L}*|переговор\p{L}*)(?!\p{L})/u;

const EVERY_MATTER = new RegExp(CONFLICT_MATTER.source, "gu");
/**
 * Words that ask nothing of their own beside the matter ("the fighting in gaza", "о войне в секторе газа"); the
 * call's own asks in the asker's words ("restarting negotiations", "getting talks going again": its resumption).
 */
const GLUE =
  /(?<!\p{L})(?:the|a|an|in|on|of|and|between|with|over|too|also|as well|at least|at all|even|restart\p{L}*|resum\p{L}*|renew\p{L}*|reviv\p{L}*|getting|going|again|immediate|возобнов\p{L}*|немедленн\p{L}*|хотя бы|хоть|вообще|mainly|current|latest|ongoing|escalating|rising|whole|sides?|two|both|strip|в|во|на|о|об|и|между|с|тоже|сектор\p{L}*|текущ\p{L}*|нынешн\p{L}*|сторон\p{L}*|обе\p{L}*|situation|ситуаци\p{L}*|обстановк\p{L}*)(?!\p{L})/gu;

/** The parties of the conflict: those the article's first sentence names, and those of an "Israeli-Palestinian" phrase. */
function conflictParties(kb: KnowledgeBase, parties: Parties): ReadonlySet<string> {
  const first = kb.article.paragraphs[0]?.split(/(?<=[.!?])\s/)[0] ?? "";
  const framed =
    kb.article.paragraphs.join(" ").match(/\b\w+-\w+ (?:conflict|negotiations|dialogue)\b/g) ?? [];
  return new Set(partyMentions(parties, [first, ...framed].join(" ").toLowerCase()).map((m) => m.id));
}

export interface CallTopicVerdict {
  entryId: string;
  verdict: YesNo;
}

export function createCallTopic(kb: KnowledgeBase, parties: Parties) {
  const { entry, onTheCallEntries } = reportedCall(kb);
  const sides = conflictParties(kb, parties);
  return (folded: string, lang: Lang, contextEntryId: string | null): CallTopicVerdict | null => {
    if (!entry) return null;
    const text = folded.replace(/[?!.\s]+$/u, "");
    const discussed = (lang === "ru" ? DISCUSSED_RU : DISCUSSED_EN).exec(text);
    const m = discussed ?? (lang === "ru" ? ABOUT_RU : ABOUT_EN).exec(text);
    if (!m) return null;
    // "did they discuss…": "they" are the call's parties only after an answer quoting it, as "it" is the call.
    const subject = discussed && !PAIR_PRONOUN.test(m[1] ?? "") ? "the call" : (m[1] ?? "");
    // "…about the fighting in gaza, turkish leader and putin?": a lead put after the question (led-yes-no.ts).
    const topic = (m[2] ?? "").split(",")[0] ?? "";
    // "was it about…": "it" is the call only after an answer quoting it.
    const pronoun = subject === "" || /^(?:it|that|this|это)$/u.test(subject) || PAIR_PRONOUN.test(subject);
    if (pronoun && !(contextEntryId !== null && onTheCallEntries.has(contextEntryId))) return null;
    const named = partyMentions(parties, topic);
    // "the war in ukraine", "syria as well": a word beyond the conflict's matter, sides and glue is another matter.
    let rest = topic;
    for (const n of [...named].reverse()) rest = `${rest.slice(0, n.start)} ${rest.slice(n.end)}`;
    const beyond = rest.replace(EVERY_MATTER, " ").replace(GLUE, " ").trim() !== "";
    // "did putin and erdogan talk about syria?" with no call in context: the engine's reading names what the
    // article never mentions ("The article does not mention Syria"), stronger than "doesn't say".
    if (discussed && beyond && !pronoun) return null;
    const ofConflict =
      !beyond && (CONFLICT_MATTER.test(topic) || named.length > 0) && named.every((n) => sides.has(n.id));
    return { entryId: entry.id, verdict: ofConflict ? "yes" : "not-said" };
  };
}
