// A speaker set aside before a who-question ("apart from putin, who else on the russian side commented", «помимо
// путина кто ещё с российской стороны высказывался»): the roster of the story's other voices is asked, and the name
// set aside is no topic. Read as typed, the name outweighed the rest ("putin" found what Putin leaves unsaid, "apart"
// found the Quartet's "part"), so the question is read without the set-aside phrase, "else"/«ещё» kept (quality-r2-27,
// blind-ru51). Only a speaker of the story set aside and a who-question right after it; anything else stays as typed.
// A set-aside speaker before a question about ANOTHER story voice ("besides putin, what did peskov say", "leaving
// putin aside, what was peskov's statement", «кроме путина, что сказал песков»): that voice is asked, and the phrase
// set aside is dropped whole, no "else" added (quality28; read with "else" it was the roster of every voice).

const MAX_LENGTH = 120;

const ENGLISH_SPEAKER = String.raw`(?:(?:vladimir\s+)?putin|(?:dmitry\s+)?peskov|(?:the\s+)?kremlin|(?:the\s+)?(?:russian\s+)?foreign\s+ministry|(?:the\s+)?president|him)`;
const ENGLISH_SET_ASIDE = new RegExp(
  String.raw`^\s*(?:(?:so|and|ok|okay|but)\s*,?\s+)*(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to|beyond)\s+${ENGLISH_SPEAKER}\s*,?\s*(?=(?:who|whom)\b)`,
  "i",
);

const RUSSIAN_SPEAKER = String.raw`(?:(?:владимира\s+)?путина|(?:дмитрия\s+)?пескова|кремля|мида|министерства\s+иностранных\s+дел|президента|него)`;
const RUSSIAN_SET_ASIDE = new RegExp(
  String.raw`^\s*(?:(?:а|и|так|ну)\s+)*(?:кроме|помимо)\s+${RUSSIAN_SPEAKER}\s*,?\s*(?=(?:кто|кого)(?!\p{L}))`,
  "iu",
);

/**
 * The set-aside after the who-word or at the end ("who else spoke besides putin himself", «кто ещё из кремля
 * высказался кроме самого путина», «кто помимо путина говорил от имени кремля», wave AN): dropped the same way.
 */
const ENGLISH_SET_ASIDE_LATER = new RegExp(
  String.raw`\s*,?\s*(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?)\s+${ENGLISH_SPEAKER}(?:\s+himself)?\s*,?\s*(?=$|[?!.]|\s+(?:who|spoke|said|commented|talked|made|gave|voiced|had))`,
  "i",
);
const RUSSIAN_SET_ASIDE_LATER = new RegExp(
  String.raw`\s*,?\s*(?:кроме|помимо|не\s+считая)\s+(?:самого\s+)?${RUSSIAN_SPEAKER}(?:\s+самого)?\s*,?\s*(?=$|[?!.]|\s)`,
  "iu",
);

/** A speaker named in the rest of the question, the one set aside not counted. */
const ENGLISH_NAMED = /\b(?:putin|peskov|kremlin|foreign\s+ministry|mfa)\b/gi;
const ENGLISH_ASIDE_OTHER = new RegExp(
  String.raw`^\s*(?:(?:so|and|ok|okay|but)\s*,?\s+)*(?:(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to|beyond)\s+(${ENGLISH_SPEAKER})|(?:(?:leaving|setting|putting)\s+)?(${ENGLISH_SPEAKER})\s+aside)\s*,?\s*(?=(?:what|how|why|which|did|does|do|was|is|has|tell)\b)`,
  "i",
);
const RUSSIAN_NAMED = /(?<!\p{L})(?:путин|песков|кремл|мид|министерств)\p{L}*/giu;
const RUSSIAN_ASIDE_OTHER = new RegExp(
  String.raw`^\s*(?:(?:а|и|так|ну)\s+)*(?:кроме|помимо|не\s+считая|если\s+не\s+считать)\s+(${RUSSIAN_SPEAKER})\s*,?\s*(?=(?:что|чего|как|почему|о\s+ч[её]м|какие|какую|какой|сказал|заявил)(?!\p{L}))`,
  "iu",
);

/** The rest of a question after a set-aside speaker, when it names another story voice; null otherwise. */
function otherVoiceAsked(text: string, aside: RegExp, named: RegExp): string | null {
  const m = aside.exec(text);
  if (!m) return null;
  const setAside = (m[1] ?? m[2] ?? "").toLowerCase();
  const rest = text.slice(m[0].length);
  const voices = (rest.match(named) ?? []).map((v) => v.toLowerCase());
  return voices.some((v) => !setAside.includes(v.slice(0, 5))) ? rest : null;
}

/** "besides putin, who else spoke" as "who else spoke", or as typed. */
export function withoutSpeakerSetAside(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const other = otherVoiceAsked(text, ENGLISH_ASIDE_OTHER, ENGLISH_NAMED);
  if (other !== null) return other;
  const rest = text.replace(ENGLISH_SET_ASIDE, "");
  if (rest === text) return laterSetAside(text, /^\s*(?:who|whom)\b/i, ENGLISH_SET_ASIDE_LATER, "who else");
  return /^(?:who|whom)\s+else\b/i.test(rest) ? rest : rest.replace(/^(who|whom)\b/i, "$1 else");
}

/** «помимо путина кто ещё высказывался» as «кто ещё высказывался», or as typed. */
export function withoutRussianSpeakerSetAside(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const other = otherVoiceAsked(text, RUSSIAN_ASIDE_OTHER, RUSSIAN_NAMED);
  if (other !== null) return other;
  const rest = text.replace(RUSSIAN_SET_ASIDE, "");
  if (rest === text && /^\s*(?:кто|кого)(?!\p{L})/iu.test(text))
    return laterSetAside(text, /^\s*(?:кто|кого)(?!\p{L})/iu, RUSSIAN_SET_ASIDE_LATER, "кто ещё");
  // (quality42ru) «какие ещё российские ведомства упоминаются, помимо президента?»: the same with "which".
  if (rest === text) return laterSetAside(text, WHICH_RU, RUSSIAN_SET_ASIDE_LATER, "$1 ещё");
  return /^(?:кто|кого)\s+ещ[её](?!\p{L})/iu.test(rest)
    ? rest
    : rest.replace(/^(кто|кого)(?!\p{L})/iu, "$1 ещё");
}

/** «какие», «каких»: a which-question of the roster. */
const WHICH_RU = /^\s*(как(?:ие|их|ими|им))(?!\p{L})/iu;

/** A who-question with the set-aside later in it, without it and with "else" / «ещё»; or as typed. */
function laterSetAside(text: string, who: RegExp, later: RegExp, whoElse: string): string {
  if (!who.test(text)) return text;
  const rest = text.replace(later, " ").replace(/\s+/g, " ").trim();
  if (rest === text.trim()) return text;
  return /^\s*(?:who|whom)\s+else\b|^\s*(?:кто|кого|как\p{L}+)\s+ещ[её](?!\p{L})/iu.test(rest)
    ? rest
    : rest.replace(who, whoElse);
}
