// Chat glue before the question ("ok, but is…", "понятно, а…") and lead-ins that go back to the article ("Back
// to the article: where…?", "Вернёмся к статье: …"): the first is dropped and the context kept, the second is
// dropped with the context, so the question after it is read on its own.

import { lean, leanRegExp } from "../lib/lean-regexp.js";
import { withoutAudience } from "./audience.js";
import { withAuxiliarySpelledOut } from "./chat-shorthand.js";
import { exactDetailAsked } from "./exact-detail.js";
import { withoutHedgeRu } from "./hedge-ru.js";
import { withoutSelfIntro } from "./self-intro.js";

const LEADING_INTERJECTION = lean(
  /^\s*(?:правда|серь[её]зно|неужели|да ладно|ого|ничего себе|really|seriously|wow|oh)\s*[?!.]+\s+(?=\S)/iu,
);

// Chat glue before the question: "ok, but is…", "thanks! and does…", "Привет! О чём…", "понятно, а…". A glue word
// counts only when punctuation, a "but"/"но", or another glue word and punctuation ("ok fine, …") follows it, so
// "хорошо ли…" or "great powers…" stay as typed; "and"/"а" after it is kept (it marks a follow-up). "и что,
// прямо…?" / "so what, …?" is glue of its own. "quick q - does…", "figured. does…": a dash after spaces also
// ends a glue word. "ok fine what did…", "alright who…": a word of assent right before a question word, no comma.
// "meh. and that call…", "ugh, ok…", «мда. а…»: a sigh before the question is glue too (dialog28, d52-05#2).
// "well what did putin say then": "well" is such a word too (dialog37b, d86-21#2).
// "seriously, did putin…", "come on, does he…", «серьёзно, путин…», «ну конечно, …»: the asker's tone before a
// yes/no question (verdict42: read whole, it was no yes/no, or the checker read «серьезно» as a stance).
const GLUE_WORD =
  "(?:(?:ok(?:ay)?|fine|alright|well) then|well|right|ok(?:ay)?|got it|i see|interesting|weird|strange|odd|странно|makes sense|wow|ah|huh|oh|good|sure|интересно|любопытно|ага|угу|вот как|thanks(?: a lot)?|thank you|thx|cool|great|nice|fine|alright|all right|hi|hello|hey|yo|sup|hiya|heya|" +
  "listen|look|hang on|hold on|one sec|wait a (?:sec|second|minute|moment)|погоди(?:те)?|подожди(?:те)?|btw|by the way|lol|hm+|um+|nvm|never ?mind|forget (?:it|that)|anyway|whatever|meh|ugh|bleh|sigh|welp|pf+t?|" +
  "quick q(?:uestion)?|one (?:more|last) (?:thing|question|q)|figured|thought so|as expected|fair enough|" +
  "seriously|honestly(?: now)?|come on|of course|серь[её]зно|честно(?: говоря)?|конечно|" +
  "быстрый вопрос|ещё вопрос|еще вопрос|так и думал[аи]?|" +
  "мда|эх|пф+|понятно|ясно|спасибо|лан|ладн|(?:ну )?привет|здравствуйте|добрый день|ок(?:ей)?|хорошо|ладно|отлично|понял[аи]?|" +
  "слушай(?:те)?|слышь|слыш|кстати|хм+|ну|неважно|проехали|забудь(?:те)?|короче|в общем)";
const CHAT_GLUE = leanRegExp(
  `^\\s*(?:${GLUE_WORD}(?:\\s*[,.!;:]+\\s*|\\s+[-–—]+\\s+|\\s+(?=(?:but|но)\\s)|\\s+(?=${GLUE_WORD}\\s*[,.!;:]))(?:(?:but|но)\\s+)?|(?:и|а|ну) что\\s*,\\s*|so what\\s*,\\s*|(?:(?:ok(?:ay)?|fine|alright|all right|cool|sure|well)\\s+)+(?=(?:what|who|whom|why|how|when|where|which)\\s))(?=\\S)`,
  "iu",
);

// "ну тогда про что статья" after a refusal: "тогда" before a question word only links it to the last turn.
const THEN_LEAD = lean(
  /^\s*(?:(?:ну|а|и|ладно|так)[, ]+)?тогда,?\s+(?=(?:про|о|об|что|кто|как|где|когда|почему|зачем|как\p{L}*|ч[её]м|с кем)(?!\p{L}))/iu,
);

// "who is that guy anyway", "for what specifically", "who is he btw": a short follow-up's trailing intensifier is no topic (the
// engine refused both); only in a message of a few words, where it cannot be the thing asked.
const TRAILING_GLUE = lean(
  /^(.{3,40}?)[,\s]+(?:anyway|anyways|specifically|exactly|precisely|btw|by the way|tho|though)\s*([?!.]*)\s*$/iu,
);

