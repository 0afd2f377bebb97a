// A story voice's reaction typed as bare keywords ("hamas israel putin reaction", "putin's response hamas israel",
// "kremlin reaction israel hamas", «хамас израиль реакция путина», «реакция кремля хамас израиль»): what that voice
// says about the conflict. Read as typed, "reaction" drew the Israeli government's missing reply (a refusal) or the
// Kremlin's contact with both sides (a "Yes." to no yes/no question; blind74). The reaction must be the voice's:
// the noun right after the voice ("putin reaction", «путин реакция») or the voice right after it ("reaction of
// putin", «реакция путина»); "hamas reaction to putin" and «реакция хамаса на путина» ask Hamas's reply, left as
// typed (party-reaction.ts). Every other word is a side or place of the fighting or glue, as in voice-keywords.ts.

const MAX_WORDS = 8;

const EN_PUTIN = /^(?:putin|putin's|putins|vladimir)$/;
const EN_RUSSIA = /^(?:russia|russia's|russias|moscow|moscow's|kremlin|kremlin's|russian)$/;
const EN_REACTION =
  /^(?:reaction|reactions|response|responses|reply|take|view|views|stance|position|opinion|thoughts|comment|comments)$/;
const EN_SIDES =
  /^(?:hamas|israel|israel's|israelis?|gaza|palestinians?|palestine|idf|war|conflict|fighting|violence|escalation)$/;
const EN_GLUE =
  /^(?:and|&|vs|versus|v|the|on|re|plus|or|with|to|about|towards?|over|of|from|in|a|quick|short)$/;

const RU_PUTIN = /^(?:путин\p{L}*|владимир\p{L}*)$/u;
const RU_RUSSIA = /^(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|рф)$/u;
const RU_REACTION = /^(?:реакци\p{L}*|отклик\p{L}*|отв[её]т|мнени\p{L}*|позици\p{L}*)$/u;
const RU_SIDES =
  /^(?:хамас\p{L}*|израил\p{L}*|газ[аеуы]|газой|сектор\p{L}*|палестин\p{L}*|войн\p{L}*|конфликт\p{L}*|насили\p{L}*|эскалаци\p{L}*)$/u;
const RU_GLUE = /^(?:и|а|vs|против|с|со|о|об|про|плюс|или|на|в|по|поводу|кратко|коротко|вкратце|короче)$/u;

/**
 * What a reaction word leaves in the lower-cased text (ё as е or ё): without one no reading can hold, so most
 * questions are not split into words (perf35: ~1.8 KB per answer).
 */
const EN_REACTION_CUE = /reaction|response|reply|take|view|stance|position|opinion|thoughts|comment/;
const RU_REACTION_CUE = /р[её]акци|отклик|отв[её]т|мн[её]ни|позици/;

/** One language's words: a voice (with the question it stands for), reactions, sides of the fighting, glue. */
interface Keywords {
  readonly cue: RegExp;
  readonly voices: readonly (readonly [voice: RegExp, question: string])[];
  readonly reaction: RegExp;
  readonly sides: RegExp;
  readonly glue: RegExp;
}

const EN: Keywords = {
  cue: EN_REACTION_CUE,
  voices: [
    [EN_PUTIN, "what does putin say about the conflict"],
    [EN_RUSSIA, "what is russia's position on the conflict"],
  ],
  reaction: EN_REACTION,
  sides: EN_SIDES,
  glue: EN_GLUE,
};

const RU: Keywords = {
  cue: RU_REACTION_CUE,
  voices: [
    [RU_PUTIN, "что путин говорит о конфликте"],
    [RU_RUSSIA, "какова позиция россии по конфликту"],
  ],
  reaction: RU_REACTION,
  sides: RU_SIDES,
  glue: RU_GLUE,
};

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}'&]+/u)
    .filter((w) => w !== "");
}

/** The voice's own reaction: the noun right after the voice, or the voice right after the noun (or "of"/"from"). */
function voiceReaction(ws: readonly string[], voice: RegExp, k: Keywords): boolean {
  if (ws.length < 2 || ws.length > MAX_WORDS) return false;
  const own = ws.some((w, i) => {
    if (!k.reaction.test(w)) return false;
    const before = ws[i - 1] ?? "";
    const after = ws[i + 1] ?? "";
    const afterOf = /^(?:of|from)$/.test(after) ? (ws[i + 2] ?? "") : after;
    return voice.test(before) || voice.test(afterOf);
  });
  return own && ws.every((w) => voice.test(w) || k.reaction.test(w) || k.sides.test(w) || k.glue.test(w));
}

/** The bare question, a closing mark or two taken off; null when the text is too long or asks something else. */
function bare(text: string): string | null {
  const t = text.trim().replace(/[?!.]+$/u, "");
  return t.length > 80 || /[?]/.test(t) ? null : t;
}

/** The voice's reaction asked in keywords, as the question it stands for; the text as typed otherwise. */
function asReaction(text: string, k: Keywords): string {
  const t = bare(text);
  if (t === null || !k.cue.test(t.toLowerCase())) return text;
  const ws = words(t);
  for (const [voice, question] of k.voices) if (voiceReaction(ws, voice, k)) return question;
  return text;
}

/** "hamas israel putin reaction" as what Putin says about the conflict; "kremlin reaction …" as Russia's position. */
export function asVoiceReaction(text: string): string {
  return asReaction(text, EN);
}

/** The Russian twin: «хамас израиль реакция путина» as «что путин говорит о конфликте». */
export function asRussianVoiceReaction(text: string): string {
  return asReaction(text, RU);
}
