// Whom Putin blames, checked with another party in Russian ("говорят, путин винит украину в эскалации", "путин
// обвиняет иран?", "путин считает виноватой турцию, правда?"): the article's blame is on the United States, so the
// question is read as whom Putin blames — the entry that names the US answers it (through the dialogue, a grounded
// No). Read as typed, a party the article never names (Украина, Иран) refused the question as outside the article,
// and one it names (Турция) found the call with Erdogan instead of the blame. Not when the US is named ("в чём
// путин винит сша" is already the blame), and not when someone else does the blaming ("кого винит хамас").
import { foldedRussian } from "./plain-text.js";

/** The blamer the article reports, by the start of its word: Putin (Russia, the Kremlin speak for him here). */
const BLAMER = /^(?:путин|кремл|москв|росси)/;
/** A verb of blaming, as one word. */
const BLAMES = /^(?:винит|винил|обвиняет|обвинил|обвинял|обвиняют|обвинили|упрекает|упрекнул)$/;
/** "считает виноват…", "возлагает вину/ответственность": blaming in two words. */
const HOLDS = /^(?:считает|считал|назвал|называет|возлагает|возложил)$/;
const GUILT = /^(?:виноват|виновн|вин[уае]$|ответственност)/;
/** The party the article's blame is on, by the start of its word (its presidents too: "путин обвиняет обаму?" names a person
 * the article does not, and stays refused as typed). */
const US = /^(?:сша|америк|штат|вашингтон|госдеп|белый|белого|американ|байден|обам|трамп)/;
/** Someone other than Putin blaming ("хамас винит…") or asked about ("кого винит хамас"). */
const OTHER_BLAMER = /^(?:хамас|израил|палестин|эрдоган|турци|песков|оон|евросоюз)/;

/** Whether a Russian question checks that Putin blames a party other than the US. */
export function checksOtherBlamed(s: string): boolean {
  const words = foldedRussian(s).split(" ");
  if (words.length > 20 || words.some((w) => US.test(w))) return false;
  const verb = words.findIndex((w, i) => BLAMES.test(w) || (HOLDS.test(w) && GUILT.test(words[i + 1] ?? "")));
  if (verb < 0) return false;
  // Putin before the verb ("путин винит…") or right after its "ли" ("винит ли путин…"); no other blamer before it.
  const before = words.slice(0, verb);
  const asked = words[verb + 1] === "ли" && BLAMER.test(words[verb + 2] ?? "");
  if (!(asked || before.some((w) => BLAMER.test(w))) || before.some((w) => OTHER_BLAMER.test(w)))
    return false;
  // Something must stand after the verb to be the blamed party ("путин винит украину", not "путин винит?").
  return words.slice(verb + 1).some((w) => w.length > 2 && !GUILT.test(w));
}

/** The Russian question as whom Putin blames, or as it came. */
export function asRussianBlameCheck(s: string): string {
  return checksOtherBlamed(s) ? "кого винит путин" : s;
}
