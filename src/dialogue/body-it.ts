// Kind (dialog43, d107-20): "it" for the body a spokesman speaks for, after "who said so?" named him — "and does it
// keep in touch with both sides?", "does it want to mediate?", "is it ready to help?" after the Kremlin's role and
// Peskov as its voice. The chat's speaker is now a person (Peskov), so "it" went to the last topic's leftovers ("does
// the involved keep in touch…") and the card came back with "doesn't say so in those words". A person is no "it":
// where the chat's speaker is a spokesman and the body he speaks for was the one asked of just before (the last
// question names it, or it is the earlier speaker), "it" as the subject is that body. "does it say…", "is it true"
// (the article, the claim) are left as typed.
import type { Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { fold, readsAsRussian } from "./language.js";
import { bodyOf } from "./spokesman-stance.js";
import type { DialogueContext } from "./types.js";

/** "it" as the subject of a question: after an auxiliary of doing, not before a verb of telling (that "it" is the
 * article); "is it…", "was it Peskov who…" ask of the claim or the voice, not of the body. */
const IT_SUBJECT_EN =
  /^((?:(?:and|so|but|ok|okay|then)[,.! ]+)*(?:(?:why|how|what|who|whom|where) )?(?:does|did|do|has|had|will|would|can|could)) it (?!(?:say|says|said|mention|mentions|tell|tells|report|reports|true|right|correct|so|just|really true|possible|likely|over|matter|matters|mean|means|make sense|count|work)(?!\p{L}))/u;

export function bodyItOf(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): string | null {
  if (!context?.speakerId || context.refused || text.length > 100) return null;
  const t = fold(text);
  if (readsAsRussian(t, lang) || !IT_SUBJECT_EN.test(t)) return null;
  const body = kit.speakers.isPerson(context.speakerId) ? bodyOf(context.speakerId, kit) : null;
  if (!body) return null;
  const asked =
    kit.speakers.namedIn(fold(context.question)).some((n) => n.id === body) ||
    context.earlier?.[0]?.speakerId === body;
  if (!asked) return null;
  return t.replace(IT_SUBJECT_EN, `$1 ${kit.speakers.shortName(body, "en")} `);
}
