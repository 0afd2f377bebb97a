// A party the article never names, after an answer ("And China?", "А с Макроном?"): whether the article names it
// (as typed, respelled, or one Russian vowel off a word it knows), and the reply saying it is unmentioned, with the
// last answer's evidence after a yes/no turn, else a refusal. Split from against-last-answer.ts (tidy46); the
// listed-party readers (listed-party.ts) and the bare alternative (bare-alternative.ts) ask `unnamedByArticle` too.

import type { Answer, Lang } from "../answering/types.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { unnamedPartyVerdict } from "./elliptical.js";
import type { DialogueWords } from "./language.js";
import { articleMentions } from "./mentions.js";
import { verdictWord, withoutOwnVerdict } from "./own-verdict.js";
import type { AnswerReply, DialogueContext } from "./types.js";
import { unnamedAskedOf } from "./unnamed-asked.js";
import { respelledForVerdict } from "./verdict-respell.js";

export function createUnnamedParty(
  kit: DialogueKit,
  lastEvidence: (context: DialogueContext, lang: Lang) => Answer | null,
) {
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

  return { respelled, unnamedByArticle, answerUnnamedParty };
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
