// Two yes/no shapes about a known role or a closed list, read as the question whose answer settles them
// (readers.ts applies them to the question only):
// - whether a person holds a role ("is peskov the russian president", "is erdogan the russian leader", "is dmitry
//   peskov russia's president"): who that person is — the role the article gives them, which the dialogue's
//   identity reader (dialogue/identity.ts) turns into a Yes or No; read as typed, the role's words ("president")
//   find the entry about whoever holds it, or nothing;
// - whether a party belongs to a group ("is japan part of the quartet", "does the quartet include turkey", "is the
//   eu one of the quartet members"): who is in the group — its members, against which the asked party is judged;
//   an unknown party's name would refuse the question as outside the article.

import { latin1Viewer } from "../lib/latin1-view.js";
import { leanRegExp } from "../lib/lean-regexp.js";
import { editDistance } from "./typos.js";

/** The story's people, by the names a reader types. */
const PERSON =
  "(?:(?:vladimir\\s+)?putin|(?:dmitry\\s+|dmitri\\s+)?peskov|(?:recep\\s+(?:tayyip\\s+)?)?erdogan)";
/** The offices a role question asks about (an opinion, "is putin a liar", is not a role). */
const OFFICE =
  "(?:president|leader|head\\s+of\\s+state|prime\\s+minister|premier|foreign\\s+minister|minister|spokes(?:man|woman|person)|press\\s+secretary|chancellor|king|ruler|official)";
const HOLDS_ROLE = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+)?(?:is|was|isn't|wasn't)\\s+(${PERSON})\\s+(?:really\\s+|actually\\s+)?(?:the|a|an|russia's|turkey's|the\\s+kremlin's)\\s+(?:[\\w-]+\\s+){0,2}?${OFFICE}(?:\\s+of\\s+\\w+)?(?:\\s+(?:then|though|or\\s+not))?\\s*$`,
  "i",
);

/** A tag asking to confirm a statement ("…, right?", "…, isn't he?", "…, correct?"). */
const TAG =
  "(?:\\s*,?\\s*(?:right|correct|yes|yeah|no|true|innit|eh|isn'?t\\s+(?:he|it|that\\s+so)|wasn'?t\\s+he|doesn'?t\\s+he|didn'?t\\s+he|is\\s+that\\s+(?:right|correct|so)|am\\s+i\\s+right))";
