// Two yes/no shapes about a known role or a closed list, read as the question whose answer settles them
// (readers.ts applies them to the question only):
// - whether a person holds a role ("is peskov the russian president", "is erdogan the russian leader", "is dmitry
//   peskov russia's president"): who that person is — the role the article gives them, which the dialogue's
//   identity reader (dialogue/identity.ts) turns into a Yes or No; read as typed, the role's words ("president")
//   find the entry about whoever holds it, or nothing;
// - whether a party belongs to a group ("is japan part of the quartet", "does the quartet include turkey", "is the
//   eu one of the quartet members"): who is in the group — its members, against which the asked party is judged;
//   an unknown party's name would refuse the question as outside the article.

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

/** A group the article lists the members of, by its name. */
const GROUP = "(?:the\\s+)?(?:middle\\s+east\\s+)?quartet";
const IN_GROUP = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:is|are|was|were)\\s+(?:[\\w.'-]+\\s+){1,4}?(?:part\\s+of|in|a\\s+member\\s+of|members\\s+of|one\\s+of(?:\\s+the\\s+members\\s+of)?|among(?:\\s+the\\s+members\\s+of)?|included\\s+in|inside)\\s+${GROUP}(?:\\s+members?)?(?:\\s+(?:too|as\\s+well))?\\s*$`,
  "i",
);
const GROUP_INCLUDES = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:does|did|do)\\s+${GROUP}\\s+(?:include|contain|have|count)\\s+(?:[\\w.'-]+\\s*){1,4}?(?:\\s+(?:too|as\\s+a\\s+member|among\\s+its\\s+members))?\\s*$`,
  "i",
);

/** Words one edit from the name that are words of their own ("is X in the quarter?"). */
const REAL_WORDS = new Set(["quarter", "quarters", "quartz"]);

/** The group's name typed with a slip ("qaurtet", "qartet", "quartett"): one edit from it, read as the name. */
const groupSlipsMended = (text: string) =>
  text.replace(/\bq\p{L}{4,7}\b/giu, (w) =>
    !REAL_WORDS.has(w.toLowerCase()) && editDistance(w.toLowerCase(), "quartet", 1) <= 1 ? "quartet" : w,
  );

/** The question as the plainer one it asks, or as it came. */
export function asRoleOrMembership(s: string): string {
  const text = groupSlipsMended(s.replace(/[?!.]+\s*$/, "").replace(/[\u2018\u2019]/g, "'"));
  const person = HOLDS_ROLE.exec(text);
  if (person) return `who is ${person[1]}`;
  if (IN_GROUP.test(text) || GROUP_INCLUDES.test(text)) return "who is in the quartet";
  return s;
}
