// "Did they really say that?": the closest span of the article to a sentence, and whether the sentence stands
// there word for word, paraphrases it, changes its meaning, puts it in someone else's mouth, or is not there.
// The article reports positions ("Putin criticizes Washington…"); it quotes no one directly, so a verdict
// also says whose words the span are: a speaker as reported, or the article's own voice.

import { isCommonEnglish } from "../answering/english.js";
import { Lexicon, type Token } from "../answering/lexicon.js";
import { foldForMatch, type KnowledgeBase } from "../knowledge/index.js";
import { isRussianText } from "../lib/script-language.js";
import { judgingAbsentParty } from "./absent-party.js";
import { judgingAddedDetail } from "./added-detail.js";
import { judgingCauseApart } from "./cause-apart.js";
import { changesOf, replacedVerb, replacedWords } from "./changes.js";
import { withoutChatLeadIn } from "./chat-lead-in.js";
import { readThroughTypos } from "./chat-typos.js";
import { judgingClauseApart } from "./clause-apart.js";
import { aboutSpeaker, closestUnit, speakersTalkedAbout } from "./closest.js";
import { withoutClosingFrame } from "./closing-frame.js";
import { addedCondition } from "./condition.js";
import { articleSentences, judgingContraryDeed } from "./contrary-deed.js";
import { compileContraryDeeds } from "./contrary-deed-file.js";
import { correctedSpeaker, deniedInPassage } from "./correction.js";
import { sameDerivation } from "./derivation.js";
import { withoutDoubtFrame } from "./doubt-frame.js";
import { framedNear } from "./framed-near.js";
import { type Pair, type Word, wordsOf } from "./match.js";
import { judgingMentionDenied } from "./mention-denied.js";
import { changedOnMatch, nearAlteration } from "./near-alteration.js";
import { judgingNewEvent } from "./new-event.js";
import { judgingOneForAll } from "./one-for-all.js";
import { judgingPartyDoer } from "./party-doer.js";
import { joinPhrasalVerbs, sayingAsMention } from "./phrasal.js";
import { FAIL_WORDS, joinNegatingPrefixes, NEGATORS } from "./polarity.js";
import { withoutPoliteFrame } from "./polite-frame.js";
import { judgingPositionFrame } from "./position-frame.js";
import { addedQualifier, pushChange, swappedQuantifier } from "./qualifier.js";
import { withoutQuoteLeadIn } from "./quote-lead-in.js";
import {
  asideEndOf,
  newPredicate,
  objectOfArticleVerb,
  parentheticalEndOf,
  RELATIVE_CLAUSE,
  speakerSwap,
} from "./reading.js";
import { noteReplacedCause } from "./replaced-cause.js";
import { withoutReportLeadIn } from "./report-lead-in.js";
import { capitalStems, swappedName } from "./roles.js";
import { createRussianClaimChecker, type RussianClaimChecker } from "./russian.js";
import { judgingScattered } from "./scattered.js";
import { afterSettingOpener } from "./setting-subject.js";
import { judgingMovedSpeaker } from "./speaker-moved.js";
import { structuralChanges } from "./structure.js";
import { type ClaimChecker, type ClaimTuning, type ClaimVerdict, DEFAULT_CLAIM_TUNING } from "./types.js";
import { unbackedCore } from "./unbacked-core.js";
import { type ArticleUnit, buildUnits, findExact } from "./units.js";
import { swappedKnownParties } from "./unknown-party.js";
import {
  changedNear,
  claimBase,
  matchOf,
  notInArticle,
  roundSimilarity,
  speakerAgrees,
  stanceAlone,
  unbackedWords,
  verdictOf,
} from "./verdict.js";
import { parseFrame } from "./words.js";

/** Longer messages are cut: a claim is a sentence or two, and the article's longest paragraph is ~500 characters. */
export const MAX_CLAIM_CHARS = 1000;
const ARTICLE_SPEAKER = "article";
const ARTICLE_WORDS = new Set([
  "article",
  "author",
  "writer",
  "journalist",
  "story",
  "report",
  "piece",
  "conclusion",
  "text",
]);

/**
 * `lexicon` and `russianLexicon`: the answering engine's (engine.lexicon), so the bot holds one copy of each
 * vocabulary; built here from kb when not given.
 */
