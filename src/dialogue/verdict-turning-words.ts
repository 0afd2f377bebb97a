// The words that turn or narrow a yes/no question against its entry's curated verdict: a stance on a bare pronoun,
// a word of the opposite sense, giving up what the entry has a party do, and "which"/"how many" (a name or a count
// asked, which no word-by-word Yes confirms). Moved from verdict-read.ts (tidy39), which reads them.

import { lean } from "../lib/lean-regexp.js";

/** A stance whose object is a bare pronoun at the question's end: "is he against it?", "does russia back that?". */
export const STANCE_ON_PRONOUN =
  /(?<!\p{L})(?:against|oppos\p{L}*|support\p{L}*|back\p{L}*|reject\p{L}*|favou?r\p{L}*|endors\p{L}*) (?:it|that|this|them)(?: (?:then|now|too|either|at all))?\s*\??$/u;

/** Words that may turn a question against its entry's own ("did he reject…", "отверг ли…"): no curated verdict. */
export const OPPOSITE_SENSE = lean(
  /(?<!\p{L})(?:not|never|no|reject\p{L}*|refus\p{L}*|oppos\p{L}*|against|den(?:y|ie\p{L}*)|condemn\p{L}*|prais\p{L}*|stop\p{L}*|end\p{L}*|не|нет|ни|никогда|против|отверг\p{L}*|отказ\p{L}*|осуд\p{L}*|осужд\p{L}*|похвал\p{L}*|хвал\p{L}*|одобр\p{L}*|прекрат\p{L}*)(?!\p{L})/u,
);

/**
 * Giving up what the entry has a party do ("is russia ready to give up on mediating?", "about to quit trying to
 * mediate?", «готова отказаться от посредничества?»): the entry's curated Yes is for doing it, not for leaving it.
 */
export const GIVES_UP = lean(
  /(?<!\p{L})(?:give up|gave up|giving up|gives up|quit\p{L}*|abandon\p{L}*|walk(?:s|ed|ing)? away|back(?:s|ed|ing)? out|pull(?:s|ed|ing)? out|withdraw\p{L}*|bow(?:s|ed|ing)? out|drop(?:s|ped|ping)? out|брос\p{L}*|сдат\p{L}*|сда[её]т\p{L}*|выйти из|выход\p{L}* из)(?!\p{L})/u,
);

export const ASKS_WHICH = lean(/(?<!\p{L})(?:which|how many|how much)(?!\p{L})/u);
