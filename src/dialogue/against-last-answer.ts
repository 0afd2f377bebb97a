// Short follow-ups read against the last answer's evidence rather than asked afresh: a party the article never
// names ("And China?"), a restriction ("Only in Israel?"), a bare alternative ("Erdogan or Biden?").

import type { Answer, Lang } from "../answering/types.js";
import { createBareAlternative } from "./bare-alternative.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { answerIsList, restrictionVerdict, unnamedPartyVerdict } from "./elliptical.js";
import { synonymGroupOf } from "./folded-kb.js";
import { type DialogueWords, fold } from "./language.js";
import { articleMentions } from "./mentions.js";
import { notSaidOf, onLastEvidence } from "./on-last-evidence.js";
import { verdictWord, withoutOwnVerdict } from "./own-verdict.js";
import { lastQuotesEvidence } from "./restriction-on-quotes.js";
import { STILL } from "./still-member.js";
import type { AnswerReply, DialogueContext } from "./types.js";
import { unnamedAskedOf } from "./unnamed-asked.js";
import { respelledForVerdict } from "./verdict-respell.js";
import { ellipticalWords, evidenceNames } from "./yes-again.js";

const wordsOf = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Closures over the kit: each reader answers through the per-message cache and the story suggestions. */
export function createAgainstLastAnswer(kit: DialogueKit) {
  const { engine, kb, speakers, findAnswer, withStorySuggestions } = kit;

  /**
   * "a ceasfire", «перимирие»: the asked words as the engine's typo folding reads them (verdict-respell.ts), so a
   * list reader compares the word meant, not the slip ("No. A ceasfire is not on the article's list", dialog-r3-36).
   */
  const respelled = (text: string, lang: Lang): string => {
    const lexicon = engine.lexicon?.(lang) ?? null;
    return respelledForVerdict(text, lang, lexicon ? (t) => lexicon.typoFixes(t) : null);
  };

  /** A party the article never names: not in its words, no speaker, a word the knowledge base does not know. */
  const unnamedAsTyped = (party: string, lang: Lang): boolean =>
    speakers.namedIn(party).length === 0 &&
    !articleMentions(party, lang, kb) &&
    (engine.explain?.(party).unknown?.length ?? 0) > 0;
  /** …nor a slip of a word it knows. */
  const unnamedByArticle = (party: string, lang: Lang): boolean => {
    if (!unnamedAsTyped(party, lang)) return false;
    if (vowelSlipKnown(party, (word) => (engine.explain?.(word).unknown?.length ?? 1) === 0)) return false;
    const meant = respelled(party, lang);
    return meant === party || unnamedAsTyped(meant, lang);
  };

  /** The last answer again, as the evidence for a follow-up read against it. */
  const lastEvidence = (context: DialogueContext, lang: Lang): Answer | null => {
    const last = context.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    return last?.answered ? last : null;
  };

  /** "And China?", "А с Макроном?" after an answer: the article does not mention them (elliptical.ts). */
  const answerUnnamedParty = (
    topic: string,
    party: string,
    typed: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): AnswerReply => {
    const evidence = lastEvidence(context, lang);
    // "а египет участвует?": a yes/no of its own (unnamed-asked.ts): doesn't say, and the card names the party only.
    const asked = unnamedAskedOf(topic, words.lang);
    const verdict = unnamedPartyVerdict(context.verdict, evidence) ?? (asked && evidence ? "not-said" : null);
    const shown = words.lang === "ru" ? (asked?.name ?? topic) : party;
    const at = typed.toLowerCase().indexOf(shown);
    const name = at >= 0 ? typed.slice(at, at + shown.length) : shown;
    const unmentioned =
      words.lang === "ru"
        ? `В статье об этом ничего нет: «${name}».`
        : `The article does not mention ${name}.`;
    const extra = { understood: null, followUp: "topic-switch" as const, asked: context.question, verdict };
    // After a yes/no turn the last evidence backs the verdict; after a plain answer ("and China's position?" after
    // "what did Putin tell Erdogan?") the party is simply not covered: a refusal, as the engine would give.
    if (evidence && verdict !== null)
      return answerReply(
        { ...evidence, answer: `${unmentioned} ${withoutOwnVerdict(evidence.answer)}` },
        { ...extra, verdictSource: "article-text" },
      );
    const lead = verdict ? `${verdictWord(verdict, words.lang)} ` : "";
    const refusal = withStorySuggestions(findAnswer(party, lang), lang);
    return answerReply(
      {
        ...refusal,
        answered: false,
        kind: "none",
        entry: null,
        answer: `${lead}${unmentioned}`,
        quotes: [],
        reason: "out-of-scope",
      },
      { ...extra, verdictSource: "article-text" },
    );
  };

  /** "Only in Israel?", "только в Газе?": the restriction against the last answer's evidence (elliptical.ts). */
  const answerRestriction = (
    restriction: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): AnswerReply | null => {
    // "how many were killed?" → "where? only in israel?": an answer that gives no figure still quotes where the
    // casualties are, and that evidence answers the restriction (dialog33b).
    const last = context.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    const quoted = last ? null : lastQuotesEvidence(kit, context, lang);
    const evidence = last?.answered || (last?.quotes.length ?? 0) > 0 ? last : quoted;
    if (!evidence) return null;
    const verdict = restrictionVerdict(restriction, evidence, words.lang);
    // A voice's quotes answer a restriction only where they name more than the place (restriction-on-quotes.ts).
    if (quoted && verdict !== "no") return null;
    // Such an answer counts only where its quotes name more than the place asked; else the usual readers answer.
    if (!evidence.answered && verdict !== "no") return null;
    const only = words.lang === "ru" ? "только" : "only";
    return answerReply(
      {
        ...evidence,
        answered: true,
        reason: evidence.answered ? evidence.reason : null,
        answer: withoutOwnVerdict(evidence.answer),
      },
      {
        understood: `${context.question} — ${only} ${restriction}`,
        followUp: "topic-switch",
        asked: context.question,
        verdict,
        verdictSource: verdict ? "article-text" : null,
      },
    );
  };

  const answerBareAlternative = createBareAlternative(kit, lastEvidence, unnamedByArticle);

  /**
   * Whether our own list answer names the party: as a whole word or a synonym the knowledge base gives ("the UN",
   * "ЕС") — true; not even a word starting like it — false; a near word only ("israel" beside "Israeli") — null.
   */
  const listNames = (party: string, evidence: Answer, lang: Lang): boolean | null => {
    const asTyped = listNamesAsSpelled(party, evidence, lang);
    if (asTyped !== false) return asTyped;
    const meant = respelled(party, lang);
    return meant === party ? false : listNamesAsSpelled(meant, evidence, lang);
  };

  const listNamesAsSpelled = (party: string, evidence: Answer, lang: Lang): boolean | null => {
    const groups = (lang === "ru" ? kb.locales?.ru?.synonyms : kb.synonyms) ?? [];
    const bare = party.replace(/^(?:the)\s+/, "");
    const forms = [bare, ...(synonymGroupOf(groups, bare) ?? [])];
    const list = ` ${wordsOf(fold(evidence.answer))} `;
    if (forms.some((f) => list.includes(` ${wordsOf(fold(f))} `))) return true;
    const content = ellipticalWords(bare);
    return content && evidenceNames(content, { ...evidence, quotes: [] }, lang, evidence.answer)
      ? null
      : false;
  };

  /**
   * "is China?", "а Турция?" right after an answer listing a group in full ("the US, the United Nations, and the
   * European Union"): Yes when the list names the party, No when it leaves it out — the article's list is whole,
   * so a party it names elsewhere (Turkey) is still not a member. Null when the last answer lists nothing in full.
   */
  const answerListedParty = (
    party: string,
    typed: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): AnswerReply | null => {
    // "is the UN still part of it?" asks about now, which no list of the article's settles (still-member.ts).
    if (STILL.test(typed.toLowerCase())) return null;
    const evidence = lastEvidence(context, lang);
    if (!evidence || !answerIsList(evidence, words.lang, kit.parties)) return null;
    const named = listNames(party, evidence, words.lang);
    if (named === null) return null;
    const at = typed.toLowerCase().indexOf(party);
    const name = at >= 0 ? typed.slice(at, at + party.length) : party;
    // A party the article never names is said to be unmentioned, as after any answer; one it names elsewhere
    // (Turkey) is only not on the list.
    const unnamed = unnamedByArticle(party, lang);
    const notAmong =
      words.lang === "ru"
        ? unnamed
          ? `В статье об этом ничего нет: «${name}».`
          : `«${name}» в этом списке статьи нет.`
        : unnamed
          ? `The article does not mention ${name}.`
          : `${name.charAt(0).toUpperCase()}${name.slice(1)} is not on the article's list.`;
    return onLastEvidence(evidence, context.question, name, named ? "" : notAmong, named ? "yes" : "no");
  };

  /**
   * "Did Russia leave the Quartet?" (left-group.ts) on the group's full list: No where the list names the party, it
   * is a member there; null otherwise.
   */
  const answerLeftGroup = (
    party: string,
    typed: string,
    listed: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ) => {
    const evidence = lastEvidence(listed, lang);
    if (
      !evidence ||
      !answerIsList(evidence, words.lang, kit.parties) ||
      listNames(party, evidence, words.lang) !== true
    )
      return null;
    const at = typed.toLowerCase().indexOf(party);
    const name = at >= 0 ? typed.slice(at, at + party.length) : party;
    const line =
      words.lang === "ru"
        ? `Статья называет «${name}» в этом списке.`
        : `The article lists ${name} as a member.`;
    return onLastEvidence(evidence, listed.question, name, line, "no");
  };

  /**
   * "same for the EU?", "а ЕС тоже обвиняет?" after an answer whose evidence never names that party (the EU after
   * Putin's criticism of the US): the article doesn't say it of them — the last evidence shows what it does say.
   * Null when the evidence names the party (the other readers decide).
   */
  const answerSameFor = (
    party: string,
    typed: string,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
  ): AnswerReply | null => {
    const evidence = lastEvidence(context, lang);
    const content = ellipticalWords(party);
    if (!evidence || !content || evidenceNames(content, evidence, lang, evidence.answer)) return null;
    const at = typed.toLowerCase().indexOf(party);
    // "the UN" as typed: the article's own "the" kept before the party.
    const from = at >= 4 && typed.slice(at - 4, at).toLowerCase() === "the " ? at - 4 : at;
    const name = at >= 0 ? typed.slice(from, at + party.length) : party;
    const notOf =
      words.lang === "ru"
        ? `О «${name}» статья этого не говорит.`
        : `The article doesn't say that of ${name}.`;
    return notSaidOf(evidence, context.question, name, notOf);
  };

  /** "И ей это удаётся?" after an answer: the outcome the article never reports (success-asked.ts). */
  const answerSuccess = (context: DialogueContext, lang: Lang, words: DialogueWords): AnswerReply | null => {
    // After a voice's words ("что говорит МИД?", no entry) the last question asked again is the evidence (d104-35).
    const voiced = !context.entryId && context.speakerId ? findAnswer(context.question, lang) : null;
    const evidence = lastEvidence(context, lang) ?? (voiced?.answered ? voiced : null);
    if (!evidence) return null;
    const what = words.lang === "ru" ? "удаётся ли" : "whether it succeeds";
    // The verdict line ("the article doesn't say") is the whole of it; the evidence follows.
    return notSaidOf(evidence, context.question, what, "");
  };

  return {
    answerSuccess,
    answerSameFor,
    unnamedByArticle,
    answerUnnamedParty,
    answerRestriction,
    answerBareAlternative,
    answerListedParty,
    answerLeftGroup,
    respelled,
  };
}

/** Unstressed Russian vowels typed for one another («перемерие», «пиреговоры»): each swapped in turn. */
const VOWEL_SLIPS: Readonly<Record<string, readonly string[]>> = {
  е: ["и", "я"],
  и: ["е"],
  я: ["е"],
  а: ["о"],
  о: ["а"],
};
/** The shortest word read for a vowel slip: shorter ones are other words as often («мир», «мер»). */
const MIN_VOWEL_SLIP = 6;

/**
 * «а перемерие?» after a list: one vowel swapped gives a word the knowledge base knows (перемирие), so it is no
 * party the article never names (the dictionary lists «перемер-», so the typo folding keeps the slip; dialog37).
 */
function vowelSlipKnown(word: string, known: (word: string) => boolean): boolean {
  const w = word.trim().toLowerCase();
  if (w.length < MIN_VOWEL_SLIP || w.length > 20 || !/^[а-яё]+$/u.test(w)) return false;
  for (let i = 0; i < w.length; i++)
    for (const other of VOWEL_SLIPS[w[i]!] ?? [])
      if (known(`${w.slice(0, i)}${other}${w.slice(i + 1)}`)) return true;
  return false;
}
