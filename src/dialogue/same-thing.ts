// "did Putin say the same thing?", "is that what Putin said too?", "а Путин то же самое говорил?": whether the
// last answer's words are another voice's too. That is the voice check quote-voice.ts / attribution.ts already
// answer from the article's attributions ("did Putin say that?": No — they are Peskov's), so the message is read
// as that check. "Did Peskov say the same as Putin?" names the other side itself: the check is read against what
// that second voice said ("what did Putin say?") as if it had been the last answer.

/** The question read as the voice check, and the earlier question to read it against (null: the last answer). */
export interface SameThingAsked {
  question: string;
  against: string | null;
}

const LEAD = "(?:(?:and|so|but|ok|okay|wait|then|hmm)[, ]+)?";
const WHO = "([\\p{L}][\\p{L}.' -]{1,40}?)";
const SAME_EN =
  "(?:(?:exactly |basically |pretty much |much )?the same(?: thing| things| point| words)?|that (?:too|as well)|so too|something (?:similar|like that)|likewise)";
const SAID_EN =
  "(?:say|said|tell|told|state|stated|claim|claimed|argue|argued|mention|mentioned|express|expressed|stress|stressed)";

/** "did Putin say the same thing (as Peskov)?", "has the Kremlin said that too?" */
const DID_SAY_SAME = new RegExp(
  `^${LEAD}(?:did|does|has|had) ${WHO} (?:also |ever |really )?${SAID_EN} ${SAME_EN}(?: too| as well)?(?: as ${WHO})?\\s*\\??$`,
  "u",
);
/** "is that what Putin said too?", "was that Putin's view as well?" */
const IS_THAT_WHAT = new RegExp(
  `^${LEAD}(?:is|was) (?:that|this|it) (?:also )?what ${WHO} (?:said|says|thinks|thought|meant|claimed|stated)(?: too| as well)?\\s*\\??$`,
  "u",
);
/** "Putin said the same?", "putin said the same thing too?" */
const SAID_SAME = new RegExp(
  `^${LEAD}${WHO} (?:also )?${SAID_EN} ${SAME_EN}(?: too| as well)?\\s*\\??$`,
  "u",
);

/** "is that the same thing peskov said?", "is this the same as what the kremlin says?" (dialog47) */
const IS_THAT_SAME = new RegExp(
  `^${LEAD}(?:is|was) (?:that|this|it) (?:also |basically |really )?${SAME_EN}(?: as)?(?: what| that)? ${WHO} (?:said|says|thinks|thought|meant|claimed|stated|is saying|was saying)(?: too| as well)?\\s*\\??$`,
  "u",
);
/** "who said that, peskov?", "who's saying this? putin?": the voice offered after the who-question (dialog47). */
const WHO_SAID_OFFERED = new RegExp(
  `^${LEAD}who(?:'s| is| was)? (?:said|says|saying|stated|claimed|claiming) (?:that|this|it|so)(?: then)?\\s*(?:,|—|–|-|\\?+)\\s*(?:was it |is it )?${WHO}\\s*\\??$`,
  "u",
);

/**
 * "who said the kremlin wants a constructive role, was it putin?", "who says russia is impartial — is it peskov?": the
 * who-question with its words, then a voice offered: the check read against the answer to the who-question (dialog53).
 */
const WHO_SAID_WHAT_OFFERED = new RegExp(
  `^${LEAD}who(?:'s| is| was)? (?:said|says|saying|stated|claimed|claims|claiming|wants|wanted) ((?!(?:that|this|it|so)\\s*(?:,|—|–|-|\\?|$))[\\p{L}' -]{6,120}?)\\s*(?:,|—|–|-|\\?+)\\s*(?:was it|is it|was that|is that|wasn't it|isn't it) ${WHO}\\s*\\??$`,
  "u",
);

const LEAD_RU = "(?:(?:а|и|ну|так|но)[, ]+)?";
const WHO_RU = "([\\p{L}][\\p{L} -]{1,40}?)";
const SAME_RU = "(?:то же(?: самое)?|тоже самое|это же|это тоже|тоже это|так же|что-то похожее|похожее)";
const SAID_RU = "(?:говорил|сказал|заявлял|заявил|утверждал|говорит|заявляет|утверждает)[аи]?";
const ALSO_RU = "(?:(?:тоже|также|же) )?";
/** "а Путин то же самое говорил?", "Путин говорил то же, что и Песков?", "а Путин тоже это сказал?" */
const SAME_SAID_RU = new RegExp(
  `^${LEAD_RU}${WHO_RU} ${ALSO_RU}(?:${SAME_RU} ${SAID_RU}|${SAID_RU} ${SAME_RU})(?:,? что и ${WHO_RU})?\\s*\\??$`,
  "u",
);

/** «а кто это говорит, путин?», «кто так сказал — песков?»: the voice offered after «кто говорит» (dialog47). */
const WHO_SAID_OFFERED_RU = new RegExp(
  `^${LEAD_RU}кто (?:(?:это|так|такое) )?(?:говорит|говорил\\p{L}*|сказал\\p{L}*|заявил\\p{L}*|заявляет|утверждает|утверждал\\p{L}*)(?: (?:это|так|такое))?\\s*(?:,|—|–|-|\\?+)\\s*(?:это )?${WHO_RU}\\s*\\??$`,
  "u",
);

/** «тоже это говорит», «так же утверждает»: «тоже» with a present-tense verb of saying. */
const HOLDS_TOO_RU =
  /(?<!\p{L})(?:тоже|также)(?: (?:это|так))? (?:говорит|заявляет|утверждает)(?!\p{L})|(?<!\p{L})(?:говорит|заявляет|утверждает) (?:тоже|также)(?!\p{L})/u;

const PRONOUN = /^(?:he|she|it|they|that|this|you|i|we|он|она|оно|они|это|ты|вы|я|мы)$/u;

/** The message as the voice check on the last answer (or on the named other voice's words), or null. */
export function sameThingOf(typed: string): SameThingAsked | null {
  const text = typed.trim().toLowerCase().replace(/\s+/g, " ");
  if (text.length > 200) return null;
  const en =
    DID_SAY_SAME.exec(text) ??
    IS_THAT_WHAT.exec(text) ??
    IS_THAT_SAME.exec(text) ??
    WHO_SAID_OFFERED.exec(text) ??
    SAID_SAME.exec(text);
  const offered = WHO_SAID_WHAT_OFFERED.exec(text);
  if (offered?.[1] && offered[2] && !PRONOUN.test(offered[2]))
    return { question: `did ${offered[2]} say that?`, against: `who said ${offered[1]}?` };
  if (en?.[1] && !PRONOUN.test(en[1])) {
    const other = en[2]?.trim();
    return { question: `did ${en[1]} say that?`, against: other ? `what did ${other} say?` : null };
  }
  const ru = SAME_SAID_RU.exec(text) ?? WHO_SAID_OFFERED_RU.exec(text);
  if (ru?.[1] && !PRONOUN.test(ru[1])) {
    const other = ru[2]?.trim();
    // «и песков тоже это говорит?»: one more voice holding it now, a stance the article reports of nobody else —
    // read as the view ("doesn't say"), not as whose the reported words are (dialog53, d46-35).
    if (!other && HOLDS_TOO_RU.test(text))
      return { question: `это сказал ${ru[1]}, он так считает?`, against: null };
    return { question: `это сказал ${ru[1]}?`, against: other ? `что сказал ${other}?` : null };
  }
  return null;
}
