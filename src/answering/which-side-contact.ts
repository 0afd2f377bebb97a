// Which of the two sides Russia talks to, asked as a choice ("Which side does Russia talk to, Israelis or
// Palestinians?", "who does the kremlin keep in touch with, israel or the palestinians?", "does moscow communicate
// with the israelis or with hamas?"): the article's answer is both — the Kremlin "maintains open communication with
// both warring sides". Read as typed, the two sides' names found the talks card ("direct Palestinian-Israeli
// dialogue") or the neutrality card (quality44, session 41's leftover of blind93). Read as the contact with both
// sides, only when Russia is named, a verb of contact comes after it and the choice names one side of each camp.
import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";

const MAX_LENGTH = 200;

/** Russia (the voices table's party names and people) or Putin (voices46). */
const RUSSIA = namesAlternation([
  ...voiceNames(RUSSIA_AS_PARTY, "en", "people"),
  ...voiceNames(["putin"], "en"),
]);
/** A verb of keeping contact ("talk to", "keep in touch with", "communicate with", "deal with"). */
const CONTACT =
  "(?:talk|talks|talking|speak|speaks|speaking|communicate|communicates|communicating|deal|deals|dealing|engage|engages|engaging|negotiate|negotiates|keep in (?:touch|contact)|keeps in (?:touch|contact)|stay in (?:touch|contact)|stays in (?:touch|contact)|have contact|has contact|have contacts|has contacts|keep channels open|maintain (?:contact|communication|ties|channels))(?: (?:to|with))?";
const ISRAEL = "(?:israel|the israelis|israelis|the israeli side|the israeli government|israeli government)";
const PALESTINE = "(?:the palestinians|palestinians|palestine|hamas|the palestinian side|gaza)";
const PAIR = `(?:${ISRAEL},? or (?:with |to )?${PALESTINE}|${PALESTINE},? or (?:with |to )?${ISRAEL})`;

const CHOICE = new RegExp(
  `^(?:so |and |ok )?(?:(?:which|what) (?:side|sides|party|one)|who|whom|(?:does|do|did|is|are) ${RUSSIA}) [^?]{0,40}?\\b${CONTACT}\\b[^?]{0,30}?[,:;-]? (?:with |to )?${PAIR}\\s*[?!.]*$`,
  "iu",
);
const NAMES_RUSSIA = new RegExp(`\\b${RUSSIA}\\b`, "iu");

/** The choice read as "which sides does the kremlin maintain communication with", or the text as it came. */
export function asWhichSideContact(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length > MAX_LENGTH || !/\bor\b/iu.test(trimmed) || !NAMES_RUSSIA.test(trimmed)) return text;
  return CHOICE.test(trimmed) ? "which sides does the kremlin maintain communication with" : text;
}
