// Kind (dialog54, d121-24#2): "why not" after a No — "does putin think the US policy worked?" (No: it failed),
// then "why not", "how come not?", «а почему нет?», «почему же нет». The words ask the reason of the negative
// answer, which is the last question's own why ("why does putin think the US policy worked" finds the failed
// policy's card and its reasons: it overlooked the Palestinians' aspirations); words.why knows no "not", so the
// message fell to the stand-alone reading and was refused. Read here only after a No: after a Yes or "doesn't
// say", "why not?" is a shrug or a suggestion, and stays as the other readers take it.
// Asked by follow-up-turns.ts before followUpOf (one expression).

import type { FollowUp } from "./follow-up.js";
import type { DialogueContext } from "./types.js";

const WHY_NOT_EN =
  /^(?:(?:and|but|so|ok|okay|hmm|oh|well|right|wait)[, ]+)*(?:why not|how come not|why(?: is| was|'s)? that not(?: so)?|why isn'?t it|why didn'?t it|why doesn'?t it|why wasn'?t it|why doesn'?t he(?: think so)?|why not then|and why not)(?: though| tho| exactly| then)?$/u;
const WHY_NOT_RU =
  /^(?:(?:а|и|но|так|ну)[, ]+)*(?:почему|отчего|с чего бы)(?: же| это| так| именно)? (?:нет|не так|не сработала|не сработало|не удалась|не удалось|не считает)(?: же| тогда)?$/u;

/** "why not" after a No: the why of the last question; null otherwise. */
export function whyOfNo(folded: string, context: DialogueContext | null): FollowUp | null {
  if (context?.verdict !== "no") return null;
  const q = folded.replace(/[?!.…\s]+$/u, "").trim();
  return WHY_NOT_EN.test(q) || WHY_NOT_RU.test(q) ? { kind: "why" } : null;
}
