// "Has the US done enough, in his view?", "does Putin think Washington handled it well?", "should the US run the
// peace efforts on its own?", "Путин считает, что политика США удалась?": a yes/no question that approves of
// what an entry's speaker criticizes. The entry's stance is the verdict: No (the evidence shows the criticism).
// Which entries criticize is the curators' (`opposites` in knowledge/conversation.json: an entry whose point's
// word is a word of fault — "failed", "blame", "criticize", "monopolizing", "ignored"); the question's words of
// approval are the kind's own, the same for every such entry. Never a Yes: this reading only ever says No.
import type { Answer, Lang } from "../answering/types.js";
import { approvingWords, practiceOf, prescribedPractice } from "../claims/approval-words.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { Conversation } from "./conversation-file.js";

/** "should … on its own": the entry's criticized practice asked back as a proposal ("should the US lead alone?"). */
const SHOULD_ALONE_EN =
  /(?<!\p{L})(?:should|ought to|must|is it (?:right|good|ok|okay|fine|better)(?: for)?)(?!\p{L}).*(?<!\p{L})(?:alone|on (?:its|their|his) own|by (?:itself|themselves|himself)|single-handedly|solely|exclusively|without (?:anyone|others|other countries|the others|anybody))(?!\p{L})/u;
const SHOULD_ALONE_RU =
  /(?<!\p{L})(?:должн\p{L}*|следует|стоит|нужно|надо)(?!\p{L}).*(?<!\p{L})(?:в одиночку|одн[аои]|самостоятельно|единолично|без других|без остальных)(?!\p{L})/u;

/**
 * (dialog-r2-35) The faulted practice itself asked back as approved or prescribed: "should the US have a monopoly on
 * peace efforts?", "is it good that Washington monopolized them?", «США должны монополизировать мирный процесс?»,
 * «правильно ли США монополизировали…». The words, and the practice by the entry's fault word, are
 * src/claims/approval-words.ts's (claims-r2-36: one reader with /check); the prescription stands before the practice.
 */
export function prescribesPractice(folded: string, word: string | undefined, lang: Lang): boolean {
  const practice = word === undefined ? undefined : practiceOf(word.toLowerCase());
  return practice !== undefined && prescribedPractice(folded, practice, lang) !== null;
}

/** The word of an entry's point that says its speaker finds fault ("failed", "blame", "monopolizing"). */
const FAULT_WORD = /^(?:fail|blam|critic|monopol|ignor|overlook|condemn|fault|accus)/;

/** "anything right", "что-нибудь хорошее": asks whether any good was done, not whether it was done well. */
const SOMETHING =
  /(?<!\p{L})(?:anything|something|(?:что|чем|чём|чего|чему)-(?:то|нибудь)|хоть (?:в )?(?:что|чем|чём))(?!\p{L})/u;

/** "…, not?" / "doesn't he…": a question already turned against itself is no plain approval. */
const NEGATED_EN = /(?<!\p{L})(?:not|never|no|nor|failed|fail|fails)(?!\p{L})|n't(?!\p{L})/u;
const NEGATED_RU = /(?<!\p{L})(?:не|ни|нет|никогда|провал\p{L}*|неудач\p{L}*)(?!\p{L})/u;

/** Someone's contentment asked ("доволен ли Путин Эрдоганом?", "is he happy with Erdogan?"): a feeling. */
const CONTENT_EN =
  /(?<!\p{L})(?:(?:happy|satisfied|pleased|content|ok|okay|alright|glad|cool) (?:with|about|by)|(?:like|likes|liked|love|loves|loved)(?= (?:the |his |their |its )?[\p{L}-]+\s*\??$))(?!\p{L})/u;
const CONTENT_RU =
  /(?<!\p{L})(?:довол\p{L}*|рад|рада|рады|нрав(?:ит|ят|ил|ил[аио])ся|понрав\p{L}*)(?!\p{L})/u;
const CONTENT_IN_EVIDENCE =
  /(?<!\p{L})(?:happy|satisf\p{L}*|pleased|content|welcom\p{L}*|довол\p{L}*|нрав\p{L}*|приветств\p{L}*)(?!\p{L})/u;

/**
 * Doesn't say when contentment is asked and the evidence, which faults no one, reports no feeling of the kind:
 * "путин доволен эрдоганом?" on the call's entry was the curated Да (the call is there; a liking is not).
 */
function contentmentUnreported(folded: string, answer: Answer, lang: Lang): "not-said" | null {
  if (!answer.answered || !(lang === "ru" ? CONTENT_RU : CONTENT_EN).test(folded)) return null;
  const evidence = [answer.answer, ...answer.quotes.flatMap((q) => [q.text, q.translation ?? ""])].join(" ");
  return CONTENT_IN_EVIDENCE.test(evidence.toLowerCase()) ? null : "not-said";
}

/**
 * No when the question approves of what the found entry's speaker criticizes; null when it does not apply. The
 * cheap test comes first: a question without a word of approval costs one regular expression.
 */
export function approvesCriticized(
  folded: string,
  answer: Answer,
  lang: Lang,
  conversation: Conversation,
  parties: Parties,
): boolean {
  const word = answer.entry ? conversation.opposites?.get(answer.entry.id)?.word : undefined;
  const approves =
    approvingWords(folded, lang) !== null || (lang === "ru" ? SHOULD_ALONE_RU : SHOULD_ALONE_EN).test(folded);
  if (
    !(approves || prescribesPractice(folded, word, lang)) ||
    !answer.answered ||
    answer.kind !== "entry" ||
    !answer.entry
  )
    return false;
  if ((lang === "ru" ? NEGATED_RU : NEGATED_EN).test(folded)) return false;
  if (conversation.verdicts.get(answer.entry.id) !== "yes") return false;
  // "is putin happy with erdogan?" found the US entry: a party the evidence never names is not what it faults.
  const evidence = [answer.answer, ...answer.quotes.flatMap((q) => [q.text, q.translation ?? ""])]
    .join(" ")
    .toLowerCase();
  const named = new Set(partyMentions(parties, evidence).map((m) => m.id));
  if (partyMentions(parties, folded.toLowerCase()).some((m) => m.id !== "russia" && !named.has(m.id)))
    return false;
  return word !== undefined && FAULT_WORD.test(word.toLowerCase());
}

/**
 * The verdict on approval asked of what the entry's speaker criticizes: No ("has the US done enough?"), or doesn't
 * say where only *some* good is asked about ("did the US do anything right, in his view?"): the criticism does not
 * deny that, nor does the article report any. Null when the question approves of nothing the entry criticizes.
 */
export function approvalVerdict(
  folded: string,
  answer: Answer,
  lang: Lang,
  conversation: Conversation,
  parties: Parties,
): "no" | "not-said" | null {
  if (!approvesCriticized(folded, answer, lang, conversation, parties))
    return contentmentUnreported(folded, answer, lang);
  return SOMETHING.test(folded) ? "not-said" : "no";
}
