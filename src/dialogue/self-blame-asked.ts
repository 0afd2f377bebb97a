// Kind (dialog53, d120-02#3): whether Putin lays any of the blame on Russia itself — "does he say russia's own role
// was part of the problem?", "did putin blame russia too?", "does he admit moscow shares the blame?", "does he
// accept any responsibility for russia?". The article says "Putin makes no mention of Russia's own role in the
// peace process during his remarks": he blames the United States and not Russia, so the answer is No, with that
// card (putin-silent-on-russia-role). The engine had found his charges against the US ("No." above the US, which
// left out the sentence that settles it). Only Putin (or "he") as the one who blames, and Russia as the blamed.
import type { AskedOfLast } from "./asked-of-last.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { oneReplyTurn } from "./kept-context-turn.js";
import type { DialogueTurn } from "./types.js";

const SILENT_ON_ROLE = "putin-silent-on-russia-role";
const VOICE = "(?:he|putin|vladimir putin|the russian (?:leader|president))";
const RUSSIA =
  "(?:russia|moscow|the kremlin|his own country|his country|his own side|his own government|itself)";
const ASKED = new RegExp(
  `^(?:(?:and|so|but|ok|okay|then|wait)[, ]+)*(?:does|did|has|is|was) ${VOICE} (?:also |ever |even |at all )?(?:say|said|admit\\p{L}*|acknowledg\\p{L}*|accept\\p{L}*|conced\\p{L}*|think\\p{L}*|suggest\\p{L}*|blam\\p{L}*|fault\\p{L}*|critici[sz]\\p{L}*|point\\p{L}* (?:a|the) finger at|hold\\p{L}*)(?: that)? (?:(?:any|some|part of the) (?:blame|responsibility|fault) (?:on|for|to) )?(?:${RUSSIA}|russia'?s(?: own)? (?:role|part|policy|policies|actions|share))(?:'s)?(?: own)?(?: role| part| policy| actions)?(?: (?:was|is|as|were|has been))?(?: (?:too|also|as well|either|partly|at all))?(?: (?:(?:part of|partly to blame for|to blame for|responsible for|behind) the (?:problem|crisis|violence|conflict|failure)|(?:part of )?the problem|(?:partly )?to blame|responsible|shares? (?:the |any |some )?(?:blame|responsibility)|at fault|for (?:it|that|this|the (?:violence|crisis|failure)))(?: too| as well| also)?)?\\s*\\??$`,
  "u",
);
/** Some word of blame or fault in it: "does he say russia's role" alone asks nothing of blame. */
const BLAME =
  /(?<!\p{L})(?:blam\p{L}*|fault\p{L}*|criticis\p{L}*|criticiz\p{L}*|problem|responsib\p{L}*|finger|behind|admit\p{L}*)(?!\p{L})/u;

export function selfBlameAskedTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { folded, context, ru } = ask;
  if (ru || folded.length > 120 || !ASKED.test(folded) || !BLAME.test(folded)) return null;
  const card = kit.engine.answerForEntry(SILENT_ON_ROLE, ask.lang);
  if (!card?.answered) return null;
  return oneReplyTurn(
    ask.lang,
    answerReply(card, { followUp: "pronoun", asked: ask.text, verdict: "no", verdictSource: "article-text" }),
    { ...context, entryId: SILENT_ON_ROLE, question: card.title, verdict: "no" },
  );
}
