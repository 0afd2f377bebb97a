// Names news writing uses for one actor: "Moscow", "Russia" and "the Kremlin" all stand for the Russian state
// (metonymy), so "Moscow wants to help" against "the Kremlin seeks to assist" swaps no actor. By knowledge-base
// speaker id (the groups are knowledge/voices.ts's ONE_ACTOR); a knowledge base without these ids simply has no
// such group.
import { ONE_ACTOR } from "../knowledge/voices.js";

const SAME_ACTOR: readonly (readonly string[])[] = ONE_ACTOR;

const groupOf = new Map<string, number>(
  SAME_ACTOR.flatMap((group, i) => group.map((id) => [`@${id}`, i] as const)),
);

/** The same term, or two speaker terms for one actor. */
export function sameActorOrTerm(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = groupOf.get(a);
  return ga !== undefined && ga === groupOf.get(b);
}

/** A term that stands for one actor among others ("@russia", "@kremlin"): more than itself may meet it. */
export function isActorTerm(term: string): boolean {
  return groupOf.has(term);
}
