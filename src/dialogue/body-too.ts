// Kind (dialog43, d107-13): the body a spokesman speaks for, asked "too" after his words — "the kremlin too?", "and
// the Kremlin as well?", «а Кремль тоже?», «и Кремль тоже так?» after Peskov's statement. The article gives his words
// as the body's own aim ("Peskov reaffirms that the Kremlin aims to play a constructive role … and seeks to assist in
// finding a settlement"; his role: "speaking for the Kremlin"), so what he said the Kremlin wants, the Kremlin wants:
// Yes, on the last card, whose quote names the body. The party swap asked the last question again of the Kremlin
// and answered its card without a verdict line. Only where the last card quotes a spokesman of that body and his
// words name it; any other voice "too" is left to the other readers (included-too.ts, party-swap.ts).
import type { Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import { bodyOf } from "./spokesman-stance.js";
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
  if (!context || context.refused) return null;
  const folded = foldQuestion(text);
  if (folded.length > 50) return null;
  const ru = readsAsRussian(folded, readerLang);
  const lang: Lang = ru ? "ru" : "en";
  const t = folded.replace(/[?!.…\s]+$/u, "").trim();
  const name = (ru ? TOO_RU : TOO_EN).exec(t)?.groups?.name;
  if (!name) return null;
  const named = kit.speakers.namedIn(name);
  // The name alone (an article before it at most): "the kremlin", not "the kremlin's role".
  const only = named.length === 1 && /^(?:the )?$/u.test(name.slice(0, named[0]!.start));
  if (!only || named[0]!.end < name.length - 1) return null;
  const body = named[0]!.id;
  const last = context.entryId
    ? kit.engine.answerForEntry(context.entryId, lang)
    : context.speakerId
      ? kit.engine.quotesBy(context.speakerId, lang)
      : null;
  if (!last?.answered) return null;
  // The spokesman's own words, naming the body he speaks for.
  const spoken = last.quotes.some(
    (q) =>
      q.speakerId !== body &&
      bodyOf(q.speakerId, kit) === body &&
      kit.speakers.namedIn(q.text.toLowerCase()).some((n) => n.id === body),
  );
  return spoken ? verdictOnLast(last, text, context, lang, "yes", "pronoun") : null;
}
