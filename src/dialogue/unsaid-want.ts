// Kind (dialog43b, an old false «Да»): a wish added with «тоже» after what Putin wants — «и санкций тоже?», «а
// санкции тоже хочет?», «и блокады тоже?» — where the last answer's evidence names none of its words. carried-asks.ts
// used to put it as «путин хочет санкций?», and the verdict path, dropping the word it does not know, gave the card's
// Yes. Here such a wish is "doesn't say" on the last answer, and the rewrite is not made (context-rewrites.ts asks
// `unsaidWantOf` first). A wish the evidence names even in part («и возобновления переговоров тоже?», a typo in one
// word) is left to the rewrite, which the pinned sets answer Yes (o54-09, d41-40) or No (o54-21, «заморозить»).
// Only after a wh-answer, or with the verb of wishing said again: after a yes/no the list readers go on from it.
import type { AskedOfLast } from "./asked-of-last.js";
import { wantsAlsoOf } from "./carried-asks.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { partyOf } from "./included-too.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueContext, DialogueTurn } from "./types.js";
import { ellipticalWords, evidenceNames } from "./yes-again.js";

const WISH_VERB = /(?<!\p{L})(?:хочет|хотел|просит|просил|требует|требовал|добивается)(?!\p{L})/u;
const WANTED = /^путин хочет (?<thing>.+)\?$/u;

/** The wished thing of «и X тоже (хочет)?» when none of its words is in the last answer's evidence, else null. */
function unsaidWish(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
): string | null {
  if (!context?.entryId || context.refused || !/\p{Script=Cyrillic}/u.test(text)) return null;
  const rewrite = wantsAlsoOf(text, context);
  const thing = rewrite ? WANTED.exec(rewrite)?.groups?.thing?.replace(WISH_VERB, "").trim() : null;
  if (!thing || (context.verdict != null && !WISH_VERB.test(text))) return null;
  // A party or a person is the other readers' («а хамасу тоже?», «а Макрону тоже?»).
  if (partyOf(thing, kit) || kit.speakers.namedIn(thing).length > 0) return null;
  const content = ellipticalWords(thing);
  const last = kit.engine.answerForEntry(context.entryId, "ru");
  if (!content || !last?.answered || last.quotes.length === 0) return null;
  // A word in either language ("и negotiations тоже?", d107-33): the English quotes and answer as well.
  const english = kit.engine.answerForEntry(context.entryId, "en");
  const named = content.some((w) =>
    [w, ...(w.length >= 7 ? [w.slice(0, 5)] : [])].some(
      (stem) =>
        evidenceNames([stem], last, "ru", last.answer) ||
        (english != null && evidenceNames([stem], english, "en", english.answer)),
    ),
  );
  return named ? null : thing;
}

/** True when the message is such a wish: the carried rewrite is not made (context-rewrites.ts). */
export function unsaidWantOf(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
): boolean {
  return unsaidWish(text, context, kit) != null;
}

/** The wish the article never gives: "doesn't say", with the last answer's evidence (last-answer-chain.ts). */
export function unsaidWantTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const thing = unsaidWish(ask.text, ask.context, kit);
  const last = thing ? ask.last("ru") : null;
  if (!thing || !last) return null;
  const reply = notSaidOf(last, ask.context.question, thing, "Об этом там ничего нет.");
  return { lang: "ru", replies: [reply], context: { ...ask.context, verdict: "not-said" } };
}