// "who is erdogan, remind me", "what country is he from again", "кто это, напомни": a plea to be reminded (or
// "again") after a short question asks the question itself; only after a question word, in a few words.
const TRAILING_REMIND = lean(
  /^((?:wait|hold on|sorry|oh|um+|hm+)?[,\s]*(?:who|what|where|which|кто|что|откуда|какой|какая|где)(?!\p{L}).{2,40}?)(?:[,\s]+(?:(?:can|could) (?:you|u) )?(?:remind me|again)|[,\s]+(?:напомни(?:те)?|ещё раз|еще раз))\s*([?!.]*)\s*$/iu,
);
const LEADING_WAIT = lean(
  /^\s*(?:wait|hold on|sorry|стоп|погоди|подожди)\s*[,.!-]*\s+(?=(?:who|what|where|which|кто|что|откуда|какой|какая|где)(?!\p{L}))/iu,
);

// "like how far?", "so like, who?": a chat "like" before a question word asks the question (dialog46).
const LEADING_LIKE = lean(
  /^\s*(?:so |and |you mean )?like\s*[,.]*\s+(?=(?:how|who|what|where|which|when|why)(?!\p{L}))/iu,
);

// "and with palestinians more broadly?", "does it also have ties with the palestinians in general?": a widening
// tail asks the question itself; read with it, "palestinians more broadly" was a party the article never names.
const TRAILING_GENERAL = lean(
  /^(.{3,120}?)[,\s]+(?:in general|more broadly|broadly|more generally|generally speaking|as a whole|at large)\s*([?!.]*)\s*$/iu,
);

// "why does that matter here", "why is it important in all this": where it matters is the story itself, no topic
// (read with "here" the engine refused it; d71-20).
const TRAILING_HERE = lean(
  /^(.{3,60}?(?<!\p{L})(?:matter|matters|mattered|important|relevant|significant|count|counts))[,\s]+(?:here|in (?:all )?(?:this|that)(?: story| context| case)?|in the story)\s*([?!.]*)\s*$/iu,
);

/** The trailing intensifier taken off — unless it is the question's point: "did he say what compromises exactly?" asks
 * whether a voice gave that detail (exact-detail.ts), and without "exactly" it was the entry's curated Yes (d72-13#3). */
const withoutTrailingIntensifier = (text: string): string => {
  const rest = text.replace(TRAILING_GLUE, "$1$2");
  // Read only when there was a tail to take: the precision check stays off every other message's path.
  return rest !== text && exactDetailAsked(text.toLowerCase(), "en") ? text : rest;
};

/** "who is he btw" → "who is he": a short message's trailing intensifier or a widening tail, for the readers of the
 * raw message. */
export const withoutTrailingGlue = (text: string): string => {
  const rest = withoutTrailingIntensifier(text)
    .replace(TRAILING_GENERAL, "$1$2")
    .replace(TRAILING_HERE, "$1$2");
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
};

/** The question without its chat glue, however many pieces lead it; the text itself when nothing would remain. */
export function withoutChatGlue(text: string): string {
  let rest = withAuxiliarySpelledOut(
    withoutTrailingIntensifier(
      text
        .replace(LEADING_WAIT, "")
        .replace(LEADING_LIKE, "")
        .replace(TRAILING_REMIND, "$1$2")
        .replace(LEADING_INTERJECTION, ""),
    ),
  );
  // «типа они монополизировали процесс?»: a Russian hedge before the statement asked back (hedge-ru.ts).
  rest = withoutHedgeRu(rest);
  for (let i = 0; i < 3; i++) {
    // "hi im doing a school project, …": who asks is no part of the question (self-intro.ts), nor "like I'm 12"
    // (audience.ts).
    const unglued = withAuxiliarySpelledOut(rest.replace(CHAT_GLUE, "").replace(THEN_LEAD, ""));
    const next = withoutAudience(withoutSelfIntro(unglued));
    if (next === rest) break;
    rest = next;
  }
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}

/** "Back to the article:", "ok back to it,", "anyway, going back to the story -", "вернёмся к статье:" — a return from a side topic. */
const BACK_TO_ARTICLE = lean(
  /^\s*(?:(?:ok(?:ay)?|so|anyway|well|alright|right|fine|but)[,!.]?\s+)*(?:(?:let'?s |let us |now )?(?:go(?:ing)? |get(?:ting)? |come |coming )?back to (?:it(?!\p{L})|(?:the |this |that )?(?:article|story|text|news|piece|topic|main (?:topic|story|point)))|(?:ну |ладно,? |хорошо,? |так,? |а )?(?:давай(?:те)? )?(?:вернёмся|вернемся|возвращаясь|возвращаюсь|вернусь) (?:к|в) (?:статье|статью|тексту|теме|новости|материалу))\s*[:,.!;—–-]+\s*(?=\S)/iu,
);

/** The question after a back-to-the-article lead-in, or null when the message has none. */
export function topicSwitchOf(text: string): string | null {
  const rest = text.replace(BACK_TO_ARTICLE, "");
  return rest !== text && /[\p{L}\p{N}]/u.test(rest) ? rest : null;
}
