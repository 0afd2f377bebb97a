// Kind (dialog45, d109-28#3): a short follow-up of a list with a confirming tag after it — «и ес тоже, да?», «а оон
// тоже, верно?», "and the eu too, right?", "the UN as well, yeah?" after who is in the Quartet. The tag asks the yes
// or no the shape already asks; the list reader (elliptical.ts, listedPartyAsked) reads the shape without it. The
// message rewrites put a tagged message as a claim ("правда ли, что и ес тоже?", "so the un too?", claim-frame.ts),
// so that frame is taken off too. Kept, tag or frame made the message no list follow-up, and the engine found the
// card of other leaders' views («не сказано» where the article's list names the EU).

const TAG_EN =
  /(?:\s*[,.—–-]?\s*(?<!\p{L})(?:right|correct|yes|yeah|yep|true|isn't it|aren't they|isn't that so|eh|huh|innit|no))+\s*$/iu;
const TAG_RU =
  /(?:\s*[,.—–-]?\s*(?<!\p{L})(?:да|верно|правда|ведь|не так ли|так ведь|так|ага|точно|же|нет))+\s*$/iu;
/** The claim frame the message rewrites give a tagged statement (claim-frame.ts). */
const CLAIM_FRAME = /^(?:правда ли,? что|is it true that|so)\s+/iu;

/** The message without a confirming tag or the claim frame it was put in, its question mark kept; the message itself
 * when it has neither, or no words would remain. */
export function withoutConfirmTag(folded: string): string {
  const bare = folded.replace(/[?!\s]+$/u, "");
  const rest = bare.replace(TAG_RU, "").replace(TAG_EN, "").replace(CLAIM_FRAME, "").trim();
  return /\p{L}/u.test(rest) && rest !== bare ? `${rest}?` : folded;
}
