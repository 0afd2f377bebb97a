// "Путина волнуют только жертвы в Газе?", "Does Russia talk only to Hamas?": a restriction inside a yes/no
// question, read against the answer's evidence — No where the evidence names the thing beside more ("in Israel and
// the Gaza Strip", elliptical.ts's restrictionVerdict), and a Yes on "only X" stands only where the article itself
// restricts to X (only-restriction.ts). "…not only about Gaza?" widens instead (not-only.ts): Yes where the
// evidence names more, whatever the checker made of its "not". Read by stand-alone.ts after the plain verdict.

import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { restrictionVerdict } from "./elliptical.js";
import type { DialogueWords } from "./language.js";
import { notOnlyVerdict, widensNotOnly } from "./not-only.js";
import { onlyVerdict, restrictsOnly } from "./only-restriction.js";
import { ONLY_WORDS } from "./restrictive-only.js";
import type { Verdict } from "./yes-no.js";

/** "only/just/solely …", "только/лишь …" inside a question: the few words it restricts (restrictive-only.ts: never
 * the adjective, "a just resolution"). */
const INNER_ONLY = new RegExp(`(?<!\\p{L})${ONLY_WORDS}\\s+((?:\\S+\\s*){1,6}?)\\s*\\??$`, "u");
/** "…civilians in Gaza only?", "…в Газе только?": the word the trailing "only" restricts. */
const INNER_ONLY_AFTER =
  /(?<!\p{L})(?:in|on|at|for|to|from|with|against|about|в|во|на|с|со|для|про|о|об|к|у|от|против)\s+(\S+)\s+(?:only|alone|только|лишь)\s*\??$/u;

/** The verdict after any restriction inside the question, with the evidence it rests on (the answer or a wider one). */
export function restrictedVerdict(
  kit: DialogueKit,
  folded: string,
  asksYesNo: boolean,
  plainAnswer: Answer,
  read: Verdict | null,
  lang: Lang,
  words: DialogueWords,
): { answer: Answer; verdict: Verdict | null } {
  const { engine, findAnswer } = kit;
  let answer = plainAnswer;
  const widens = widensNotOnly(folded);
  const inner =
    asksYesNo && answer.answered && (read?.verdict !== "no" || widens)
      ? (INNER_ONLY.exec(folded) ?? INNER_ONLY_AFTER.exec(folded))
      : null;
  // The thing restricted is the last word ("только жертвы в Газе" -> Газе): a verb or a stance before it
  // ("only blame the US") is not what the evidence's "and" widens.
  const restricted = inner?.[1]?.trim().split(/\s+/).pop();
  const wider =
    restricted && widens
      ? notOnlyVerdict(
          folded,
          restricted,
          answer,
          lang,
          (q) => findAnswer(q, lang),
          (id) => engine.answerForEntry(id, lang),
        )
      : null;
  if (wider) answer = wider.evidence;
  const narrowed = restricted && !wider ? restrictionVerdict(restricted, answer, words.lang) : null;
  // A "not-said" on the plain reading ("россия дружит только с палестинцами?": no "friends" in the evidence)
  // still meets the passages naming more than X, so the only-check runs on it too.
  const only =
    restricted && narrowed !== "no" && asksYesNo && (read?.verdict ?? "yes") !== "no" && restrictsOnly(folded)
      ? onlyVerdict(folded, restricted, answer, lang, (q) => findAnswer(q, lang))
      : null;
  if (only) answer = only.evidence;
  const verdict = wider
    ? { verdict: wider.verdict, source: "article-text" as const }
    : narrowed === "no" || only
      ? { verdict: only?.verdict ?? ("no" as const), source: "article-text" as const }
      : read;
  return { answer, verdict };
}
