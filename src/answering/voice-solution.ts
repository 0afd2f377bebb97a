// A way out of the crisis asked in a Russian voice's view ("how does russia think this crisis can be ended", "what's
// moscow's solution to the conflict", "what does the kremlin propose to end the war", «как по мнению россии выйти из
// кризиса», «что россия предлагает, чтобы выйти из этой ситуации», «какой выход из кризиса видит москва»): that
// voice's position (its calls for a ceasefire, talks, regional coordination), asked as "what is <voice>'s position".
// Read as typed, the article's own remedy (how-to-resolve), the Kremlin's readiness and the Foreign Ministry's line
// tied, and the question went to "not sure which" (blind-ru63). Only a whole message of that shape is read so: a
// place or party beside the crisis ("the war in ukraine") keeps the message as typed, and the gate refuses it.

/** The Russian voices, and the name each stands for here: Peskov speaks for the Kremlin. */
const VOICE_EN =
  "(?:the\\s+)?(?:russians?|russia|moscow|kremlin|putin|vladimir\\s+putin|peskov|foreign\\s+ministry|russian\\s+(?:government|side|foreign\\s+ministry|president|leadership))";
const RESOLVE_EN =
  "(?:end|resolve|solve|settle|stop|fix|defuse|calm|de-?escalate|get\\s+out\\s+of|put\\s+an\\s+end\\s+to|bring\\s+an\\s+end\\s+to|sort\\s+out|wind\\s+down)";
const RESOLVED_EN =
  "(?:ended|resolved|solved|settled|stopped|fixed|defused|calmed|de-?escalated|sorted\\s+out)";
const CRISIS_EN =
  "(?:(?:the|this|that|all\\s+this)\\s+)?(?:(?:current|whole|ongoing)\\s+)?(?:crisis|conflict|war|fighting|violence|situation|mess|escalation|standoff|bloodshed)(?:\\s+(?:in\\s+the\\s+middle\\s+east|in\\s+gaza|between\\s+israel\\s+and\\s+(?:hamas|the\\s+palestinians)))?";
const LEAD_EN = "^\\s*(?:(?:so|and|but|ok|okay|then)[\\s,]+)?";
const END_EN = "\\s*[?!.]*\\s*$";
const WAY_EN = "(?:solution|way\\s+out|fix|remedy|recipe|answer|prescription|formula)";

const SOLUTION_EN: readonly RegExp[] = [
  // "how does russia think this crisis can be ended", "how does moscow want to end the war"
  new RegExp(
    `${LEAD_EN}(?:how|in\\s+what\\s+way)\\s+(?:does|do|would|did)\\s+(${VOICE_EN})\\s+(?:think|believe|want|propose|suggest|plan|hope|say|see|intend|expect)(?:\\s+(?:that|to|we\\s+should|it\\s+should))?\\s+(?:${CRISIS_EN}\\s+(?:can|could|should|would|might|will|is\\s+to)\\s+be\\s+${RESOLVED_EN}|${RESOLVE_EN}\\s+${CRISIS_EN})${END_EN}`,
    "i",
  ),
  // "what's moscow's solution to the conflict", "the kremlin's way out of this crisis?"
  new RegExp(
    `${LEAD_EN}(?:what(?:'s|\\s+is|\\s+was)\\s+)?(${VOICE_EN})(?:'s|s'|s)\\s+${WAY_EN}(?:\\s+(?:to|for|of|out\\s+of)\\s+${CRISIS_EN})?${END_EN}`,
    "i",
  ),
  // "what does the kremlin propose to end the war", "what does russia suggest for resolving the conflict"
  new RegExp(
    `${LEAD_EN}what\\s+(?:does|do|did|would)\\s+(${VOICE_EN})\\s+(?:propose|suggest|offer|recommend|want\\s+done|think\\s+should\\s+be\\s+done)\\s+(?:to|for|in\\s+order\\s+to)\\s+(?:${RESOLVE_EN}|(?:resolving|ending|solving|settling|stopping))\\s+${CRISIS_EN}${END_EN}`,
    "i",
  ),
  // "how, according to russia, can the conflict be resolved", "according to moscow, how do we end the war"
  new RegExp(
    `${LEAD_EN}(?:how,?\\s+according\\s+to\\s+(${VOICE_EN}),?|according\\s+to\\s+(${VOICE_EN}),?\\s+how)\\s+(?:(?:can|could|should|would|might|will|is)\\s+${CRISIS_EN}\\s+be\\s+${RESOLVED_EN}|(?:(?:can|could|should|do|would)\\s+(?:we|they|one|you)\\s+)?(?:to\\s+)?${RESOLVE_EN}\\s+${CRISIS_EN})${END_EN}`,
    "i",
  ),
];

