// Kind (dialog44, own108 "why does moscow bother?"): the reason asked in chat words — "why does moscow bother?",
// "why would they even bother with it?", "why does the kremlin care?", «зачем москве это?», «зачем это кремлю
// нужно?» — after an answer about a Russian voice's deed (its contacts with both sides, its offer to help). It asks
// what a bare "why?" asks: the reason the article gives for the last answer (its why-reading), or that it gives none.
// Only for a pronoun or one of the article's Russian voices (Putin, Peskov, the Kremlin, the ministry, Moscow): the
// deeds asked about are theirs; another party ("why does israel bother?") is a question of its own.

import { withoutEndMarks } from "../lib/fold-question.js";
import type { SpeakerNames } from "./speakers.js";

const OTHERS = new Set(["erdogan", "article"]);
const WHO = "(?<who>[\\p{L}'. ]{2,40}?)";
const BOTHER_EN = new RegExp(
  `^(?:(?:and|but|so|ok|okay|then|well)[, ]+)*(?:but )?why (?:does|do|did|would|should|is|are|will) ${WHO} (?:even |still |ever |actually )?(?:bother|bothering|care|caring)(?: (?:to|with|doing|about) (?:it|that|this|them|any of (?:it|this|that)))?(?: at all| then| though| tho)?$`,
  "u",
);
const BOTHER_RU = new RegExp(
  `^(?:(?:а|и|но|ну|так)[, ]+)*(?:зачем|для чего) (?:(?:это|вообще|всё это|все это) )*${WHO}(?: (?:это|вообще|всё это|все это))*(?: (?:нужно|надо|сдалось|понадобилось))?$`,
  "u",
);
const PRONOUN = /^(?:he|she|it|they|ему|ей|им|нему|ним)$/u;

export function asksWhyBother(folded: string, speakers: SpeakerNames): boolean {
  const t = withoutEndMarks(folded).trim();
  const who = (BOTHER_EN.exec(t) ?? BOTHER_RU.exec(t))?.groups?.who?.trim();
  if (!who) return false;
  if (PRONOUN.test(who)) return true;
  const named = speakers.namedIn(who);
  if (named.length !== 1 || OTHERS.has(named[0]!.id)) return false;
  // The name alone, an article before it at most.
  return /^(?:the )?$/u.test(who.slice(0, named[0]!.start)) && named[0]!.end >= who.length - 1;
}
