// A who-question with its answer offered after it: "who's getting hurt tho, civilians?", "who is to blame, the
// US?", "who did Putin call, Erdogan?". Asked as the yes/no question it is ("are civilians getting hurt?", "did
// Putin call Erdogan?"), so it gets its verdict; "who else is in it? china?" (dialog47) offers it after a "?" too and
// asks "is china in it?"; read as the who-question it had none. "only/just" offers are a
// list's (list-member.ts reads "who was in it — only the US?"), left alone here; so are two options offered.

import { callPartyGuessed } from "./guessed-call-party.js";
import { ONLY_EN } from "./restrictive-only.js";

const OFFERED =
  /^(?:(?:and|so|but|ok|okay|well|hm+|oh)[,.!]*\s+)*who(?: else)?(?:'s| is| are| was| were| (did|does|do|has|have|had))\s+([^,?—–:]{3,100}?)\s*(?:,|—|–|:|\s-|\?+)\s*((?:the )?[\p{L}.'-]+(?: [\p{L}.'-]+){0,2}?)\s*\?+$/iu;
/** "was it X", "X maybe": the guess's own hedging, no part of the name offered. */
const GUESS_LEAD = /^(?:(?:or )?(?:was it|is it|it was|it's|maybe|perhaps|probably) )/iu;
const GUESS_TAIL = / (?:maybe|perhaps|probably|i guess|i think)$/iu;
/** An offer opening with a restricting word (restrictive-only.ts's English ones). */
const ONLY = new RegExp(`^${ONLY_EN}(?!\\p{L})`, "iu");
const FILLER = /\s+(?:tho|though|then|exactly|really)$/iu;
const NOT_A_PARTY = /^(?:who|what|why|how|right|yes|no|or|and|i mean|maybe|perhaps|probably)(?!\p{L})/iu;

/** The yes/no question the offered answer makes, or null. */
export function offeredAnswerOf(text: string): string | null {
  if (text.length > 200) return null;
  const m = OFFERED.exec(text.trim());
  // "who was putin on the phone with, was it macron?", "who did he speak with by phone, X?": the reported call's
  // party guessed where the offer cannot simply follow the verb, read whole by call-party.ts
  // (guessed-call-party.ts), which names the one it was with. "who did putin call, X?" is rewritten here.
  if (
    callPartyGuessed(text.toLowerCase()) &&
    !(
      m?.[1] &&
      /^[\p{L}']+(?: [\p{L}']+)? (?:call|phone|ring|talk to|speak to|speak with|talk with|chat with)$/iu.test(
        m[2]?.trim() ?? "",
      )
    )
  )
    return null;
  // "who is putin blaming, israel or hamas?": two options offered are an alternative (alternative.ts), no answer.
  if (!m?.[2] || !m[3] || ONLY.test(m[3]) || / or /iu.test(m[3])) return null;
  const rest = m[2].replace(FILLER, "");
  const offered = m[3].replace(GUESS_LEAD, "").replace(GUESS_TAIL, "");
  if (!offered || NOT_A_PARTY.test(offered)) return null;
  const aux = m[1]?.toLowerCase();
  // "who did Putin call, Erdogan?": the offer is the object; "who has been hurt, civilians?": the subject.
  if (aux && !(/^(?:has|have|had)$/u.test(aux) && /^(?:been|got|gotten)\b/iu.test(rest)))
    return `${aux} ${rest} ${offered}?`;
  const plural = /s$/iu.test(offered) && !/^(?:the )?us$/iu.test(offered);
  const be =
    aux ??
    (/(?:was|were)$/iu.test(text.split(/\s+/u).slice(0, 3).join(" "))
      ? plural
        ? "were"
        : "was"
      : plural
        ? "are"
        : "is");
  return `${be} ${offered} ${rest}?`;
}