/** The voice as the position question names it: Peskov speaks for the Kremlin. */
function positionEn(voice: string): string {
  const v = voice.toLowerCase().replace(/\s+/g, " ").replace(/^the /, "");
  if (/putin|president/.test(v)) return "what is putin's position";
  if (/foreign ministry/.test(v)) return "what is the foreign ministry's position";
  if (/kremlin|peskov/.test(v)) return "what is the kremlin's position";
  return "what is russia's position";
}

/** The question as "what is <voice>'s position", or as it came. */
export function asVoiceSolution(text: string): string {
  if (text.length > 160) return text;
  const plain = text.replace(/[\u2018\u2019]/g, "'");
  for (const re of SOLUTION_EN) {
    const m = re.exec(plain);
    const voice = m?.[1] ?? m?.[2];
    if (voice) return positionEn(voice);
  }
  return text;
}

const VOICE_RU =
  "(россия|россии|рф|москва|москвы|кремль|кремля|путин|путина|песков|пескова|мид|мида|российские власти|российских властей|российская сторона|российской стороны)";
const RESOLVE_RU =
  "(?:выйти из|выбраться из|разрешить|урегулировать|решить|закончить|прекратить|остановить|уладить|разрулить|погасить|завершить)";
const CRISIS_RU =
  "(?:(?:этот|эту|этого|этой|текущий|текущую|текущего|текущей|нынешний|нынешнюю|нынешнего|нынешней|всю|всего|всей) )?(?:кризис|кризиса|конфликт|конфликта|войну|войны|ситуацию|ситуации|тупика|противостояние|противостояния|бойню|бойни|эскалацию|эскалации)";
const WAY_RU = "(?:выход|путь|решение|рецепт|способ)";
const VIEW_RU = "(?:по мнению|по версии|по оценке|с точки зрения|по представлению|по словам)";
const PROPOSES_RU = "(?:предлагает|предлагают|видит|видят|советует|советуют|считает нужным|думает|считает)";
const LEAD_RU = "^\\s*(?:(?:а|и|так|ну|ок)[\\s,]+)?";
const END_RU = "\\s*[?!.]*\\s*$";

const SOLUTION_RU: readonly RegExp[] = [
  // «как по мнению россии выйти из кризиса», «как, с точки зрения москвы, надо урегулировать конфликт»
  new RegExp(
    `${LEAD_RU}как,? ${VIEW_RU} ${VOICE_RU},? (?:(?:можно|нужно|надо|следует|стоит|получится) )?${RESOLVE_RU} ${CRISIS_RU}${END_RU}`,
    "iu",
  ),
  // «какой выход из кризиса видит москва», «какое решение конфликта предлагает россия»
  new RegExp(
    `${LEAD_RU}(?:какой|каков|какое|какую|что за) ${WAY_RU}(?: (?:из|для|у) ${CRISIS_RU})? ${PROPOSES_RU} ${VOICE_RU}${END_RU}`,
    "iu",
  ),
  new RegExp(
    `${LEAD_RU}(?:какой|каков|какое|какую|что за) ${WAY_RU}(?: (?:из|для|у) ${CRISIS_RU})? ${VOICE_RU} ${PROPOSES_RU}${END_RU}`,
    "iu",
  ),
  // «что россия предлагает, чтобы выйти из этой ситуации», «что предлагает кремль для урегулирования конфликта»
  new RegExp(
    `${LEAD_RU}(?:что|чего) (?:${VOICE_RU} ${PROPOSES_RU}|${PROPOSES_RU} ${VOICE_RU}),? (?:(?:чтобы|чтоб|для того чтобы) ${RESOLVE_RU} ${CRISIS_RU}|для (?:выхода из|урегулирования|разрешения|решения|прекращения) ${CRISIS_RU})${END_RU}`,
    "iu",
  ),
  // «как россия предлагает выйти из кризиса», «как москва хочет урегулировать конфликт»
  new RegExp(
    `${LEAD_RU}как ${VOICE_RU} (?:предлагает|предлагают|хочет|хотят|собирается|собираются|думает|считает нужным|видит возможность) ${RESOLVE_RU} ${CRISIS_RU}${END_RU}`,
    "iu",
  ),
];

/** The voice as the position question names it: Peskov speaks for the Kremlin. */
function positionRu(voice: string): string {
  const v = voice.toLowerCase();
  if (v.startsWith("путин")) return "какова позиция путина";
  if (v.startsWith("мид")) return "какова позиция мида";
  if (v.startsWith("кремл") || v.startsWith("песков")) return "какова позиция кремля";
  return "какова позиция россии";
}

/** The question as «какова позиция <voice>», or as it came. */
export function asRussianVoiceSolution(text: string): string {
  if (text.length > 160) return text;
  const folded = text.replace(/ё/g, "е").replace(/Ё/g, "Е");
  for (const re of SOLUTION_RU) {
    const m = re.exec(folded);
    const voice = m?.slice(1).find((g) => g !== undefined);
    if (voice) return positionRu(voice);
  }
  return text;
}
