// Kind (dialog43, d107-13): the body a spokesman speaks for, asked "too" after his words — "the kremlin too?", "and
// the Kremlin as well?", «а Кремль тоже?», «и Кремль тоже так?» after Peskov's statement. The article gives his words
// as the body's own aim ("Peskov reaffirms that the Kremlin aims to play a constructive role … and seeks to assist in
// finding a settlement"; his role: "speaking for the Kremlin"), so what he said the Kremlin wants, the Kremlin wants:
// Yes, on the last card, whose quote names the body. The party swap asked the last question again of the Kremlin
// and answered its card without a verdict line. Only where the last card quotes a spokesman of that body and his
// words name it; any other voice "too" is left to the other readers (included-too.ts, party-swap.ts).
import type { Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { bodyOf } from "./spokesman-stance.js";
import { tooAskedOf } from "./too-asked.js";
import type { DialogueContext, DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const NAME = "[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,2}?";
const TOO_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|what about)[,.! ]+)*(?:(?:and|also) )?(?<name>${NAME}),? (?:too|as well|also)(?: then)?$`,
  "u",
);
const TOO_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[,.! ]+)*(?<name>${NAME}),? (?:тоже|также)(?: (?:так|этого хочет|за это|этого добивается))?$`,
  "u",
);

/** Read with the context, not the last entry: the spokesman's card ("what did he say") is his quotes, no entry. */
export function bodyTooTurn(
  text: string,
  context: DialogueContext | null,
  kit: DialogueKit,
  readerLang: Lang,
): DialogueTurn | null {
  const found = tooAskedOf(text, context, kit, readerLang, { en: TOO_EN, ru: TOO_RU });
  if (!found) return null;
  const { asked: body, last, lang } = found;
  // The spokesman's own words, naming the body he speaks for.
  const spoken = last.quotes.some(
    (q) =>
      q.speakerId !== body &&
      bodyOf(q.speakerId, kit) === body &&
      kit.speakers.namedIn(q.text.toLowerCase()).some((n) => n.id === body),
  );
  return spoken ? verdictOnLast(last, text, found.context, lang, "yes", "pronoun") : null;
}
