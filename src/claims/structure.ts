// The readers of a claim's structure against its passage, in the one order both languages use: a negation left
// loose, a stance or noun replaced, a predicate borrowed from another actor, roles swapped, a coordinate dropped,
// "only" the one included, an "every time" added, a future the passage does not give, the subject denied, a speaker added. Each language gives
// what differs: its clause, its nouns, its negation word and its own extra readers.
import type { Token } from "../answering/lexicon.js";
import { restrictedAlso } from "./also-restricted.js";
import { droppedAppearance, raisedMembership } from "./appearance.js";
import { addedCause, addedMoney } from "./cause.js";
import { looseNegation } from "./changes.js";
import type { Word } from "./claim-words.js";
import { replacedContact } from "./contact.js";
import { addedImpossibility, changedCount } from "./counts.js";
import { reversedMovement, reversedRelation } from "./direction.js";
import { addedAchievement, forcedIntent, replacedAfterFrame, swappedParty } from "./framing.js";
import { addedManner } from "./manner.js";
import type { Pair } from "./match.js";
import { mediatedForDirect } from "./mediated.js";
import { type NounGrammar, replacedNoun } from "./nouns.js";
import { changedBlame, changedParty } from "./parties.js";
import { privativeOpposite } from "./privative.js";
import { addedWhole, reversedCause } from "./quantity-and-cause.js";
import { borrowedPredicate } from "./reading.js";
import { replacedStance } from "./replaced-words.js";
import { swappedResidence } from "./residence.js";
import { swappedRoles } from "./roles.js";
import { addedEveryTime, droppedCoordinate, narrowedToIncluded } from "./scope.js";
import { slotSwapped } from "./slot.js";
import { subjectFromObject } from "./subject-moved.js";
import { movedToFuture } from "./tense.js";
import type { ClaimChange, ClaimSource, ClaimVerdict } from "./types.js";
import type { ArticleUnit } from "./units.js";
import { addedSpeaker } from "./verdict.js";
import type { ClaimVocabulary } from "./vocabulary.js";
import { addedWanting } from "./wanting.js";

export interface StructureInput {
  /** The claim as typed (its "only", "every time", added names are read on it). */
  text: string;
  tokens: Token[];
  pairs: Pair[];
  unit: ArticleUnit;
  sources: ClaimSource[];
  subjectTerm: string | null;
  subjectAt: number | undefined;
  vocabulary: ClaimVocabulary;
  /** The words stand in the article verbatim: only a swapped name, a denied subject or an added speaker count. */
  exact: boolean;
  /** The passage's words with the sentence a relative clause hangs on ("which" → whom it stands for). */
  antecedentWords: () => Word[];
  /** Where an aside of the claim ends ("Putin, who criticizes Washington, monopolized …"), -1 for none. */
  asideEnd: () => number;
  /** Where any comma aside after the claim's subject ends ("Israel, for its part, keeps …"), -1 for none. */
  parentheticalEnd?: () => number;
  /** The passage's tokens a replaced noun is looked for in. */
  nounSpanTokens: () => Token[];
  nounGrammar?: NounGrammar;
  /** The passage clause scope readers hold the claim against, and its tokens. */
  clause: string;
  clauseTokens: () => Token[];
  /** The passage's whole sentence (a Russian unit's whole translation), for readers of who it is about. */
  sentence?: string;
  /** The whole sentence a passage cut short of its opening stands in ("the United Nations, and …" of "Alongside
   * the US, the United Nations, …"): a party it names is no party the claim swapped in. */
  wholeSentence?: () => string;
  /** "not" / "не": how a denied subject is named in the change. */
  negationWord: string;
  talkedAbout: ReadonlySet<string>;
  resolveName: (name: string) => ClaimVerdict["claimedSpeaker"];
  /** A language's own readers: a verb replaced after a stance, qualifying words replaced, a name moved. */
  replacedVerb?: () => ClaimChange | null;
  replacedWords?: () => ClaimChange[];
  swappedName?: () => ClaimChange | null;
}

