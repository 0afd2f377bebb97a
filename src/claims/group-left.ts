// (claims40) A member said to leave, head or found its group, in a claim too short to line up as a match: "Russia
// quit the Quartet", "Moscow has left the Quartet", "Russia leads the Quartet", "… is the head of the Quartet" of ¶4's "Russia has been part of the
// Quartet". The member is the claim's speaker, so only the group and the verb are left to line up, the claim falls
// short of the passage, and it read as not in the article; «Россия вышла из квартета» (longer in Russian) and "The
// EU has withdrawn from the Quartet" were altered. A not-in-article claim shown on a sentence of membership
// (appearance.ts's MEMBERSHIP), naming that group after a verb of leaving, heading or founding, with nothing
// unbacked but that verb and no other actor, is that sentence altered.
import { MEMBERSHIP } from "./appearance.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** (verdict51) Leaving in a phrase the checker's word lists miss, a claim of which read as confirmed ("The United
 * Nations walked out of the Quartet": paraphrase, only "walked" unbacked): "walked / stormed / dropped / bowed /
 * stepped / backed out of", "walked / broke away from", "broke with", and the group's first word after it. */
const WALKED_OUT =
  /(?<!\p{L})(?:(?:walk|storm|dropp?|bow|stepp?|back|opt)(?:s|ed|ing)?\s{1,3}out\s{1,3}of|(?:walk(?:s|ed|ing)?|broke|breaks?|breaking)\s{1,3}(?:away\s{1,3}from|with))\s{1,3}(?:the\s{1,3})?(?:middle\s{1,3}east\s{1,3})?[«"“]?(\p{L}+)/iu;

/** A verb of leaving, heading or founding a group, and the group's first word after it. */
const LEAVES_OR_HEADS =
  /(?<!\p{L})(withdr[ae]wn?|withdraws?|withdrawing|quit|quits|quitting|exit(?:s|ed|ing)?|left|leaves?|leaving|lead|leads|led|leading|heads?|headed|heading|chair(?:s|ed)?|runs?|ran|founded|created|established|leader|founder|вышл[аи]|вышел|покинул[аи]?|возглав\p{L}*|основал\p{L}*|создал\p{L}*)\s{1,3}(?:(?:from|out\s{1,3}of|of|из)\s{1,3})?(?:the\s{1,3})?(?:middle\s{1,3}east\s{1,3}|ближневосточн\p{L}*\s{1,3})?[«"“]?(\p{L}+)/iu;

/** The checker, a member's leaving or heading of its group read as the membership sentence altered. */
export function judgingGroupLeft(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.span === null) return verdict;
    const member = MEMBERSHIP.exec(verdict.span.text);
    if (confirms(verdict.verdict)) {
      const walked = WALKED_OUT.exec(text);
      if (!member || !walked || !walked[1]!.toLowerCase().startsWith(member[1]!.toLowerCase().slice(0, 5)))
        return verdict;
      return {
        ...verdict,
        verdict: "altered",
        exact: null,
        changes: [{ kind: "replaced", claimed: walked[0], article: member[0] }],
      };
    }
    if (verdict.verdict !== "not-in-article") return verdict;
    const moved = LEAVES_OR_HEADS.exec(text);
    if (!member || !moved) return verdict;
    const group = member[1]!.toLowerCase().slice(0, 5);
    if (!moved[2]!.toLowerCase().startsWith(group)) return verdict;
    // Nothing of the claim's own but the verb ("withdrew", read so from "left" and "pulled out of"), no other actor.
    const verb = moved[1]!.toLowerCase();
    const own = verdict.unbacked.filter(
      (w) =>
        !/^(?:withdr|quit|exit|left|leav|lead|led|head|chair|run|ran|found|creat|establ|вышл|вышел|покин|возглав|основ|созда)/iu.test(
          w,
        ),
    );
    if (own.length > 0 || verdict.changes.some((c) => c.kind === "actor")) return verdict;
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes:
        verdict.changes.length > 0
          ? verdict.changes
          : [{ kind: "replaced", claimed: verb, article: member[0] }],
    };
  };
}
