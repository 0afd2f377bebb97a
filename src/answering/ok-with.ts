// A Russian voice "ok with", "fine with" or "happy with" what the article has it call for ("would putin be happy with
// the palestinians having a state of their own?", "is moscow fine with a truce"): whether it supports it. Read as
// typed, "happy" found Putin's view of the US ("is putin happy with the us"), answered No (quality-r2-32). Only the
// things the article has a Russian voice call for are read so; "happy with the us" stays as typed.

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { lean } from "../lib/lean-regexp.js";

/** Putin (his names and titles) or Russia as a party: the voices table's names (voices46). */
const VOICE = namesAlternation([
  ...voiceNames(["putin"], "en", "also", "titles"),
  ...voiceNames(RUSSIA_AS_PARTY, "en"),
]);

const OK_WITH = lean(
  new RegExp(
    `^((?:(?:so|and|but|ok|okay|well)[, ]+)*)(?:is|would|was|are) (${VOICE}) (?:really |actually |even )?(?:be )?(?:ok|okay|fine|happy|good|cool|alright|all right|comfortable) with ((?:\\S+ ){0,8}?(?:palestinian state|state of (?:their|its) own|(?:own|independent) state|statehood|cease-?fire|truce|negotiations|talks|settlement|dialogue)(?!\\p{L}).*)$`,
    "iu",
  ),
);

/** The question as "does <voice> support <thing>", or as it came. */
export function asOkWith(text: string): string {
  if (text.length > 200) return text;
  const m = OK_WITH.exec(text.trim());
  return m ? `${m[1] ?? ""}does ${m[2]} support ${m[3]}` : text;
}
