// Kind: a yes/no question whether a voice blames a party for the violence itself — "did putin say the US is to
// blame for the latest flare-up?", "is america responsible for the current escalation, in his view?", «путин
// винит США в эскалации?», the passive "is the us being blamed for the latest flare up" / «на США возлагают вину
// за вспышку?». The evidence has the blame on that party ("directs blame towards the United States for
// its failed policy") and, in another of its quotes, the surge of violence as the sign of that party's failure
// ("the latest surge in violence is a clear indication of the failure of US policy"): together they say it, so
// Yes. The checker alone reads the violence as a cause put in place of the policy (altered, a false No) or the
// blame as a stance the surge's sentence lacks (doesn't say). Only where both quotes name the asked party; a
// party blamed "alone", "for everything" or one the evidence does not blame is left to the other readers.
import type { Answer, Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";

const BLAME_ASKED =
  /(?<!\p{L})(?:blam\p{L}*|fault\p{L}*|responsib\p{L}*|culprit\p{L}*|вин(?:ит|ят|ил|ова)\p{L}*|вину|обвин\p{L}*|ответствен\p{L}*)(?!\p{L})/u;
// "for the war", "for gaza", «в этой войне»: the violence by the chat's names for it (dialog32, d66-21).
// «в происходящем», "for what's happening": the events themselves (dialog35).
const VIOLENCE_ASKED =
  /(?<!\p{L})(?:violence|what(?:'s| is) (?:happening|going on)|происходящ\p{L}*|escalat\p{L}*|flare[- ]?ups?|surge|upsurge|spike|bloodshed|fighting|war|conflict|crisis|mess|gaza|насили\p{L}*|эскалац\p{L}*|обострени\p{L}*|вспышк\p{L}*|всплеск\p{L}*|войн\p{L}*|конфликт\p{L}*|кризис\p{L}*)(?!\p{L})/u;
/** A blame widened or narrowed past what the evidence says: other readers' (blame-scope.ts). */
const SCOPED =
  /(?<!\p{L})(?:alone|only|solely|entirely|everything|every|all the|always|too|as well|also|тоже|также|только|лишь|во вс[её]м|всегда|целиком)(?!\p{L})/u;
const NEGATED = /(?<!\p{L})(?:not|n't|never|no one|не|ни)(?!\p{L})/u;
const BLAME_QUOTED = /(?<!\p{L})blam\p{L}*(?!\p{L})/u;
const SURGE_QUOTED = /(?<!\p{L})(?:surge|escalat\p{L}*) (?:in|of) violence(?!\p{L})|violence escalates/u;
const FAILURE_QUOTED = /(?<!\p{L})fail\p{L}*(?!\p{L})/u;
/** The failed thing's noun: "failed policy" → "policy". */
const FAILED_THING = /(?<!\p{L})fail(?:ed|ing) (\p{L}{4,})/gu;

/** Yes when the evidence blames the asked party and gives the violence as the sign of its failure; else null. */
export function blamedForViolenceVerdict(
  folded: string,
  lang: Lang,
  answer: Answer,
  parties: Parties,
): "yes" | null {
  if (!answer.answered || !BLAME_ASKED.test(folded) || !VIOLENCE_ASKED.test(folded)) return null;
  if (SCOPED.test(folded) || NEGATED.test(folded)) return null;
  // The party blamed: the one named that is not the blaming side (Russia's voices are the blamer here).
  const asked = new Set(partyMentions(parties, folded.toLowerCase()).map((m) => m.id));
  asked.delete("russia");
  // "blame the US for gaza": Gaza is where the violence is, not a party blamed beside the one named.
  if (asked.size > 1) asked.delete("gaza");
  if (asked.size !== 1) return null;
  const [party] = asked;
  const names = (text: string) => partyMentions(parties, text).some((m) => m.id === party);
  const quotes = answer.quotes.map((q) => q.text.toLowerCase());
  // The blame on the party for a failed thing ("for its failed policy"), and the surge as the sign of a failure of
  // that same thing ("the failure of US policy"): the party by name, or the failed thing's noun shared.
  const blamedFor = quotes
    .filter((q) => BLAME_QUOTED.test(q) && names(q) && FAILURE_QUOTED.test(q))
    .flatMap((q) => [...q.matchAll(FAILED_THING)].map((m) => m[1]!));
  const signOfFailure = quotes.some(
    (q) =>
      SURGE_QUOTED.test(q) &&
      FAILURE_QUOTED.test(q) &&
      (names(q) || blamedFor.some((thing) => q.includes(thing))),
  );
  const blamed = blamedFor.length > 0;
  return blamed && signOfFailure && lang.length > 0 ? "yes" : null;
}
