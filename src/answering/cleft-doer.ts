// "Was it the Foreign Ministry that called for a ceasefire?", "is it Peskov who wants talks to resume?": a cleft
// that puts one of the story's own voices in the doer's place. Read whole, the voice's name outweighed the act
// and the engine found that voice's own entry (the Foreign Ministry's position) instead of the act's; the act
// asked alone ("who called for a ceasefire") finds the entry that says who did it, and the yes/no layer compares
// the named voice with it. message-reading.ts takes the act's reading only where it is surer than the whole
// ("is it Russia that talks to both sides?" keeps its own entry). A party the article never names is
// wrong-party.ts's, and "is it true that …" is no cleft.
import { leanRegExp } from "../lib/lean-regexp.js";

/** The story's own voices and parties, as typed (lower case). */
const VOICE =
  "(?:(?:vladimir\\s+)?putin|(?:dmitry\\s+)?peskov|(?:the\\s+)?kremlin|(?:the\\s+)?(?:russian\\s+)?foreign\\s+ministry|(?:the\\s+)?mfa|russia|moscow|(?:recep\\s+(?:tayyip\\s+)?)?erdo[gğ]an|the\\s+(?:russian|turkish)\\s+(?:president|leader|government|spokesman|spokesperson)|(?:the\\s+)?(?:us|u\\.s\\.|united\\s+states|americans|washington)|(?:the\\s+)?(?:un|united\\s+nations|eu|european\\s+union))";

/** The act after "who/that": a verb first ("called", "wants", "is calling", "has blamed"), not a new subject. */
const ACT =
  "((?:(?:is|was|has|had)\\s+)?[a-z]+(?:ed|es|s)\\b.*|(?:is|was)\\s+[a-z]+ing\\b.*|(?:said|spoke|told|made|sought|thought|wants|urged|pushed|blamed|stressed)\\b.*)";

const CLEFT = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+|wait\\s+)?(?:was|is)\\s+it\\s+(?:really\\s+|actually\\s+)?${VOICE}\\s+(?:who|that)\\s+${ACT}$`,
  "i",
);

/** An urging verb and its past ("did peskov call for a ceasefire?" asks who called for it). */
const URGED: Record<string, string> = {
  call: "called",
  push: "pushed",
  press: "pressed",
  ask: "asked",
  appeal: "appealed",
  plead: "pleaded",
  urge: "urged",
  demand: "demanded",
  stress: "stressed",
  propose: "proposed",
};
/**
 * "did peskov call for a ceasefire?", "has the foreign ministry urged an immediate truce?": a plain yes/no naming one
 * of the story's voices for an urging. Read whole, the voice's name found its own card (who Peskov is); the act
 * asked alone finds who did urge it, and the yes/no layer compares the named voice with it (quality-en51).
 */
const DID_URGE = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+|wait\\s+)?(?:did|does|has)\\s+${VOICE}\\s+(?:also\\s+|really\\s+|actually\\s+|ever\\s+)?(?:(call|push|press|ask|appeal|plead)(?:ed)?\\s+(for\\s+.+)|(urge|demand|stress|propose)d?\\s+(.+))$`,
  "i",
);

/** The act of a cleft naming one of the story's voices as "who <act>", or the question as it came. */
export function asCleftDoer(question: string): string {
  const text = question.replace(/[?!.\s]+$/, "");
  const m = CLEFT.exec(text);
  if (m) return `who ${m[1]}`;
  const urged = DID_URGE.exec(text);
  if (!urged) return question;
  const verb = (urged[1] ?? urged[3]!).toLowerCase();
  return `who ${URGED[verb]} ${urged[2] ?? urged[4]}`;
}

/** Whether the question is a plain "did <voice> urge …" (its act outranks the voice's own card). */
export function isUrgeAsked(question: string): boolean {
  return DID_URGE.test(question.replace(/[?!.\s]+$/, ""));
}

/** The story's voices in Russian, by the start of the word (Russian inflects). */
const VOICE_RU =
  "(?:путин\\p{L}*|песков\\p{L}*|кремл\\p{L}*|мид(?:\\s+россии|\\s+рф)?|министерств\\p{L}*\\s+иностранных\\s+дел|росси\\p{L}*|москв\\p{L}*|эрдоган\\p{L}*|сша|америк\\p{L}*|вашингтон\\p{L}*|оон|ес|евросоюз\\p{L}*)";
/** A verb of saying or urging in the past, the act the cleft asks the doer of. */
const ACT_RU =
  "((?:заявил|сказал|говорил|сообщил|подчеркнул|призвал|призывал|выступил|предложил|обвинил|упомянул|отметил|пообещал|высказал|назвал|раскритиковал|критиковал)\\p{L}*(?:\\s.*|,.*)?)";
/** "Это МИД заявил, что …?", "а это Путин призвал к …?": a cleft naming a voice for a saying (quality47). */
const CLEFT_RU = leanRegExp(
  `^\\s*(?:(?:а|и|так|но)\\s+)?это\\s+(?:же\\s+|точно\\s+|правда\\s+)?${VOICE_RU}\\s+${ACT_RU}$`,
  "iu",
);

/**
 * The voice put last, after its act ("провальной политику США назвал Песков?", "к перемирию призвал МИД?"): the same
 * question of who did it (quality28; the twin «это Песков назвал политику Америки провальной?» is the cleft above,
 * "назвал" one of its acts since then). Only a voice closing the question right after a verb of the acts.
 */
const VOICE_LAST_RU = leanRegExp(
  `^\\s*(?:(?:а|и|так|но)\\s+)?(?!это\\s)((?:\\p{L}+\\s+){1,8}?)((?:заявил|сказал|подчеркнул|призвал|призывал|предложил|обвинил|назвал|раскритиковал|критиковал)\\p{L}*)\\s+(?:же\\s+|именно\\s+|точно\\s+)?${VOICE_RU}$`,
  "iu",
);

/**
 * A voice first, a calling-names act after it, asked with a question mark («Песков назвал политику США провальной?»,
 * «МИД раскритиковал Вашингтон?»): who called it so; the yes/no layer compares the named voice (quality28). Only
 * these acts, «назвал» with the name it gives closing the question (an instrumental: «провальной»; «Песков назвал
 * сроки?» asks for dates): «Путин призвал к перемирию?» keeps its own reading.
 */
const VOICE_FIRST_RU = leanRegExp(
  `^\\s*(?:(?:а|и|так|но)\\s+)?${VOICE_RU}\\s+(?:же\\s+|правда\\s+|действительно\\s+)?((?:назвал\\p{L}*\\s.*\\p{L}(?:ой|ым|ыми|ей|им)|(?:раскритиковал|критиковал)\\p{L}*\\s.*))$`,
  "iu",
);

/** The act of a Russian cleft naming one of the story's voices as "кто <act>", or the question as it came. */
export function asRussianCleftDoer(question: string): string {
  const text = question.replace(/[?!.\s]+$/u, "");
  const m = CLEFT_RU.exec(text);
  if (m) return `кто ${m[1]}?`;
  const first = /\?\s*$/u.test(question) ? VOICE_FIRST_RU.exec(text) : null;
  if (first) return `кто ${first[1]}?`;
  const last = VOICE_LAST_RU.exec(text);
  return last ? `кто ${last[2]} ${last[1]!.trim()}?` : question;
}
