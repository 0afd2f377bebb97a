// Russian yes/no questions for the Russian claim path (src/claims/russian.ts): the statement a question asks
// about, Russia standing for its voices, and whether a question is its entry's own (for the curated verdict).
// Russian asks yes/no mostly by intonation ("Путин звонил Эрдогану?"), so the statement is the question without
// its particles: "ли", "правда ли, что", "разве", "неужели", a leading "а"/"и"/"ну", a trailing "или нет".
import { russianStem } from "../answering/russian/stem.js";
import type { LocalEntry } from "../knowledge/index.js";
import { namesAlternation, RUSSIA_SPEAKS_THROUGH, VOICE_NAMES } from "../knowledge/voices.js";
import { chargeSubjectFirst } from "./charge-verb-first.js";

const LEADS = /^(?:(?:а|и|но|ну|так|слушай|слышь|скажи|скажите)[, ]+)+/u;
/** "правда ли, что…", "верно ли что…", "это правда, что…", "разве…", "неужели…", "получается…". */
const FRAMES =
  /^(?:(?:это )?правда(?: ли)?|верно ли|так ли|действительно ли|можно ли сказать|разве|неужели|получается|выходит|значит)(?:,? что)?[, ]+/u;
const PARTICLE_LI = /(?<!\p{L})ли(?!\p{L})/gu;

export function russianStatementOf(folded: string): string {
  return (
    folded
      .replace(LEADS, "")
      .replace(FRAMES, "")
      // «упрекает ли путин сша в …»: the subject before the verb, as the claim path reads (charge-verb-first.ts).
      .replace(/^.*$/su, chargeSubjectFirst)
      .replace(/,? или нет$/u, "")
      .replace(/\??\s*да\s*[/-]?\s*нет[\s?!.]*$/u, "")
      .replace(PARTICLE_LI, " ")
      .replace(/[?!]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * Russia as a whole speaks through the Kremlin and the Foreign Ministry in this article ("Россия хочет помочь с
 * урегулированием?" is what the Kremlin is reported to seek): the statement with a voice in Russia's place.
 */
const RUSSIA_AS_SUBJECT = new RegExp(`(?<!\\p{L})${namesAlternation(VOICE_NAMES.russia.ru)}(?!\\p{L})`, "u");
export function russianVoicesFor(statement: string): string[] {
  if (!RUSSIA_AS_SUBJECT.test(statement)) return [];
  return RUSSIA_SPEAKS_THROUGH.map((voice) =>
    statement.replace(RUSSIA_AS_SUBJECT, VOICE_NAMES[voice].say.ru),
  );
}

/**
 * Words that say nothing of the question's matter: particles, pronouns, prepositions, auxiliaries; the reflexive
 * possessive and "собственный" too, like "его"/"их" ("право палестинцев на своё государство" is the state's).
 */
const GLUE = new Set(
  `ли а и но ну же ведь вообще правда верно так это этот эта эти то тот та что чтобы как он она оно они его ее
  их ему ей им в во на с со к ко о об про по за из от до у для при без над под через между или был была было
  были быть есть будет ли разве неужели действительно уже еще ещё там тут туда здесь какой-то что-то кто-то
  вот также тоже сам сама само него нее ней нему ним них ними нем хоть
  свой своя свое своё свои своего своей своих своим своими своему своем своём своею свою
  собственный собственная собственное собственные собственного собственной собственных собственным`.split(
    /\s+/,
  ),
);

const vocabularies = new WeakMap<LocalEntry, Set<string>>();

/** An entry's Russian words (stems) from its question, phrasings and keywords; worked out once per entry. */
function vocabularyOf(entry: LocalEntry): Set<string> {
  let words = vocabularies.get(entry);
  if (!words) {
    words = new Set(
      [entry.question, ...entry.phrasings, ...entry.keywords].flatMap((p) =>
        p
          .toLowerCase()
          .replace(/ё/g, "е")
          .split(/[^\p{L}\p{N}-]+/u)
          .filter((w) => w.length > 0)
          .map(russianStem),
      ),
    );
    vocabularies.set(entry, words);
  }
  return words;
}

/**
 * The entry's own question: every word of the statement (glue aside) is one the entry's Russian phrasings or
 * keywords use ("Кремль общается с Израилем и ХАМАС?"), so the entry's curated verdict answers it; a word none of
 * them uses ("отверг", "похвалил") may turn the sense, and then the checker decides.
 */
export function asksRussianEntryOwnQuestion(statement: string, entry: LocalEntry | undefined): boolean {
  if (!entry) return false;
  const own = vocabularyOf(entry);
  // «путин хотя бы переживает за мирных?»: the asker's degree, no word of the matter (as "at least", asker-degree.ts).
  const words = statement
    .replace(/(?<!\p{L})хотя бы(?!\p{L})/gu, " ")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 1 && !GLUE.has(w));
  return words.length > 0 && words.every((w) => own.has(russianStem(w)));
}
