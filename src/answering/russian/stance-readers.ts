// The third part of the Russian readers' list (readers.ts assembles the list; the order is behaviour, each part keeps
// its own): Russia's stance, role and ties as the article words them, and the asker's own framing taken off first — a
// doubting tail, «кто прав», the war named by its sides, «имеет в виду». Read after what is asked (asked-readers.ts)
// and before the parties and their ties (party-readers.ts). What joined when (these were the innermost wrappers
// of the old nested chain, so the first of its readers):
// A doubting tail ("…или это журналюги придумали?") dropped (doubt-asked.ts), officials "есть в статье" read as
// mentioned (present-in-text.ts), Russia's friendship with all read as its ties with both sides (friends-with-all.ts),
// and Putin's support for US policy read as his view of it (opposite-support.ts). (quality-ru31, right after the
// doubt) Russia's view of the war named by its sides loses the sides (war-named-by-sides.ts), one group ("в одном
// формате") is the Quartet (one-group.ts), talking directly is direct dialogue (direct-talk.ts), and what Russia
// offers against the spread is the Foreign Ministry's position (spread-prevention.ts).
// "предлагают или только осуждают" without its tail (proposal-or-only.ts), the Foreign Ministry's view or proposals
// asked as its position (ministry-position.ts), what the Kremlin is doing or up to as its role (kremlin-doing.ts),
// whether Putin spoke of Russia's own role as his silence (own-role-said.ts), blame and proposal asked together read
// as Russia's position (blame-and-proposal.ts), why Putin keeps silent on the Quartet as his silence
// (silence-why.ts); why Moscow stresses its ties read as how it presents itself (stressed-ties.ts), and both sides'
// interests asked of the US read as the compromise acceptable to both (both-interests.ts); "занимает" beside
// "позицию" dropped (position-held.ts); "имеет в виду"/"подразумевает" taken off (meant-words.ts), then "в какой
// связи X упоминает Y" read as what X says of Y (mention-context.ts); "X при чём в статье" / "какое отношение X
// имеет к этому" read as "при чём тут X" (what-to-do-with.ts).

import { asRussianBlameAndProposal } from "./blame-and-proposal.js";
import { withBothSidesCompromise } from "./both-interests.js";
import { asRussianCalledAs } from "./called-as.js";
import { withDirectTalk } from "./direct-talk.js";
import { withoutDoubt } from "./doubt-asked.js";
import { asRussianFriendsWithAll } from "./friends-with-all.js";
import { asRussianKremlinDoing } from "./kremlin-doing.js";
import { asRussianKremlinRole } from "./kremlin-role.js";
import { withoutMeantWords } from "./meant-words.js";
import { asRussianMediatorGrounds } from "./mediator-grounds.js";
import { asRussianMentionContext } from "./mention-context.js";
import { asRussianMinistryPosition } from "./ministry-position.js";
import { asRussianOneGroup } from "./one-group.js";
import { asRussianOnlyOneSide } from "./only-one-side.js";
import { asRussianOppositeSupport } from "./opposite-support.js";
import { asRussianOwnRoleSaid } from "./own-role-said.js";
import { withoutPositionHeld } from "./position-held.js";
import { withPresentAsMentioned } from "./present-in-text.js";
import { withoutOrOnly } from "./proposal-or-only.js";
import { asRussianSelfImage } from "./self-image.js";
import { asRussianSilenceWhy } from "./silence-why.js";
import { asRussianSpreadPrevention } from "./spread-prevention.js";
import { asRussianStressedTies } from "./stressed-ties.js";
import { withoutWarSides } from "./war-named-by-sides.js";
import { asRussianWhatToDoWith } from "./what-to-do-with.js";
import { withoutWhoIsRight } from "./who-is-right.js";

/** The Russian readers of Russia's stance and role, the asker's framing off, in their order within RUSSIAN_READERS. */
export const RUSSIAN_STANCE_READERS: readonly ((text: string) => string)[] = [
  withoutDoubt,
  asRussianCalledAs,
  asRussianOnlyOneSide,
  withoutWhoIsRight,
  withoutWarSides,
  asRussianOneGroup,
  withDirectTalk,
  asRussianSpreadPrevention,
  withPresentAsMentioned,
  asRussianSelfImage,
  asRussianFriendsWithAll,
  asRussianOppositeSupport,
  withoutOrOnly,
  asRussianMinistryPosition,
  asRussianKremlinDoing,
  asRussianOwnRoleSaid,
  asRussianKremlinRole,
  asRussianBlameAndProposal,
  asRussianSilenceWhy,
  asRussianStressedTies,
  // (quality47ru) «На чём Россия основывает претензию быть посредником?»: how Moscow presents itself (mediator-grounds.ts).
  asRussianMediatorGrounds,
  withBothSidesCompromise,
  withoutPositionHeld,
  withoutMeantWords,
  asRussianMentionContext,
  asRussianWhatToDoWith,
];