export function createClaimChecker(
  kb: KnowledgeBase,
  lexicon: Lexicon = new Lexicon(kb),
  tuning: ClaimTuning = DEFAULT_CLAIM_TUNING,
  russianLexicon?: () => Lexicon | null,
): ClaimChecker {
  const { units, vocabulary, entities, sourcesOf, paragraphTerms } = buildUnits(kb, lexicon);
  const speakerName = (id: string) => kb.speakerById.get(id)?.name ?? id;
  // Built on the first Russian claim: its lexicon costs memory an English-only bot never needs.
  let russian: RussianClaimChecker | null = null;
  const russianCheck = (text: string): ClaimVerdict => {
    const local = kb.locales?.ru;
    if (!local) return cannotJudge(text);
    russian ??= createRussianClaimChecker(kb, local, { sourcesOf }, tuning, russianLexicon?.() ?? undefined);
    return russian(text);
  };
  const talkedAbout = speakersTalkedAbout(kb);
  // A term any paragraph of the article has: a name it never gives is an unknown party (unknown-party.ts).
  const articleTerms = new Set(kb.article.paragraphs.flatMap((_, i) => [...paragraphTerms(i + 1)]));
  const inArticle = (term: string) => articleTerms.has(term);
  // Words no typo corrector would change: the article's own and common English (chat-typos.ts).
  const articleWords = new Set(
    kb.article.paragraphs
      .join(" ")
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
  );
  const familiar = (word: string) => articleWords.has(word) || isCommonEnglish(word);
  /** The name a correction frame denies is one of the article's speakers ("not Putin", "не Песков"). */
  const deniesSpeaker = (denied: string, russianText: boolean): boolean => {
    const id = russianText
      ? russianCheck(`${denied} заявил, что это так.`).claimedSpeaker?.id
      : resolveName(denied)?.id;
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
  // What depends on an article unit alone, made on its first claim and shared after: every reader only reads it.
  const antecedentMemo = new WeakMap<ArticleUnit, Word[]>();
  const tokensMemo = new WeakMap<ArticleUnit, Token[]>();
  const capitalsMemo = new WeakMap<ArticleUnit, Set<string>>();
  const unitTokens = (unit: ArticleUnit) => once(tokensMemo, unit, () => lexicon.tokensOf(unit.text));
  const unitCapitals = (unit: ArticleUnit) => once(capitalsMemo, unit, () => capitalStems(unit.text));
  /** A relative clause's words after those of its sentence before it (whom "which" stands for); else its own. */
  const withAntecedent = (clause: ArticleUnit): Word[] =>
    once(antecedentMemo, clause, () => antecedentWordsOf(clause));
  const antecedentWordsOf = (clause: ArticleUnit): Word[] => {
    if (!RELATIVE_CLAUSE.test(clause.text)) return clause.words;
    const sentence = units.find(
      (u) => !u.whole && u.paragraph === clause.paragraph && u.end === clause.end && u.start < clause.start,
    );
    return sentence
      ? [...sentence.words.slice(0, sentence.words.length - clause.words.length), ...clause.words]
      : clause.words;
  };

  /** The speaker a name points at: a knowledge-base speaker, the article, or an unknown name. */
  const resolveName = (name: string): ClaimVerdict["claimedSpeaker"] => {
    const tokens = lexicon.tokensOf(name);
    const speaker = tokens.find((t) => t.term.startsWith("@"));
    if (speaker) return { id: speaker.term.slice(1), name: speakerName(speaker.term.slice(1)) };
    if (tokens.some((t) => ARTICLE_WORDS.has(t.surface))) return { id: ARTICLE_SPEAKER, name: "The article" };
    if (/\p{Lu}/u.test(name)) return { id: null, name: name.trim() };
    // Typed in lower case ("netanyahu believes that …"): a word no English word list has is a name all the same.
    const words = name.trim().split(/\s+/);
    const unknown = words.some((w) => /^\p{L}{3,}$/u.test(w) && !isCommonEnglish(w.toLowerCase()));
    return unknown ? { id: null, name: name.trim() } : null;
  };

  /**
   * "Putin highlights the US government's failure …" of "… he highlights the US government's failure …": the
   * claim names whom the article's pronoun stands for, the passage's reported speaker, and quotes the rest.
   */
  const pronounNamed = (statement: string, claimed: Claimed): ReturnType<typeof findExact> => {
    if (!claimed?.id) return null;
    const name = NAME_OPENING.exec(statement);
    if (!name) return null;
    const span = findExact(kb, statement.slice(name[0].length));
    if (!span) return null;
    const before = (kb.article.paragraphs[span.paragraph - 1] ?? "").slice(
      Math.max(0, span.start - 20),
      span.start,
    );
    if (!PRONOUN_BEFORE.test(before)) return null;
    const sources = sourcesOf(span.paragraph, span.start, span.end);
    return sources.some((s) => s.voice === "reported" && s.speakerId === claimed.id) ? span : null;
  };

  /** `subject`: who the claim puts in the speaker's place, when the sentence does not open with them. */
  const judge = (text: string, subject?: { claimed: Claimed; term: string }): ClaimVerdict => {
    const outer = parseFrame(sayingAsMention(text));
    // "According to the article, X": everything is; who the statement itself names is what to check, and
    // "According to the article, Netanyahu believes that …" names him as the one who holds it.
    const inner = outer.name !== null && resolveName(outer.name)?.id === ARTICLE_SPEAKER;
    const nested = inner ? parseFrame(outer.statement) : null;
    const frame = nested?.name ? { ...nested, quoted: nested.quoted || outer.quoted } : outer;
    const framed = frame.name === null ? null : resolveName(frame.name);
    const readable = joinPhrasalVerbs(joinNegatingPrefixes(frame.statement));
    const tokens = lexicon.tokensOf(readable);
    const afterSetting = afterSettingOpener(frame.statement, (t) => lexicon.tokensOf(t));
    const claimed =
      subject?.claimed ??
      (framed && framed.id !== ARTICLE_SPEAKER
        ? framed
        : (subjectOf(tokens, resolveName) ??
          (afterSetting === null ? null : subjectOf(afterSetting, resolveName))));
    const names = capitalisedWords(frame.statement);
    // A name typed in lower case ("netanyahu criticizes …"): a word neither the knowledge base nor an English
    // word list knows is taken for a name (a typo too: safe, it can only keep a claim from being confirmed).
    for (const t of tokens)
      if (
        t.role === "content" &&
        !t.known &&
        /^\p{L}{3,}$/u.test(t.surface) &&
        !isCommonEnglish(t.surface) &&
        !vocabulary.classOf(t.surface)
      )
        names.add(t.surface);
    // A word the claim writes with a capital is a name ("Western powers"), known to the lexicon or not.
    const isEntity = (term: string, surface: string) =>
      entities.has(term) || term.startsWith("@") || names.has(surface);
    const subjectTerm = subject?.term ?? (claimed?.id ? `@${claimed.id}` : null);
    const allWords = wordsOf(tokens, vocabulary, isEntity);
    const words = allWords.filter((w) => w.term !== subjectTerm);
    // "Not Peskov but … said": the speaker is taken off the words compared, its negation must not go with it.
    const deniedSubject = allWords.find((w) => w.term === subjectTerm && w.negated);

    // "The Kremlin said it maintains …": the pronoun stands for the name the frame gives.
    const whole = findExact(kb, text);
    const statement = whole ? null : findExact(kb, frame.statement);
    const found =
      whole ??
      // "Putin stressed the urgent need …" of "Putin emphasized the urgent need …": the frame's verb takes the
      // place of the article's, whose object the words are. In other words, not word for word.
      (statement && objectOfArticleVerb(kb, statement, text, frame.statement) ? null : statement) ??
      findExact(kb, frame.body) ??
      (frame.name === null || withoutPronoun(frame.statement) === frame.statement
        ? null
        : findExact(kb, withoutPronoun(frame.statement))) ??
      pronounNamed(frame.statement, claimed);
    // The words stand in the article, but right after its "no" or "fails to": the claim drops that negation.
    const exact = found && !negatedBefore(kb, found) ? found : null;
    // Whole paragraphs only for a pasted passage: two sentences or more.
    const passage = /[.!?]["”’]?\s+\S/.test(frame.statement.trim());
    const candidates = exact
      ? units.filter((u) => contains(u, exact))
      : units.filter((u) => passage || !u.whole);
    const aligned = new Map<ArticleUnit, Pair[]>();
    const closest = (among: ArticleUnit[]) =>
      closestUnit(among, words, claimed?.id ?? null, exact !== null, vocabulary, tuning, aligned);
    const best = exact
      ? closest(candidates)
      : aboutSpeaker(candidates, words, claimed?.id ?? null, closest, tuning.closeAt);

    const content = words.filter((w) => w.weight > 0).length;
    const base = claimBase(text, frame, claimed);
    if (!best || (!exact && (content === 0 || best.containment < tuning.closeAt)))
      return notInArticle(base, best);
    const { unit, pairs } = best;
    const region = exact ?? unit;
    const sources = sourcesOf(unit.paragraph, region.start, region.end);
    // "Netanyahu emphasized the urgent need …": a name where the passage has its speaker is the claimed speaker.
    const swap = claimed === null && !subject && !exact ? speakerSwap(pairs, unit.words, sources) : null;
    if (swap) {
      const name = swap.surface.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase());
      return judge(text, { claimed: resolveName(name) ?? { id: null, name }, term: swap.term });
    }
    const speakerOk = speakerAgrees(claimed, unit, sources, talkedAbout);
    const { changes, swapped } = exact
      ? { changes: [], swapped: 0 }
      : changesOf(
          pairs,
          unit.words,
          subjectTerm,
          sources,
          paragraphTerms(unit.paragraph),
          (w) => vocabulary.takesSide(w),
          (w, s) =>
            (vocabulary.synonym(w, s) || sameDerivation(w.surface, s.surface)) && !vocabulary.opposite(w, s),
        );
    const subjectAt = allWords.find((w) => w.term === subjectTerm)?.at;
    structuralChanges(
      changes,
      {
        text,
        tokens,
        pairs,
        unit,
        sources,
        subjectTerm,
        subjectAt,
        vocabulary,
        exact: exact !== null,
        antecedentWords: () => withAntecedent(unit),
        asideEnd: () => asideEndOf(readable, (t) => lexicon.tokensOf(t)),
        parentheticalEnd: () => parentheticalEndOf(readable, (t) => lexicon.tokensOf(t)),
        nounSpanTokens: () => unitTokens(unit),
        clause: unit.text,
        clauseTokens: () => unitTokens(unit),
        negationWord: "not",
        talkedAbout,
        resolveName,
        replacedVerb: () => replacedVerb(pairs, unit.words, subjectTerm, subjectAt, vocabulary),
        replacedWords: () =>
          replacedWords(pairs, unit.words, vocabulary, (at) => at === 0 || tokens[at - 1]?.role === "stop"),
        swappedName: () => swappedName(pairs, unitCapitals(unit)),
      },
      deniedSubject,
    );
    if (exact === null) noteReplacedCause(changes, text, unbackedWords(best));
    const near = matchOf(
      best,
      content,
      swappedKnownParties(pairs, swapped, inArticle, best.containment),
      tuning,
    );
    // A medium, rank, time or share the paragraph does not give, added to words that line up (qualifier.ts), or a
    // condition it does not set (condition.ts), or an exclusion, a hedge or a clause of its own (near-alteration.ts).
    if (exact === null && near.matched && changes.length === 0)
      pushChange(
        changes,
        addedQualifier(pairs, kb.article.paragraphs[unit.paragraph - 1] ?? "") ??
          swappedQuantifier(text, unit.text) ??
          addedCondition(text, kb.article.paragraphs[unit.paragraph - 1] ?? "") ??
          changedOnMatch(
            best,
            tokens,
            text,
            unit.text,
            kb.article.paragraphs[unit.paragraph - 1] ?? "",
            kb.article.paragraphs.join("\n"),
          ) ??
          unbackedCore(pairs, unit.words, text, unit.text, kb.article.paragraphs.join("\n"), vocabulary),
      );
    const matched = exact !== null || (near.matched && !newPredicate(pairs, tokens));
    // "Putin never said X" of what the article reports Putin saying: the denial is the alteration.
    if (matched && frame.negated && speakerOk && changes.length === 0) {
      changes.push({ kind: "negation", claimed: frame.name ?? "", article: "" });
    }
    // A frame's noun or a verb of forcing changed on a claim short of a match (framed-near.ts); an exclusion, a
    // restriction, a hedge or an added tail on one (near-alteration.ts).
    const frameChange =
      exact === null && !matched
        ? (framedNear(best, text, unit.text, kb.article.paragraphs[unit.paragraph - 1] ?? "", tuning) ??
          nearAlteration(best, text, unit.text, kb.article.paragraphs[unit.paragraph - 1] ?? "", tuning))
        : null;
    if (frameChange && !changes.some((c) => c.claimed === frameChange.claimed)) changes.push(frameChange);
    const judged = verdictOf({
      matched,
      // Words found verbatim are matched: nothing in them is said the other way round.
      alteredNear:
        exact === null &&
        (near.alteredNear ||
          frameChange !== null ||
          (!matched && (stanceAlone(best, changes, tuning) || changedNear(best, changes, tuning)))),
      changes,
      speakerOk,
      sameWords: exact !== null || best.containment >= tuning.misattributedAt,
      exact: exact !== null,
    });
    // 'Peskov said the Kremlin "seeks to assist …"': what the claim puts in quotation marks stands in the
    // passage word for word, and the rest (its attribution and subject, a verb of saying: "Putin called the
    // surge “…”") is a fair paraphrase: word for word.
    const quoted =
      judged === "paraphrase" && exact === null && unbackedWords(best).length <= 1
        ? quotedSpan(kb, text, unit)
        : null;
    const verdict = quoted ? "verbatim" : judged;
    const shown = exact ?? quoted;
    return {
      ...base,
      verdict,
      span: { paragraph: unit.paragraph, start: unit.start, end: unit.end, text: unit.text },
      exact: shown ? { start: shown.start, end: shown.end } : null,
      sources,
      voice: sources.some((s) => s.voice === "reported") ? "reported" : "article",
      changes,
      unbacked: unbackedWords(best),
      similarity: {
        containment: roundSimilarity(best.containment),
        coverage: roundSimilarity(best.coverage),
      },
    };
  };

  // A claim read as not in the article is read again without its cause (cause-apart.ts); one party for all of
  // them is altered (one-for-all.ts); an event the article never reports is not in it (new-event.ts); "the last
  // line says "…"" is the article's words at that place (position-frame.ts).
  const checkClaim = judgingCauseApart((input: string) => {
    const typed = input.slice(0, MAX_CLAIM_CHARS);
    // "Hello! Could you confirm whether … Thanks": the manners taken off (polite-frame.ts).
    // "tl;dr quote: …", "FM quote: …", "verbatim: …": the label taken off, a name in it kept (quote-lead-in.ts).
    // "someone pasted me this, is it real: "…"": a chat lead-in naming no one taken off (chat-lead-in.ts).
    // "The piece concludes that …": the article's plain voice (closing-frame.ts).
    // "I read that …", "apparently …", "говорят, что …": where the claim was met, taken off (report-lead-in.ts).
    // "did putin really say …??", "is it true that …", "правда ли, что …": a question of doubt (doubt-frame.ts).
    const text = withoutDoubtFrame(
      withoutClosingFrame(
        withoutReportLeadIn(withoutChatLeadIn(withoutQuoteLeadIn(withoutPoliteFrame(typed)))),
      ),
    );
    // "It was Peskov, not Putin, who …": the statement of the name affirmed (correction.ts).
    // Only a speaker of the article denied: "Russia, not the UN, …" keeps its negation.
    const correction = correctedSpeaker(text);
    const corrected = correction && deniesSpeaker(correction.denied, isRussianText(text)) ? correction : null;
    const affirmed = corrected?.statement ?? text;
    // Chat spelling read as the engine reads a question's: "violance", "gov't", "w/" (chat-typos.ts).
    const read = isRussianText(affirmed)
      ? affirmed
      : readThroughTypos(affirmed, (t) => lexicon.typoFixes(t), familiar);
    // A Russian claim (the one rule, src/lib/script-language.ts) is held against the Russian translations.
    const verdict = isRussianText(read) ? russianCheck(read) : judge(read);
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
  });
  const translations = kb.locales?.ru?.translations ?? new Map<string, string>();
  const translated = [...translations.values()].join("\n");
  const articleAndTranslation = `${kb.article.paragraphs.join("\n")}\n${translated}`;
  // A deed said the other way round in words of its own ("walked away from" for "monopolizing"): contrary-deed.ts;
  // a mention the article says was not made, said to be made (mention-denied.ts).
  const sentences = articleSentences(kb.article.paragraphs, translations, foldForMatch);
  // A figure, a time, a superlative or a group's descriptor its passage does not give: never confirmed.
  const checked = judgingPositionFrame(
    judgingNewEvent(
      judgingClauseApart(
        judgingMentionDenied(
          judgingContraryDeed(
            judgingAbsentParty(
              judgingOneForAll(checkClaim, articleAndTranslation, tuning),
              articleAndTranslation,
              tuning,
            ),
            sentences,
            compileContraryDeeds(kb.contraryDeeds ?? []),
          ),
          sentences,
        ),
      ),
      kb.article.paragraphs,
      translated,
    ),
    kb.article.paragraphs.length,
  );
  // Another voice's sentence reworded under a speaker's frame: misattributed (speaker-moved.ts); a paraphrase no
  // single sentence backs: scattered.ts; a party made the doer of another's deed: party-doer.ts.
  const added = judgingAddedDetail(checked, kb.article.paragraphs, translations);
  return judgingMovedSpeaker(
    judgingPartyDoer(judgingScattered(added, sentences), sentences, kb.parties ?? []),
  );
}

type Claimed = ClaimVerdict["claimedSpeaker"];

/** A name opening a statement, up to its first lower-case word: "Putin ", "The Russian Foreign Ministry ". */
const NAME_OPENING = /^\s*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?=\p{Ll})/u;
/** The article's subject pronoun right before a span, an aside after it allowed ("he also highlights"). */
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:he|she|it|they)\s+(?:also\s+)?$/iu;