/** Appends to `changes` what the claim's structure changes against the passage; the denied subject as found. */
export function structuralChanges(
  changes: ClaimChange[],
  input: StructureInput,
  deniedSubject: Word | undefined,
): void {
  const { text, tokens, pairs, unit, sources, subjectTerm, subjectAt, vocabulary, exact } = input;
  const push = (change: ClaimChange | null) => {
    if (change) changes.push(change);
    return change;
  };
  if (!exact) push(looseNegation(pairs, unit.words, subjectTerm));
  // A word denying the passage's own by a privative affix: "бесспорна" of "не без споров" (privative.ts).
  if (!exact) push(privativeOpposite(pairs, unit.words));
  const rewritten = exact
    ? null
    : (replacedStance(pairs, unit.words, vocabulary) ?? input.replacedVerb?.() ?? null);
  if (rewritten) changes.push(rewritten);
  else if (!exact) {
    changes.push(...(input.replacedWords?.() ?? []));
    // Checked only when no qualifying word was found replaced: one change names what the claim swaps.
    if (changes.length === 0)
      push(replacedNoun(pairs, unit.words, tokens, input.nounSpanTokens, vocabulary, input.nounGrammar));
  }
  const borrowed = exact
    ? null
    : push(borrowedPredicate(pairs, input.antecedentWords(), subjectTerm, subjectAt, input.asideEnd()));
  const reversed =
    exact || borrowed
      ? null
      : push(
          swappedRoles(
            pairs,
            unit.words,
            sources,
            subjectTerm,
            subjectAt,
            tokens.map((t) => t.surface),
          ),
        );
  if (!reversed && input.swappedName) push(input.swappedName());
  // A name the passage has after the deed made its doer (subject-moved.ts).
  if (!exact && !borrowed && !reversed)
    push(subjectFromObject(pairs, unit.words, text, subjectTerm, input.parentheticalEnd?.() ?? -1));
  const narrowed = exact
    ? null
    : push(droppedCoordinate(tokens, pairs, input.clauseTokens, unit.words, input.clause));
  if (!exact && !narrowed) push(narrowedToIncluded(text, input.clause) ?? restrictedAlso(text, input.clause));
  if (!exact) push(addedEveryTime(text, input.clause));
  if (!exact) {
    const lined = new Set(pairs.flatMap((p) => (p.span ? [p.span.surface.toLowerCase()] : [])));
    push(droppedAppearance(text, input.clause, lined));
    push(raisedMembership(text, input.clause));
    push(addedCause(text, input.clause));
    // A whole put on one thing or some, a cause said the other way round (quantity-and-cause.ts).
    push(
      addedWhole(text, input.sentence ?? input.clause) ?? reversedCause(text, input.sentence ?? input.clause),
    );
    push(addedMoney(text, input.clause));
    push(addedWanting(text, input.clause));
    push(movedToFuture(text, input.clause));
    push(replacedContact(text, input.clause));
    push(changedCount(text, input.clause));
    push(addedImpossibility(text, input.clause));
    const sentence = input.sentence ?? input.clause;
    push(changedParty(text, sentence) ?? changedBlame(text, sentence) ?? addedManner(text, sentence));
    // Whose people live where, origin and home swapped (residence.ts).
    push(swappedResidence(text, sentence));
    // A go-between where the passage says "direct" (mediated.ts).
    push(mediatedForDirect(text, sentence));
    // A relation or a movement said the other way round (direction.ts).
    push(reversedRelation(text, sentence) ?? reversedMovement(text, sentence));
    // A party, a first time, a framed noun or a verb of intent of the claim's own (framing.ts).
    if (changes.length === 0)
      push(
        swappedParty(text, sentence, input.wholeSentence?.()) ??
          addedAchievement(text, sentence) ??
          replacedAfterFrame(text, sentence) ??
          forcedIntent(text, sentence),
      );
  }
  // Whatever reader missed it: a word of the claim's own in the slot of a word of the passage (slot.ts).
  if (!exact && changes.length === 0) push(slotSwapped(pairs, unit.words, text, input.clause, vocabulary));
  if (deniedSubject)
    changes.push({
      kind: "negation",
      claimed: `${input.negationWord} ${deniedSubject.surface}`,
      article: deniedSubject.surface,
    });
  push(addedSpeaker(text, unit, sources, input.talkedAbout, input.resolveName));
}
