// "did peskov blame the US?", "песков критиковал вашингтон?": a charge the article reports of one voice (Putin
// faults Washington) asked of another voice of the article. The claim checker reads it as misattributed — the
// words are the article's, the speaker is not — and the blind sets' writers want a No there, with the evidence
// saying whose view it is ("in the article that is Putin's view"), not "doesn't say". Only a charge against a
// party (blame, criticise, accuse, fault; винить, критиковать, обвинять, упрекать): a wish another voice may share
// ("did Erdogan call for a ceasefire?") stays "doesn't say", since the article is silent on his side of the call.
// A charge asked as one more ("did Peskov blame them too?", "а Песков тоже критикует Америку?", "like Putin did",
// "repeat that criticism") presumes Putin's and asks whether another voice joined it: the article is silent on
// that, so "doesn't say" (the blind sets label it so).
import type { ClaimVerdict } from "../claims/index.js";

const CHARGE =
  /(?<!\p{L})(?:blam\p{L}*|criticiz\p{L}*|criticis\p{L}*|accus\p{L}*|fault\p{L}*|condemn\p{L}*|вин(?:ит|ил|ят|или|ишь)\p{L}*|обвин\p{L}*|критик\p{L}*|критиков\p{L}*|раскритик\p{L}*|упрек\p{L}*|упрека\p{L}*|упрекнул\p{L}*|осуд\p{L}*|осужда\p{L}*)(?!\p{L})/u;

/** The charge asked as another's besides the one reported. */
const ONE_MORE =
  /(?<!\p{L})(?:too|also|as well|either|like|repeat\p{L}*|echo\p{L}*|тоже|также|как и|как путин|повтор\p{L}*)(?!\p{L})/u;

/** No where the checker finds the charge asked said by another voice of the article; else null. */
export function wrongVoiceVerdict(asked: string, checked: ClaimVerdict | null): "no" | null {
  if (checked?.verdict !== "misattributed" || checked.changes.length > 0) return null;
  const text = asked.toLowerCase();
  return CHARGE.test(text) && !ONE_MORE.test(text) ? "no" : null;
}
