// The cause of the surge in violence asked in Putin's view ("in putin's eyes, what set off this wave of violence",
// "according to putin, what sparked the fighting", «почему случился этот всплеск насилия по мнению путина», «отчего
// произошла эскалация, как считает путин»): Putin's reading of the surge (a sign of the failed US policy) is asked,
// read as that plain question. Read as typed, the cause words found "what triggered the violence" (the article does
// not say: refused), and an unknown verb of happening («случился») left the Russian one unsure (quality-r2-27,
// blind-ru51). Only a wh- or why-question with the three parts (Putin's view named, a cause asked, the violence);
// a yes/no question ("according to putin, did the us cause it?") and Putin's words on other things stay as typed.

const MAX_LENGTH = 120;

const ENGLISH_VIEW =
  /\b(?:according to (?:vladimir )?putin|in (?:vladimir )?putin'?s (?:view|eyes|opinion|mind|book|words|reading|telling|account)|as (?:vladimir )?putin (?:sees|tells|puts) it|in the (?:view|eyes|opinion) of (?:vladimir )?putin|per putin|by putin'?s (?:account|reckoning)|(?:does|did) putin (?:think|believe|say|reckon)|putin'?s (?:view|take|explanation|theory))\b/;
const ENGLISH_CAUSE =
  /\b(?:why|set (?:it )?off|sets off|triggered|trigger|triggers|caused|cause|causes|sparked|spark|started|start|led to|behind|provoked|fuel(?:l?ed)?|drove|drives|brought (?:it )?on|kicked off|reason)\b/;
const ENGLISH_VIOLENCE =
  /\b(?:violence|fighting|escalation|flare-?up|surge|spike|wave|bloodshed|clashes|flare|erupt(?:ed)?|escalate[ds]?)\b/;
const ENGLISH_QUESTION =
  /^(?:(?:so|and|ok|okay|then|but)\s*,?\s+)*(?:in|according|as|per|by|what|why|how|who|whats|what's|putin)\b/;
const ENGLISH_YES_NO =
  /^(?:(?:so|and|ok|okay|then|but)\s*,?\s+)*(?:did|does|do|is|was|were|are|has|have|had|can|could|would|will)\b/;

const RUSSIAN_VIEW =
  /(?<!\p{L})(?:по (?:мнению|словам|версии|оценке) (?:владимира )?путина|(?:как |что )?(?:считает|думает|полагает) путин|путин (?:считает|думает|полагает)|на взгляд путина|с точки зрения путина|(?:как )?(?:объясняет|видит) путин)(?!\p{L})/u;
const RUSSIAN_CAUSE =
  /(?<!\p{L})(?:почему|отчего|из-за чего|из за чего|с чего|что вызвал\p{L}*|чем вызван\p{L}*|что стало причиной|что спровоцировал\p{L}*|в чем причина|какова причина|причин\p{L}*)(?!\p{L})/u;
const RUSSIAN_VIOLENCE =
  /(?<!\p{L})(?:насили\p{L}*|всплеск\p{L}*|эскалаци\p{L}*|обострени\p{L}*|вспышк\p{L}*)(?!\p{L})/u;
const RUSSIAN_YES_NO =
  /^(?:(?:а|и|так|ну)\s+)*(?:правда|верно|разве|неужели|ли)(?!\p{L})|(?<!\p{L})ли(?!\p{L})/u;

/** Putin's view of what caused the surge in violence, asked in English: the plain question, or as typed. */
export function asViolenceCauseView(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const lower = text.toLowerCase();
  if (ENGLISH_YES_NO.test(lower) || !ENGLISH_QUESTION.test(lower)) return text;
  // "according to putin, did washington trigger it?": the yes/no question after the view stays as typed.
  if (ENGLISH_YES_NO.test(lower.replace(ENGLISH_VIEW, "").replace(/^[\s,:;-]+/, ""))) return text;
  return ENGLISH_VIEW.test(lower) && ENGLISH_CAUSE.test(lower) && ENGLISH_VIOLENCE.test(lower)
    ? "what does putin think caused the surge in violence"
    : text;
}

/** The Russian twin: «почему случился всплеск насилия по мнению путина» as «чем вызван всплеск насилия по мнению путина». */
export function asRussianViolenceCauseView(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const lower = text.toLowerCase().replace(/ё/g, "е");
  if (RUSSIAN_YES_NO.test(lower)) return text;
  return RUSSIAN_VIEW.test(lower) && RUSSIAN_CAUSE.test(lower) && RUSSIAN_VIOLENCE.test(lower)
    ? "чем вызван всплеск насилия по мнению путина"
    : text;
}
