// The last part of the Russian readers' list (readers.ts assembles the list; the order is behaviour, each part keeps
// its own): the parties, the calls and Russia's ties — a role or office asked, a group's membership, a call checked by
// name, ties with a group or a pair, relations with both sides, a speaker's own demand, whom Putin blames. Read after
// Russia's stance (stance-readers.ts). What joined when:
// The office of one of the story's people asked ("кто по должности эрдоган") read as who they are (role-asked.ts), a
// bare plural "мирные" read as the civilians (bare-civilians.ts), "конкретно" beside a verb of demanding dropped
// (specific-demand.ts); a group's membership (membership.ts), a call checked by name (phone-check.ts), Russia's ties
// asked with a group the article never names (ties-with-group.ts), Russia's relations with both sides named
// (relations-both.ts), whether the fighting should go on (fighting-on.ts), a stance against a speaker's own demand
// (own-demand.ts) and whom Putin blames, checked with another party (blamed-party.ts).
// (quality-ru50) The call asked of another voice is the call (other-caller.ts). (quality29) Who was in touch with
// Putin reads as whom he spoke to by phone (in-touch-with.ts).
// (quality-r2-32) A summary asked of one voice's position reads as that position (voice-summary.ts); plain support of a
// voice's own demand («выступает за», «поддерживает») as the demand (own-demand.ts).

import { asRussianConcernOrBlame } from "../concern-or-blame.js";
import { asRussianOtherMediators } from "../other-mediators.js";
import { asRussianTieReason } from "../tie-reason.js";
import { withCiviliansNamed } from "./bare-civilians.js";
import { withBareMinistryAsForeign } from "./bare-ministry.js";
import { asRussianBlameCheck } from "./blamed-party.js";
import { asRussianCloseSide, asRussianSidesDealt } from "./close-side.js";
import { asRussianFearedEscalation } from "./feared-escalation.js";
import { asRussianFightingOn } from "./fighting-on.js";
import { asRussianInTouchWith } from "./in-touch-with.js";
import { asRussianMembership } from "./membership.js";
import { asRussianMentionWhy } from "./mention-why.js";
import { asRussianOtherCaller } from "./other-caller.js";
import { asRussianOwnDemand } from "./own-demand.js";
import { asRussianPairTies } from "./pair-ties.js";
import { asRussianPhoneCheck } from "./phone-check.js";
import { asRussianRelationsBoth, asRussianSidesDispute } from "./relations-both.js";
import { asRussianRoleAsked } from "./role-asked.js";
import { withoutSpecificDemand } from "./specific-demand.js";
import { asRussianContactWithPalestinians, asRussianTiesWithGroup } from "./ties-with-group.js";
import { asRussianVoiceSummary } from "./voice-summary.js";

/** The Russian readers of the parties, calls and ties, in their order within RUSSIAN_READERS. */
export const RUSSIAN_PARTY_READERS: readonly ((text: string) => string)[] = [
  asRussianRoleAsked,
  withCiviliansNamed,
  withoutSpecificDemand,
  asRussianMembership,
  asRussianPhoneCheck,
  asRussianOtherCaller,
  asRussianInTouchWith,
  asRussianTieReason,
  asRussianTiesWithGroup,
  asRussianPairTies,
  asRussianCloseSide,
  asRussianSidesDealt,
  asRussianContactWithPalestinians,
  asRussianRelationsBoth,
  asRussianSidesDispute,
  asRussianFightingOn,
  asRussianOwnDemand,
  asRussianVoiceSummary,
  asRussianOtherMediators,
  asRussianConcernOrBlame,
  asRussianFearedEscalation,
  asRussianBlameCheck,
  asRussianMentionWhy,
  withBareMinistryAsForeign,
];
