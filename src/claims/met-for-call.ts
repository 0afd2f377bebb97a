// (claims38) A meeting said in place of the article's call: "Putin flew to Ankara to meet Erdogan in person",
// «Путин встретился с Эрдоганом лично в Анкаре», "Putin and Erdogan met face to face". ¶2 reports a phone call;
// with a message of the call beside it the meeting was already altered (contact.ts: "met Erdogan in person and
// called for a ceasefire"), but the meeting alone lined up with nothing ("met", "flew", "Ankara" unbacked, two
// names left) and read not in the article (claims-own43). A past meeting is the call's manner replaced, so a claim
// read as not in the article is read again with the meeting said as a call ("had a phone call with", «поговорил по
// телефону с») and its place and "in person" off: when that reading confirms the call's passage, or alters it for
// another word (not another party: a meeting with someone the article never names stays news), the claim is
// altered, the meeting named. A meeting to come, agreed or planned ("will meet", "agreed to meet", «встретятся»,
// «договорились о встрече») stays news. Nothing here confirms. Bounded expressions: word lists, a few words.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { alteredReading } from "./verdict.js";

/** A meeting to come or only agreed: news, left as it is. */
const TO_COME = lean(
  /(?<!\p{L})(?:will|would|shall|going\s{1,3}to|plans?|planned|planning|agreed|agree|agrees|wants?|hopes?|invited|invites|next|soon|tomorrow|встрет(?:ится|ятся|имся|ит)|договорил\p{L}{0,4}|договорят\p{L}{0,3}|планиру\p{L}{0,3}|собира\p{L}{0,4}|пригласил\p{L}{0,2}|будет|будут|намерен\p{L}{0,2}|хоч\p{L}{0,3}|хот\p{L}{0,3}|скоро|следующ\p{L}{0,3})(?!\p{L})/iu,
);

/** The meeting said as the call, English: the travel to a place to meet, "met (with)", face-to-face talks. */
const MET_EN = lean(
  /(?<!\p{L})(?:(?:flew|flown|travell?ed|went|came|headed|rushed)\s{1,3}to\s{1,3}(?:\p{Lu}[\p{L}'’-]{1,30}\s{1,3}){1,3}(?:in\s{1,3}order\s{1,3})?to\s{1,3}(?:meet|see)(?:\s{1,3}with)?|visited\s{1,3}(?:\p{Lu}[\p{L}'’-]{1,30}\s{1,3}){1,3}to\s{1,3}(?:meet|see)(?:\s{1,3}with)?|met(?:\s{1,3}up)?(?:\s{1,3}with)?|sat\s{1,3}down\s{1,3}with|held\s{1,3}(?:face[\s-]to[\s-]face|in-person|personal)\s{1,3}talks\s{1,3}with)(?!\p{L})/iu,
);
/** "in person", "face to face", "personally", "in <Place>": the meeting's manner and place, off in the call reading. */
const MANNER_EN = lean(
  /(?<!\p{L})(?:in\s{1,3}person|face[\s-]to[\s-]face|personally|in\s{1,3}(?:\p{Lu}[\p{L}'’-]{1,30})(?:\s{1,3}\p{Lu}[\p{L}'’-]{1,30}){0,2})(?!\p{L})/gu,
);

/** The meeting, Russian: «встретился (с)», travel to a place for a meeting, «провёл (личную) встречу с». */
const MET_RU = lean(
  /(?<!\p{L})(?:(?:прилетел|приехал|съездил|отправился|полетел|поехал|прибыл)(?:[аи])?\s{1,3}в\s{1,3}\p{Lu}\p{L}{1,30}(?:,?\s{1,3}чтобы\s{1,3}(?:лично\s{1,3})?встретиться|\s{1,3}(?:для\s{1,3}(?:личной\s{1,3})?встречи|на\s{1,3}(?:личную\s{1,3})?встречу))|встретил(?:ся|ась|ись)|пров[её]л(?:и|а)?\s{1,3}(?:личную\s{1,3})?встречу)(?!\p{L})/iu,
);
// A place in lower case too when it ends as one («в анкаре», «в стамбуле»: chat writes names small).
const MANNER_RU = lean(
  /(?<!\p{L})(?:лично|глаза\s{1,3}в\s{1,3}глаза|в\s{1,3}\p{Lu}\p{L}{1,30}|в\s{1,3}\p{Ll}{2,30}е)(?!\p{L})/gu,
);

/** The claim with its meeting said as the call, and the meeting's words; null when it says no past meeting. */
export function meetingAsCall(claim: string): { call: string; met: string } | null {
  if (TO_COME.test(claim)) return null;
  const ru = /\p{Script=Cyrillic}/u.test(claim);
  const m = (ru ? MET_RU : MET_EN).exec(claim);
  if (m === null) return null;
  const plural = ru && /(?:ись|и)$/u.test(m[0].split(/\s/u)[0]!);
  const said = ru ? `${plural ? "поговорили" : "поговорил"} по телефону` : "had a phone call with";
  const call = `${claim.slice(0, m.index)}${said}${claim.slice(m.index + m[0].length)}`
    .replace(ru ? MANNER_RU : MANNER_EN, " ")
    .replace(/\s+([,.!?;:])/gu, "$1")
    .replace(/\s{2,}/gu, " ")
    .trim()
    // "Putin and Erdogan met (in person)": no one after the meeting, so no "with".
    .replace(/had a phone call with(?=\s{0,3}(?:[,.!?;:]|$|and\s))/u, "had a phone call");
  return { call, met: m[0].replace(/\s+/gu, " ").toLowerCase() };
}

/** The passage's contact was a call. */
const AT_DISTANCE = /(?<!\p{L})(?:phone|telephone|call|телефон\p{L}*|звон\p{L}*|созвон\p{L}*)(?!\p{L})/iu;

/** The checker, a past meeting in place of the article's call read as altered. */
export function judgingMetForCall(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const read = meetingAsCall(text);
    if (read === null || read.call.split(/\s+/u).length < 3) return verdict;
    const again = check(read.call);
    if (again.span === null || !AT_DISTANCE.test(`${again.span.text}\n${again.translation ?? ""}`))
      return verdict;
    const confirmed = again.verdict === "verbatim" || again.verdict === "paraphrase";
    const alteredElse = again.verdict === "altered" && !again.changes.some((c) => c.kind === "actor");
    if (!confirmed && !alteredElse) return verdict;
    return alteredReading(again, verdict, [
      ...again.changes,
      { kind: "replaced", claimed: read.met, article: "phone call" },
    ]);
  };
}
