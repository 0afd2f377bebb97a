// How an actor stands in the passage, said as more than that: an image it presents stated as a fact ("Moscow is an
// impartial mediator"), a member made the head or maker of its group ("Russia leads the Quartet"). Altered.
import { wordStart } from "../answering/word-start.js";
import { perPassage } from "./passage-memo.js";
import type { ClaimChange } from "./types.js";

/** The passage's frame of self-presentation, and the words that follow it (the image). */
const FRAME =
  /\b((?:present|portray|cast|pose|style|position|paint|bill|show)\w*\s+(?:itself|himself|herself|themselves)\s+as)\s+(?:an?\s+|the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu;
const RUSSIAN_FRAME =
  /((?:представ|выстав|позиционир|изобра|подава|преподн)\p{L}*\s+себя)\s+(?:как\s+|в\s+качестве\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu;
/**
 * Words by which a claim keeps the image an image: tries, wants, looks like, presents, claims, calls itself, sells
 * itself as; a speaker's saying too ("Putin said Russia is an impartial mediator", «Путин заявил / сказал, что …»):
 * the image is then that speaker's word, misattributed when the passage gives it to another (claims-blind68 #73).
 */
const KEEPS_FRAME =
  /\b(?:present|portray|cast|pose|style|position|paint|bill|show|image|look|appear|seem|seen|tr(?:y|ies|ied|ying)|striv|strove|seek|sought|aim|want|attempt|effort|bid|claim|call|say|said|describ|brand|pitch|sell|sold|market|package|pass|come\s+(?:across|off)|regard|perceiv|view|like)\w*/iu;
const RUSSIAN_KEEPS_FRAME =
  /(?:представ|выстав|позиционир|изобра|подава|преподн|пыта|попыт|стрем|старает|стара|хоч|хот|образ|имидж|выгляд|казат|кажет|претенд|назыв|называ|счита|заявля|заяв|сказа|утвержда|говор|роль)/iu;

/** `lined`: the passage words (as written) the claim's words line up with ("neutral" with "impartial"). */
export function droppedAppearance(
  claim: string,
  clause: string,
  lined: ReadonlySet<string>,
): ClaimChange | null {
  const { russian, frame } = frameOf(clause);
  if (!frame) return null;
  if ((russian ? RUSSIAN_KEEPS_FRAME : KEEPS_FRAME).test(claim)) return null;
  // The claim states the image itself: one of its words stands in the claim (a stem of five letters) or lines up.
  const said = claim.toLowerCase();
  const image = frame[2]!
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 4);
  const stated = (w: string) =>
    said.includes(wordStart(w)) || [...lined].some((l) => l.split(" ").includes(w));
  if (!image.some(stated)) return null;
  return { kind: "replaced", claimed: "is", article: frame[1]!.toLowerCase() };
}

/** The passage's membership and the group it names: "part of the Quartet", "входит в «квартет»". */
export const MEMBERSHIP =
  /(?:\bpart\s+of|\bmembers?\s+of|\bbelongs?\s+to|\bamong|входит\s+в|входила\s+в|в\s+составе|член\p{L}*|участни\p{L}*)\s+(?:the\s+)?[«"“]?(\p{L}+)/iu;
/** A verb that makes a member the group's head or maker. */
const HEADS_OR_MAKES =
  /(?:\b(?:lead|leads|led|leading|head|heads|headed|heading|chair|chairs|chaired|run|runs|ran|found|founds|founded|create|creates|created|establish|establishes|established|form|forms|formed|set\s+up|sets\s+up|control|controls|controlled|dominate|dominates|dominated|direct|directs|directed)|возглав\p{L}*|руковод\p{L}*|основал\p{L}*|создал\p{L}*|созда[её]т|учредил\p{L}*|сформировал\p{L}*|контролир\p{L}*)\s+(?:the\s+)?[«"“]?(\p{L}+)/giu;

/** The passage's frame of self-presentation, in its language (read once per passage). */
const frameOf = perPassage((clause) => {
  const russian = /\p{Script=Cyrillic}/u.test(clause);
  return { russian, frame: (russian ? RUSSIAN_FRAME : FRAME).exec(clause) };
});

/** The passage's membership (read once per passage). */
const membershipOf = perPassage((clause) => MEMBERSHIP.exec(clause));

/** "Russia leads the Quartet" of "Russia has been part of the Quartet": a member made its head or founder. */
export function raisedMembership(claim: string, clause: string): ClaimChange | null {
  const member = membershipOf(clause);
  if (!member) return null;
  const group = wordStart(member[1]!.toLowerCase());
  if (group.length < 4 || MEMBERSHIP.test(claim)) return null;
  for (const m of claim.matchAll(HEADS_OR_MAKES))
    if (m[1]!.toLowerCase().startsWith(group)) {
      const verb = m[0]
        .slice(0, m[0].length - m[1]!.length)
        .replace(/[\s«"“]+$|the\s*$/giu, "")
        .trim();
      return { kind: "replaced", claimed: verb.toLowerCase(), article: member[0].toLowerCase() };
    }
  return null;
}