/** A person's role stated and tagged ("erdogan is the iranian president, right", "erdogan is syria's leader, isn't he"). */
const STATES_ROLE = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+)?(${PERSON})\\s+(?:is|was|'s)\\s+(?:really\\s+|actually\\s+)?(?:the|a|an|[\\w-]+'s)\\s+(?:[\\w-]+\\s+){0,2}?${OFFICE}(?:\\s+of\\s+\\w+)?${TAG}\\s*$`,
  "i",
);
/** A person said to run a country, asked to confirm ("erdogan runs iran, doesn't he", "does erdogan lead iran"). */
const RUNS_COUNTRY = leanRegExp(
  `^\\s*(?:(?:so\\s+|and\\s+|but\\s+)?(${PERSON})\\s+(?:runs|leads|rules|governs|heads)\\s+[\\w-]+${TAG}|(?:so\\s+|and\\s+)?(?:does|did)\\s+(${PERSON})\\s+(?:run|lead|rule|govern|head)\\s+[\\w-]+)\\s*$`,
  "i",
);

/**
 * A group the article lists the members of, by its name; "that Quartet thing", "the Quartet group" too (a vague
 * noun after the name is no other group).
 */
const GROUP =
  "(?:(?:the|that|this)\\s+)?(?:middle\\s+east\\s+)?quartet(?:\\s+(?:thing|thingy|group|grouping|club|bloc|body|format|setup|alliance|outfit))?";
/**
 * The article named after the group ("the quartet mentioned in the piece", "the quartet the text mentions", "the
 * quartet in the article"): the same group, not a party of its own.
 */
const IN_TEXT =
  "(?:\\s+(?:(?:that|which)\\s+)?(?:(?:is|was)\\s+)?(?:(?:mentioned|named|listed|described|cited|discussed|referred\\s+to)\\s+)?(?:in|by|from)\\s+(?:this|the|that)\\s+(?:piece|article|text|story|report)|\\s+(?:(?:that|which)\\s+)?(?:this|the)\\s+(?:piece|article|text|story|report)\\s+(?:mentions|names|lists|describes|talks\\s+about))?";
const IN_GROUP = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:is|are|was|were)\\s+(?:[\\w.'-]+\\s+){1,4}?(?:part\\s+of|in|a\\s+member\\s+of|members\\s+of|one\\s+of(?:\\s+the\\s+members\\s+of)?|among(?:\\s+the\\s+members\\s+of)?|included\\s+in|inside)\\s+${GROUP}(?:\\s+members?)?${IN_TEXT}(?:\\s+(?:too|as\\s+well))?(?:\\s+or\\s+(?:not|what))?\\s*$`,
  "i",
);
/** "does japan belong to the quartet (or not)?" */
const BELONGS_TO_GROUP = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:does|do|did)\\s+(?:[\\w.'-]+\\s+){1,4}?(?:really\\s+|actually\\s+)?(?:belong\\s+to|sit\\s+in|take\\s+part\\s+in)\\s+${GROUP}${IN_TEXT}(?:\\s+(?:too|as\\s+well))?(?:\\s+or\\s+(?:not|what))?\\s*$`,
  "i",
);
const GROUP_INCLUDES = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:does|did|do)\\s+${GROUP}${IN_TEXT}\\s+(?:include|contain|have|count)\\s+(?:[\\w.'-]+\\s*){1,4}?(?:\\s+(?:too|as\\s+a\\s+member|among\\s+its\\s+members))?\\s*$`,
  "i",
);

/** Words one edit from the name that are words of their own ("is X in the quarter?"). */
const REAL_WORDS = new Set(["quarter", "quarters", "quartz"]);

/** The group's name typed with a slip ("qaurtet", "qartet", "quartett"): one edit from it, read as the name. */
const groupSlipsMended = (text: string) =>
  text.replace(/\bq\p{L}{4,7}\b/giu, (w) =>
    !REAL_WORDS.has(w.toLowerCase()) && editDistance(w.toLowerCase(), "quartet", 1) <= 1 ? "quartet" : w,
  );

/**
 * The question with its characters above U+00FF made one (lib/latin1-view.ts): tests, and the person's capture,
 * which holds ASCII only.
 */
const view = latin1Viewer([
  HOLDS_ROLE,
  STATES_ROLE,
  RUNS_COUNTRY,
  IN_GROUP,
  BELONGS_TO_GROUP,
  GROUP_INCLUDES,
]);

/** The question as the plainer one it asks, or as it came. */
export function asRoleOrMembership(s: string): string {
  const text = view(groupSlipsMended(s.replace(/[?!.]+\s*$/, "").replace(/[\u2018\u2019]/g, "'")));
  const person = HOLDS_ROLE.exec(text);
  if (person) return `who is ${person[1]}`;
  const stated = STATES_ROLE.exec(text);
  if (stated) return `who is ${stated[1]}`;
  const runs = RUNS_COUNTRY.exec(text);
  if (runs) return `who is ${runs[1] ?? runs[2]}`;
  if (IN_GROUP.test(text) || BELONGS_TO_GROUP.test(text) || GROUP_INCLUDES.test(text))
    return "who is in the quartet";
  return s;
}

/** The Quartet's members by the names a reader types (Putin and the Kremlin stand for Russia). */
const MEMBER =
  /\b(?:russia|russian|russians|moscow|kremlin|putin|us|u\.s|usa|united\s+states|america|american|americans|washington|un|u\.n|united\s+nations|eu|e\.u|european\s+union|europe|brussels)\b/i;
/** A party asked of by a pronoun or a question word: whom it stands for is not known here. */
const UNNAMED = /\b(?:it|they|he|she|that|this|them|who|whom|which|what|anyone|anybody|someone|others?)\b/i;

/**
 * Whether a group's membership is asked, yes/no, of a party that is none of its members ("is turkey in the
 * quartet", "does the quartet include iran"): the list answers it, and the answer to the question asked is No (wave
 * AN: the members were listed without it). A party by pronoun, or any member named, is not judged here.
 */
export function nonMemberAsked(s: string): boolean {
  if (asRoleOrMembership(s) !== "who is in the quartet") return false;
  const text = groupSlipsMended(s).replace(/\bquartet\b|\bthe\s+article\b/gi, " ");
  return !MEMBER.test(text) && !UNNAMED.test(text);
}
