// A summary asked of one voice's position («кратко перескажи позицию путина», «вкратце изложи точку зрения
// пескова по конфликту»): what that voice holds, read as «какова позиция <voice>[ …]». Read as typed, the summary
// verb outweighed the voice and the question was "not sure which" (wave AU's kind, quality-r2-32). Any name may
// stand there: a voice the article never quotes («позицию байдена») is refused as «какова позиция байдена» is.
import { foldedRussian } from "./plain-text.js";

const BRIEF = "(?:кратко|коротко|вкратце|в двух словах|в паре слов|быстро|в общих чертах|пожалуйста|плиз|пж)";
const RETELL =
  "(?:перескажи|перескажите|изложи|изложите|резюмируй|резюмируйте|подытожь|подытожьте|обобщи|обобщите|суммируй|опиши|опишите|расскажи|расскажите)";
const POSITION = "(?:позицию|точку зрения|взгляды|взгляд|мнение|видение)";

/** «[кратко] перескажи [кратко] позицию <voice>[ по …][ кратко]»: the voice is one or two words. */
const VOICE_SUMMARY = new RegExp(
  `^(?:(?:а|и|ну|так)\\s+)?(?:${BRIEF}\\s+)*${RETELL}(?:\\s+${BRIEF})*\\s+${POSITION}\\s+(\\p{L}+(?:\\s+(?:россии|рф|кремля))?)((?:\\s+(?:по|о|об|насчет|относительно)\\s+\\p{L}+(?:\\s+\\p{L}+){0,3}?)?)(?:\\s+${BRIEF})*\\s*[?.!]*\\s*$`,
  "u",
);

/** The question as «какова позиция <voice>[ …]», or as it came. */
export function asRussianVoiceSummary(text: string): string {
  if (text.length > 160) return text;
  const m = VOICE_SUMMARY.exec(foldedRussian(text));
  if (!m?.[1] || m[1] === "статьи" || m[1] === "автора") return text;
  return `какова позиция ${m[1]}${m[2] ?? ""}`;
}
