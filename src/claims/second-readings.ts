// Second readings of the checker's verdict. A claim read as not in the article, looked at past the checker's
// passage: a failure said to be meant (intended-failure.ts), one party where a sentence has all
// (one-for-all-sentence.ts); talks read as the article's dialogue (talks-as-dialogue.ts); each only turns it
// into "altered". An altered claim that is only a contact with a name the article never gives: not in the
// article (contact-news.ts). A confirmed claim putting a relation's qualifier ("long-standing ties") on a party the
// article's qualified relation is not with: altered (qualified-relation.ts). None confirms.

import type { Parties } from "../knowledge/parties.js";
import { judgingContactNews } from "./contact-news.js";
import type { Sentence } from "./contrary-deed.js";
import { judgingIntendedFailure } from "./intended-failure.js";
import { judgingOneForAllSentence } from "./one-for-all-sentence.js";
import { judgingQualifiedRelation } from "./qualified-relation.js";
import { judgingTalksAsDialogue } from "./talks-as-dialogue.js";
import type { ClaimChecker } from "./types.js";

export function judgingSecondReadings(
  check: ClaimChecker,
  sentences: readonly Sentence[],
  parties: Parties,
): ClaimChecker {
  const reread = judgingTalksAsDialogue(
    judgingOneForAllSentence(judgingIntendedFailure(check, sentences), sentences, parties),
  );
  return judgingQualifiedRelation(judgingContactNews(reread, sentences), sentences, parties);
}
