// (claims42) A purpose made a sure outcome: the passage gives a means and what it is for ("the importance of
// coordinating regional players to stabilize the situation and establish direct … dialogue", "approaches …, in order
// to achieve a lasting … resolution", "the Quartet formed to facilitate …"); the claim says the means will bring it
// ("coordinating regional players will stabilize the situation", "… is going to establish direct dialogue",
// «координация региональных игроков стабилизирует ситуацию / приведёт к стабилизации»). Every word lined up and
// claims-own48 found these confirmed; read by hedge-removed.ts, altered as a hedge or an aim taken off is. A claim
// that keeps the purpose ("in order to stabilize", «чтобы стабилизировать», "so the situation stabilizes") or a help
// or hedge ("could help stabilize") is left alone.
// Bounded expressions: word lists, no nested repetition.
import { lean } from "../lib/lean-regexp.js";

/**
 * The passage's purpose: the verb after a "to" that follows no aim, need or failure ("players to stabilize", "in
 * order to achieve"; not "aims to play", "failure to address", "need for … to").
 */
const PASSAGE_PURPOSE =
  /(?<!\b(?:aims?|seeks?|strives?|readiness|ready|willing|needs?|failure|fails?|failed|urgency|tries|try|wants?)\s{1,3})\bto\s{1,3}(\p{L}{4,})/giu;
/** A verb joined to the purpose's by "and" before the clause ends. */
const JOINED_VERB = /^[^,.;:]{0,60}?\band\s{1,3}(\p{L}{4,})/u;
/** The claim's certainty before a verb: "will stabilize", "is going to establish", "is sure to achieve". */
const SURE_BEFORE =
  /\b(?:will|shall|(?:is|are)\s{1,3}(?:going|sure|certain|bound)\s{1,3}to)\s{1,3}(?:(?:definitely|certainly|surely|quickly|soon)\s{1,3})?(\p{L}{4,})/giu;
/** A Russian claim's outcome brought about: «стабилизирует», «наладит», «приведёт к», «обеспечит», «позволит». */
const RUSSIAN_SURE = lean(
  /(?:^|[^\p{L}])(стабилизиру(?:ет|ют)|налад(?:ит|ят)|установ(?:ит|ят)|достигн(?:ет|ут)|добь[её]тся|привед[её]т\s{1,3}к|приведут\s{1,3}к|обеспеч(?:ит|ат)|гарантиру(?:ет|ют)|позвол(?:ит|ят))(?![\p{L}])/iu,
);

/** A purpose of the passage the claim says will surely come: the claim's word and the passage's; null if none. */
export function purposeMadeSure(
  claim: string,
  passage: string,
  /** The claim keeps an aim, a help or a hedge (hedge-removed.ts's words): no outcome made sure. */
  keepsAimOrHedge: (claim: string) => boolean,
): { claimed: string; article: string } | null {
  // The purpose's verb, and one joined to it in the same clause ("to stabilize the situation and establish …").
  const purposes = [...passage.matchAll(PASSAGE_PURPOSE)].flatMap((m) => {
    const joined = JOINED_VERB.exec(passage.slice(m.index + m[0].length));
    return [m[1]!, ...(joined ? [joined[1]!] : [])].map((v) => v.toLowerCase());
  });
  if (purposes.length === 0 || keepsAimOrHedge(claim)) return null;
  for (const m of claim.matchAll(SURE_BEFORE)) {
    const verb = m[1]!.toLowerCase();
    // One verb, its forms: "stabilize" / "stabilizes", "establish" / "established" (the stem less its last two).
    const purpose = purposes.find((p) => verb.startsWith(p.slice(0, Math.max(4, p.length - 2))));
    if (purpose) return { claimed: m[0].replace(/\s+/gu, " ").toLowerCase(), article: `to ${purpose}` };
  }
  const russian = RUSSIAN_SURE.exec(claim);
  return russian ? { claimed: russian[1]!.toLowerCase(), article: `to ${purposes[0]}` } : null;
}
