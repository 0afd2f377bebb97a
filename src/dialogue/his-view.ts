// Kind: "а кто по его мнению этому мешал", "что, по её словам, им надо делать?": a Russian wh-question with "in his
// view" said of the last answer's voice. The pronoun frame only says whose view is asked, which the context already
// holds (the last answer is that voice's); left in, "по его мнению" was read as Putin's opinion asked afresh and the
// engine found several entries of his ("Не уверен, какой из этих вопросов…"), losing the thing "этому" points at.
// The frame is dropped, so the follow-up readers take the question as "а кто этому мешал". Only a wh-question (a
// yes/no keeps its frame for the verdict readers) and only with a pronoun: "по мнению Путина" names its voice.

import { opinionOf } from "./pronoun-reading.js";

const QUESTION_START =
  /^(?:(?:а|и|но|ну|так)[, ]+)?(?:кто|кого|кому|кем|что|чего|чем|чём|почему|зачем|отчего|как|где|когда|какой|какая|какое|какие|каким|каких|чей|чья|чьи)(?!\p{L})/u;
const HIS_VIEW =
  /,?\s*(?<!\p{L})(?:по (?:его|ее|её|их) (?:мнению|словам|версии|оценке)|на (?:его|ее|её|их) взгляд|как (?:он|она|они) (?:считает|считают|думает|думают|полагает|полагают))(?!\p{L}),?/u;
const MAX_CHARS = 160;
const WHICH_START = /^(?:(?:а|и|но|ну|так)[, ]+)?(?:какую|какого|каком|какому|сколько)(?!\p{L})/u;
const HIS_VIEW_RU = /(?<!\p{L})по (?:его|ее|её) (мнению|словам|версии|оценке)(?!\p{L})/u;

/**
 * «а какую роль сама россия играла, по его словам?» after Putin: the wh-question names another party (Russia), so the
 * frame is whose words are asked — dropped, the Kremlin's role answered; it is kept with the voice named, «по словам
 * Путина» (dialog-r2-37b, d92-39#3). Null where the question names no other voice or the name has no genitive here.
 */
export function hisViewNamedOf(
  text: string,
  voiceId: string | null | undefined,
  speakers: { namedIn(folded: string): readonly { id: string }[]; shortName(id: string, lang: "ru"): string },
): string | null {
  if (!voiceId || text.length > MAX_CHARS) return null;
  const folded = text.toLowerCase();
  if (!QUESTION_START.test(folded.trim()) && !WHICH_START.test(folded.trim())) return null;
  const m = HIS_VIEW_RU.exec(folded);
  if (!m) return null;
  if (!speakers.namedIn(folded).some((n) => n.id !== voiceId)) return null;
  const name = opinionOf(speakers.shortName(voiceId, "ru"));
  if (!name) return null;
  return `${text.slice(0, m.index)}по ${m[1]} ${name}${text.slice(m.index + m[0].length)}`;
}

/** The wh-question without its "по его мнению" frame, or null when it has none. */
export function hisViewDroppedOf(text: string): string | null {
  if (text.length > MAX_CHARS) return null;
  const folded = text.toLowerCase();
  if (!QUESTION_START.test(folded.trim())) return null;
  const m = HIS_VIEW.exec(folded);
  if (!m) return null;
  const out = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
  return out.replace(/\s+([?!.])/gu, "$1");
}
