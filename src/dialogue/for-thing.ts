// Kind (dialog49; o115-07, d112-13#2): one more thing asked after a Yes on a call or a wish, with the call's "for" —
// "and for resuming negotiations as well?", "and for new talks too?" after "did putin urge / call for a ceasefire?".
// The list readers' "and X too?" (yes-again.ts) reads four words at most, and "and for … as well" spent them on glue;
// the message then went to a topic switch ("what did Putin say about resuming negotiations as well": no verdict) or to
// the claim checker ("so putin called for new negotiations too": "new" unbacked, doesn't say). Here the thing after
// "for" is the elliptical ask, read against the same evidence as "and negotiations too?" is ("new", "fresh",
// "restarting" talks are the evidence's "resumption"). Only after a question that called for or wanted something, so
// "is israel in it as well?" and the like are not read here.

/** "and for X (too|as well|also)?" — the X. */
const FOR_THING =
  /^(?:(?:and|but|so|plus|also)[, ]+)*(?:also )?for (.{2,60}?)(?:,? (?:too|as well|also))?\s*\?*$/u;
/** The last question called for, urged or wanted something. */
const CALLED =
  /(?<!\p{L})(?:call\p{L}* for|urg\p{L}*|push\p{L}* for|press\p{L}* for|ask\p{L}* for|plead\p{L}* for|appeal\p{L}* for|demand\p{L}*|want\p{L}*|wish\p{L}*|stress\p{L}*|emphasi[sz]\p{L}*|insist\p{L}*|advocat\p{L}*)(?!\p{L})/u;

/** The thing asked with "for" after a call or a wish ("resuming negotiations"), or null. */
export function forThingAsked(folded: string, lastQuestion: string): string | null {
  const thing = FOR_THING.exec(folded.trim())?.[1];
  return thing && CALLED.test(lastQuestion.toLowerCase()) ? thing : null;
}
