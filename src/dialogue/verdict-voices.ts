// Russia's voices standing in for Russia when the claim checker reads a yes/no question's statement ("is Russia
// ready to help?": the article says it of the Kremlin and the Foreign Ministry), the conflict's two sides read as the
// article's "both warring sides", and the actors of a checker's change that the found card's own quotes name. Moved
// from verdict-read.ts (tidy39), which reads the checker's result with these.

import type { Answer } from "../answering/types.js";
import { type ClaimChecker, type ClaimVerdict, isAddedWish } from "../claims/index.js";
import {
  namesAlternation,
  PUTIN_SPEAKS_FOR,
  RUSSIA_SPEAKS_THROUGH,
  VOICE_NAMES,
  voiceNames,
} from "../knowledge/voices.js";
import { lean } from "../lib/lean-regexp.js";
import { hasWholeWord } from "../lib/whole-word.js";
import type { Checked } from "./checker-reading.js";
import { asBothWarringSides } from "./warring-pair.js";

/** Russia as a whole ("Moscow", "Russia") speaks through the Kremlin and the Foreign Ministry in this article. */
const RUSSIA_AS_STATE = lean(
  new RegExp(`(?<![\\p{L}])${namesAlternation(VOICE_NAMES.russia.en)}(?![\\p{L}])`, "u"),
);
const RUSSIAN_VOICES = RUSSIA_SPEAKS_THROUGH.map((voice) => VOICE_NAMES[voice].say.en);

/** The checker reads a wish the passage never states, for Russia's own voices too ("is Russia keen to help?"). */
export function addsWish(
  statement: string | null,
  checked: Checked | null,
  check: ClaimChecker | null,
): boolean {
  if (statement === null || !checked || !check || !checked.changes.some(isAddedWish)) return false;
  const voices = RUSSIA_AS_STATE.test(statement) ? RUSSIAN_VOICES : [];
  return voices.every((voice) => check(statement.replace(RUSSIA_AS_STATE, voice)).changes.some(isAddedWish));
}

/**
 * The statement's reading with Russia's voices for Russia, and with "both warring sides" for the two sides named
 * ("kremlin open to talking to hamas and israel?", warring-pair.ts): the first that the checker confirms, else
 * `checked` as it was.
 */
export function checkedAsVoices(statement: string, first: ClaimVerdict, check: ClaimChecker): ClaimVerdict {
  let checked = first;
  const paired = asBothWarringSides(statement);
  for (const told of paired === null ? [statement] : [statement, paired]) {
    const again = told === statement ? checked : check(told);
    if (again.verdict === "verbatim" || again.verdict === "paraphrase") {
      if (told !== statement && again.unbacked.length === 0) checked = again;
      break;
    }
    for (const voice of RUSSIA_AS_STATE.test(told) ? RUSSIAN_VOICES : []) {
      const voiced = check(told.replace(RUSSIA_AS_STATE, voice));
      if (voiced.verdict === "verbatim" || voiced.verdict === "paraphrase") checked = voiced;
      if (checked === voiced) break;
    }
    if (checked.verdict === "verbatim" || checked.verdict === "paraphrase") break;
  }
  return checked.verdict === "misattributed" ? (asPutin(statement, check) ?? checked) : checked;
}

/** Russia, Moscow or the Kremlin as the one who speaks: Putin, Russia's leader, speaks for them in this article. */
const RUSSIA_OR_KREMLIN = lean(
  new RegExp(`(?<![\\p{L}])${namesAlternation(voiceNames(PUTIN_SPEAKS_FOR, "en"))}(?![\\p{L}])`, "u"),
);

/**
 * "does the kremlin blame washington?", "is russia throwing shade at the US?": words the article gives as Putin's,
 * read as Russia's or the Kremlin's (the checker's "misattributed") — Putin's, as reported, when the checker confirms
 * them of him with nothing unbacked (verdict44). Only a confirmation: no No is read through him.
 */
function asPutin(statement: string, check: ClaimChecker): ClaimVerdict | null {
  if (!RUSSIA_OR_KREMLIN.test(statement)) return null;
  const his = check(statement.replace(RUSSIA_OR_KREMLIN, VOICE_NAMES.putin.say.en));
  return (his.verdict === "verbatim" || his.verdict === "paraphrase") && his.unbacked.length === 0
    ? his
    : null;
}

/**
 * "does russia have ties with israel" on the card of Russia's common ground with Israel: the checker held it against
 * the Palestinians' passage ("another actor"), but every such actor is named in the found card's own quotes — a
 * passage chosen elsewhere, no other doer; plain for the engine's owned verdict only.
 */
export function actorsInEvidence(checked: Checked, answer: Answer): boolean {
  const quoted = answer.answered ? answer.quotes.map((q) => q.text.toLowerCase()).join(" ") : "";
  return checked.changes.every(
    (c) =>
      (c.kind === "replaced" || c.kind === "actor") &&
      (c.kind !== "actor" || (c.claimed !== "" && hasWholeWord(quoted, c.claimed.toLowerCase()))),
  );
}
