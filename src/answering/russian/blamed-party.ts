// Whom Putin blames, checked with another party in Russian ("говорят, путин винит украину в эскалации", "путин
// обвиняет иран?", "путин считает виноватой турцию, правда?"): the article's blame is on the United States, so the
// question is read as whom Putin blames — the entry that names the US answers it (through the dialogue, a grounded
// No). Read as typed, a party the article never names (Украина, Иран) refused the question as outside the article,
// and one it names (Турция) found the call with Erdogan instead of the blame. Not when the US is named ("в чём
// путин винит сша" is already the blame), and not when someone else does the blaming ("кого винит хамас").
// Putin's view of whose failure the violence shows, with another owner ("путин думает, что обострение — неудача
// политики египта?", "по мнению путина, виноват евросоюз?") is the same check: read as typed, a story party after
// провал was refused as another party's failure (whose-failure.ts), an unknown one as outside the article.
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
/** Parties named in two letters (the European Union, Russia's own РФ is a blamer above). */
const SHORT_PARTY = /^(?:ес)$/;
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
  // Something must stand after the verb to be the blamed party ("путин винит украину", not "путин винит?"); the
  // two-letter ЕС is a party too ("путин обвиняет ЕС?" found the Quartet's entry, quality26).
  return words.slice(verb + 1).some((w) => (w.length > 2 || SHORT_PARTY.test(w)) && !GUILT.test(w));
}

/** A verb of holding a view, said of Putin ("путин считает, что…"). */
const THINKS = /^(?:считает|считал|думает|думал|полагает|уверен|видит|называет|назвал)$/;
/** "по словам/мнению путина": his view, without a verb. */
const VIEW_OF = /^(?:словам|мнению)$/;
/** A failure or fault put on a party ("провал политики X", "неудача X", "ошибки X", "вина X", "виноват X"). */
const FAILURE = /^(?:провал|неудач|ошибк|ошибок|крах|просчет|виноват|виновн|вин[аеуы]$)/;
/** Words after the failure that name no owner: the policy, the region, the violence, particles. */
const NO_OWNER =
  /^(?:политик|ближн|восток|восточн|регион|эскалац|насили|обострен|вспышк|конфликт|войн|эт[аоиу]?$|все|вс[её]й$|сво|ее$|его$|их$|правда|ведь|же$|ли$|то$|или|нет$|да$|в$|на$|за$|и$|о$|об$|по$|с$|со$|у$|к$)/;

/** Whether a Russian question checks that Putin sees the violence as another party's failure (not the US's). */
function checksOtherFailure(words: readonly string[]): boolean {
  const holder = words.findIndex(
    (w, i) =>
      (BLAMER.test(w) && THINKS.test(words[i + 1] ?? "")) ||
      (THINKS.test(w) && words[i + 1] === "ли" && BLAMER.test(words[i + 2] ?? "")) ||
      (VIEW_OF.test(w) && words[i - 1] === "по" && BLAMER.test(words[i + 1] ?? "")),
  );
  if (holder < 0) return false;
  const failure = words.findIndex((w, i) => i > holder + 1 && FAILURE.test(w));
  if (failure < 0) return false;
  // An owner after the failure, not Russia itself ("ошибка кремля" is no blame on another party).
  const after = words.slice(failure + 1).filter((w) => w.length > 1 && !NO_OWNER.test(w) && !FAILURE.test(w));
  return after.length > 0 && !after.some((w) => BLAMER.test(w) || OTHER_BLAMER_ONLY.test(w));
}
/** Speakers of the story who are voices, not owners of a failure. */
const OTHER_BLAMER_ONLY = /^(?:песков|путин)/;

/**
 * Whether a Russian yes/no question puts, in Putin's view, the failure on a party other than the US ("путин
 * считает, что это провал политики турции?"): the dialogue's No (the article's failure is the US's).
 */
export function viewsOtherFailure(s: string): boolean {
  const words = foldedRussian(s).split(" ");
  return words.length <= 20 && !words.some((w) => US.test(w)) && checksOtherFailure(words);
}

/** The Russian question as whom Putin blames, or as it came. */
export function asRussianBlameCheck(s: string): string {
  return checksOtherBlamed(s) || viewsOtherFailure(s) ? "кого винит путин" : s;
}