/** The speaker a statement opens with ("Peskov criticizes…", "The article itself blames…"), if any. */
function subjectOf(
  tokens: Token[],
  resolveName: (name: string) => ClaimVerdict["claimedSpeaker"],
): ClaimVerdict["claimedSpeaker"] {
  const first = tokens.find((t) => t.role !== "stop");
  if (!first) return null;
  if (first.term.startsWith("@") || ARTICLE_WORDS.has(first.surface)) return resolveName(first.surface);
  return null;
}

/** A subject pronoun opening a statement: "it" in "The Kremlin said it maintains …". */
function withoutPronoun(statement: string): string {
  return statement.replace(/^\s*(?:it|he|she|they|we)\s+/i, "");
}

/** The article's words just before a span negate it: "no" + "mention of …", "failure to" + "address …". */
function negatedBefore(kb: KnowledgeBase, span: { paragraph: number; start: number }): boolean {
  const before = (kb.article.paragraphs[span.paragraph - 1] ?? "").slice(
    Math.max(0, span.start - 40),
    span.start,
  );
  const [last = "", previous = ""] = (before.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).reverse();
  return NEGATORS.has(last) || /n['’]t$/.test(last) || (last === "to" && FAIL_WORDS.has(previous));
}

/** Runs of 3+ words the writer put in quotation marks (an apostrophe inside a word opens and closes nothing). */
const QUOTED_RUN = /(?:^|[^\p{L}])["“”«»„‘’'](\p{L}[^"“”«»„]{0,600}?)["“”«»‘’'](?=$|[^\p{L}])/gu;

/**
 * The span of the passage the claim's quoted words stand in, when every run of them is found word for word in
 * that passage and not right after the article's own negation; null when the claim quotes nothing.
 */
function quotedSpan(
  kb: KnowledgeBase,
  text: string,
  unit: ArticleUnit,
): { paragraph: number; start: number; end: number } | null {
  let first: { paragraph: number; start: number; end: number } | null = null;
  for (const m of text.matchAll(QUOTED_RUN)) {
    const words = m[1]!.trim().split(/\s+/);
    if (words.length < 3) return null;
    const span = findExact(kb, m[1]!);
    if (!span || !contains(unit, span) || negatedBefore(kb, span)) return null;
    first ??= span;
  }
  return first;
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

function contains(unit: ArticleUnit, span: { paragraph: number; start: number; end: number }): boolean {
  return unit.paragraph === span.paragraph && unit.start <= span.start && unit.end >= span.end;
}

/** Lower-cased words written with a capital, bar a common word opening the sentence ("The", "However"). */
function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.slice(0, MAX_CLAIM_CHARS).matchAll(/(^|[^\p{L}])(\p{Lu}[\p{L}'’-]*)/gu)) {
    const word = m[2]!.toLowerCase().replace(/['’]s$/, "");
    if (m.index === 0 && isCommonEnglish(word)) continue;
    out.add(word);
  }
  return out;
}

/** `memo`'s value for `key`, made by `make` the first time. */
function once<K extends object, V>(memo: WeakMap<K, V>, key: K, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    memo.set(key, value);
  }
  return value;
}
