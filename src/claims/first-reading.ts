// The claim as typed, read once: cut to MAX_CLAIM_CHARS, its manners, lead-ins and frames of doubt taken off, a
// corrected speaker ("It was Peskov, not Putin, who …") read as the name affirmed, a Russian attribution before
// English words read in English (russian-lead.ts), a speaker's own country before the name taken off
// (speaker-possessor.ts), chat typos read through, then
// judged in its language (judge.ts for English, russian.ts against the curated translations). A denied name that
// stands in the passage makes the claim a negation. The second readings (check.ts's list) read this verdict again.
import { isCommonEnglish } from "../answering/common-english.js";
import type { Lexicon } from "../answering/lexicon.js";
import { foldForMatch, type KnowledgeBase } from "../knowledge/index.js";
import { isRussianText } from "../lib/script-language.js";
import { withoutChatLeadIn } from "./chat-lead-in.js";
import { readCountryUs, readThroughTypos } from "./chat-typos.js";
import { ARTICLE_SPEAKER, type Claimed } from "./claim-names.js";
import { withoutClosingFrame } from "./closing-frame.js";
import { correctedSpeaker, deniedInPassage } from "./correction.js";
import { withoutDoubtFrame } from "./doubt-frame.js";
import type { Judge } from "./judge.js";
import { withoutPoliteFrame } from "./polite-frame.js";
import { withoutQuoteLeadIn } from "./quote-lead-in.js";
import { withoutReportLeadIn } from "./report-lead-in.js";
import { createRussianClaimChecker, type RussianClaimChecker } from "./russian.js";
import { withRussianLead } from "./russian-lead.js";
import { possessorReader } from "./speaker-possessor.js";
import type { ClaimChecker, ClaimTuning, ClaimVerdict } from "./types.js";
import type { ArticleIndex } from "./units.js";

/** Longer messages are cut: a claim is a sentence or two, and the article's longest paragraph is ~500 characters. */
export const MAX_CLAIM_CHARS = 1000;

/** What the first reading hands a claim to: the English judge, and who a name points at. */
export interface FirstReadingParts {
  kb: KnowledgeBase;
  lexicon: Lexicon;
  tuning: ClaimTuning;
  sourcesOf: ArticleIndex["sourcesOf"];
  judge: Judge;
  resolveName: (name: string) => Claimed;
  /** The answering engine's Russian lexicon (engine.lexicon("ru")), so the bot holds one copy. */
  russianLexicon: (() => Lexicon | null) | undefined;
}

