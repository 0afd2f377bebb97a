// Kind: whether a voice links the violence to a failure — "so he links the new wave of violence to that?", "does putin
// connect the recent escalation with it?", "does he tie the bloodshed to washington's failure?", «и он с этим
// связывает новый всплеск насилия?». The evidence's quote has the surge as the sign of the failure ("the latest
// surge in violence is a clear indication of the failure of US policy"): that sentence is the link, so Yes. Read
// alone, the checker matched "new wave" with the Russian government's "long-standing ties" in another paragraph
// and read an opposite: a No above the very line that says Yes (d77-04#3). Only where the linked thing is a
// pronoun (the last answer's point, which the engine followed to this entry), a failure, or a party the same quote
// names; the voice asked must be the quote's (a pronoun or its name); never negated, never narrowed ("only").
import type { Answer, Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { lean } from "../lib/lean-regexp.js";
import type { SpeakerNames } from "./speakers.js";

const LINK = lean(
  /(?<!\p{L})(?:link\p{L}*|connect\p{L}*|tie|ties|tied|tying|relat(?:e|es|ed|ing)|attribut\p{L}*|associat\p{L}*|trac(?:e|es|ed|ing)|put(?:s|ting)? (?:it |this |that )?down to|chalk\p{L}* (?:it |this |that )?up to|связыва\p{L}*|связал\p{L}*|связан\p{L}*|увязыва\p{L}*|объясня\p{L}*)(?!\p{L})/u,
);
const VIOLENCE = lean(
  /(?<!\p{L})(?:violence|escalat\p{L}*|flare[- ]?ups?|surge|upsurge|spike|wave|bloodshed|fighting|насили\p{L}*|эскалац\p{L}*|обострени\p{L}*|вспышк\p{L}*|всплеск\p{L}*|волн\p{L}*)(?!\p{L})/u,
);
/** The violence given as caused by the thing asked: "is the flare-up bc of their policy failing?", «из-за этого». */
const CAUSED = lean(
  /(?<!\p{L})(?:because of|bc of|cuz of|cause of|due to|caused by|(?:the )?results? of|result(?:s|ed)? from|comes? from|came from|stems? from|из-за|вызван\p{L}*|следстви\p{L}*)(?!\p{L})/u,
);
/** The linked thing pointed back to, or named as a failure. */
const LINKED = lean(
  /(?<!\p{L})(?:(?:to|with|of|from|by) (?:that|it|this|those|them)|из-за (?:этого|того|этой|нее|неё|него|них)|fail\p{L}*|flop\p{L}*|policy|policies|с этим|с тем|с этой|с ней|с ним|с ними|провал\p{L}*|неудач\p{L}*|политик\p{L}*)(?!\p{L})/u,
);
const NEGATED_OR_NARROWED =
  /(?<!\p{L})(?:not|never|no|only|solely|alone|entirely|не|ни|только|лишь)(?!\p{L})|n't(?!\p{L})/u;
const SURGE_QUOTED = /(?<!\p{L})(?:surge|escalat\p{L}*) (?:in|of) violence(?!\p{L})/u;
const FAILURE_QUOTED = /(?<!\p{L})fail\p{L}*(?!\p{L})/u;
/** The sides of the violence and the place it is in are no party the link is asked of. */
const SCENE = new Set(["russia", "gaza", "israel", "hamas", "palestinians", "both"]);

/** Yes when the evidence's quote gives the violence as the sign of a failure the question links it to; else null. */
export function linkVerdict(
  folded: string,
  lang: Lang,
  answer: Answer,
  speakers: SpeakerNames,
  parties: Parties,
): "yes" | null {
  const q = folded.toLowerCase().replace(/ё/g, "е");
  const caused = CAUSED.test(q);
  if (!answer.answered || !(caused || LINK.test(q)) || !VIOLENCE.test(q) || !LINKED.test(q)) return null;
  if (NEGATED_OR_NARROWED.test(q)) return null;
  const link = answer.quotes.find(
    (x) => SURGE_QUOTED.test(x.text.toLowerCase()) && FAILURE_QUOTED.test(x.text.toLowerCase()),
  );
  if (!link) return null;
  // The voice: none named but the quote's own ("he", "putin").
  if (speakers.namedIn(q).some((s) => s.id !== link.speakerId)) return null;
  // A party the link is asked of ("to washington's failure") must be the one the quote names.
  const inQuote = new Set(partyMentions(parties, link.text.toLowerCase()).map((m) => m.id));
  // Asked as a cause ("bc of israel's policy"), every party named is the cause's, none the scene's.
  const asked = partyMentions(parties, q).filter((m) => caused || !SCENE.has(m.id));
  return asked.every((m) => inQuote.has(m.id)) && lang.length > 0 ? "yes" : null;
}