export function firstReading({
  kb,
  lexicon,
  tuning,
  sourcesOf,
  judge,
  resolveName,
  russianLexicon,
}: FirstReadingParts): ClaimChecker {
  // Built on the first Russian claim: its lexicon costs memory an English-only bot never needs.
  let russian: RussianClaimChecker | null = null;
  const russianCheck = (text: string): ClaimVerdict => {
    const local = kb.locales?.ru;
    if (!local) return cannotJudge(text);
    russian ??= createRussianClaimChecker(kb, local, { sourcesOf }, tuning, russianLexicon?.() ?? undefined);
    return russian(text);
  };
  // Words no typo corrector would change: the article's own and common English (chat-typos.ts).
  const articleWords = new Set(
    kb.article.paragraphs
      .join(" ")
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
  );
  const familiar = (word: string) => articleWords.has(word) || isCommonEnglish(word);
  const withoutPossessor = possessorReader(kb);
  /** The speaker a Russian name points at ("Песков", "МИД РФ", "Пескова"), read by the Russian checker's frame. */
  const russianSpeaker = (name: string) => russianCheck(`${name} заявил, что это так.`).claimedSpeaker;
  const englishName = (id: string) => kb.speakerById.get(id)?.name;
  /** The name a correction frame denies is one of the article's speakers ("not Putin", "не Песков"). */
  const deniesSpeaker = (denied: string, russianText: boolean): boolean => {
    const id = russianText ? russianSpeaker(denied)?.id : resolveName(denied)?.id;
    return id !== undefined && id !== null && id !== ARTICLE_SPEAKER && kb.speakerById.has(id);
  };
  // A paragraph and the curated Russian translations of its sentences: where a denied name is looked for.
  const passages = new Map<number, string>();
  const paragraphPassage = (paragraph: number): string => {
    let text = passages.get(paragraph);
    if (text === undefined) {
      const english = kb.article.paragraphs[paragraph - 1] ?? "";
      const folded = foldForMatch(english);
      const translated = [...(kb.locales?.ru?.translations ?? new Map<string, string>())].flatMap(
        ([key, ru]) => (folded.includes(key) ? [ru] : []),
      );
      text = [english, ...translated].join(" ");
      passages.set(paragraph, text);
    }
    return text;
  };

  return (input) => {
    const typed = input.slice(0, MAX_CLAIM_CHARS);
    // "Hello! Could you confirm whether … Thanks": the manners taken off (polite-frame.ts).
    // "tl;dr quote: …", "FM quote: …", "verbatim: …": the label taken off, a name in it kept (quote-lead-in.ts).
    // "someone pasted me this, is it real: "…"": a chat lead-in naming no one taken off (chat-lead-in.ts).
    // "The piece concludes that …": the article's plain voice (closing-frame.ts).
    // "I read that …", "apparently …", "говорят, что …": where the claim was met, taken off (report-lead-in.ts).
    // "did putin really say …??", "is it true that …", "правда ли, что …": a question of doubt (doubt-frame.ts).
    // «Песков: "the Kremlin aims …"»: a Russian frame before the article's English words, read in English.
    const text = withRussianLead(
      withoutDoubtFrame(
        withoutClosingFrame(
          withoutReportLeadIn(withoutChatLeadIn(withoutQuoteLeadIn(withoutPoliteFrame(typed)))),
        ),
      ),
      { russianSpeaker, englishName },
    );
    // "It was Peskov, not Putin, who …": the statement of the name affirmed (correction.ts).
    // Only a speaker of the article denied: "Russia, not the UN, …" keeps its negation.
    const correction = correctedSpeaker(text);
    const corrected = correction && deniesSpeaker(correction.denied, isRussianText(text)) ? correction : null;
    const affirmed = corrected?.statement ?? text;
    // Chat spelling read as the engine reads a question's: "violance", "gov't", "w/" (chat-typos.ts).
    // "Turkey's Erdogan …": the speaker's own country before the name is part of it (speaker-possessor.ts).
    const spelled = isRussianText(affirmed)
      ? affirmed
      : readThroughTypos(readCountryUs(affirmed), (t) => lexicon.typoFixes(t), familiar);
    const read = isRussianText(spelled) ? spelled : withoutPossessor(spelled);
    // A Russian claim (the one rule, src/lib/script-language.ts) is held against the Russian translations.
    const judged = isRussianText(read) ? russianCheck(read) : judge(read);
    // Words taken off are words the article does not have there: in other words at most.
    const verdict =
      read !== spelled && judged.verdict === "verbatim"
        ? { ...judged, verdict: "paraphrase" as const, exact: null }
        : judged;
    // The name denied stands in the passage too: the claim says it did not (a negation, never confirmed).
    if (
      corrected &&
      (verdict.verdict === "verbatim" || verdict.verdict === "paraphrase") &&
      deniedInPassage(corrected.denied, verdict.span ? paragraphPassage(verdict.span.paragraph) : "", (t) =>
        lexicon.tokensOf(t).flatMap((k) => (k.role === "content" ? [k.term] : [])),
      )
    )
      return {
        ...verdict,
        claim: typed,
        verdict: "altered",
        exact: null,
        changes: [
          ...verdict.changes,
          {
            kind: "negation",
            claimed: `${isRussianText(typed) ? "не" : "not"} ${corrected.denied}`,
            article: corrected.denied,
          },
        ],
      };
    return read === typed ? verdict : { ...verdict, claim: typed };
  };
}

function cannotJudge(text: string): ClaimVerdict {
  return {
    verdict: "cannot-judge",
    claim: text,
    statement: text,
    claimedSpeaker: null,
    quotedByUser: false,
    span: null,
    exact: null,
    translation: null,
    sources: [],
    voice: null,
    changes: [],
    unbacked: [],
    similarity: { containment: 0, coverage: 0 },
  };
}
