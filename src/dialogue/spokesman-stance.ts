// Kind: "он за мирное урегулирование?" after "кто такой песков", "does peskov want a settlement?": a stance asked
// of a spokesman, whose words the article gives as the stance of the body he speaks for ("Peskov reaffirms that
// the Kremlin … seeks to assist in finding a settlement"). The claim checker keeps speaker and actor apart, so the
// question of Peskov came out with no verdict or "doesn't say" while the same question of the Kremlin is Yes. Where
// the message asks of the spokesman (by name, or "he"/"он" with him in context) and gets no Yes or No, it is asked
// again of the body (his speaker role says "speaking for the Kremlin"), and that reading is kept only when it is
// Yes on evidence that quotes the spokesman himself. Never a No, and never a verdict the plain reading gave.
import type { Lang } from "../answering/types.js";
import { pronounPersonOf } from "./answered-person.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import type { DialogueContext, DialogueTurn } from "./types.js";

const PRONOUN_EN = /^(?:(?:so|and|but|ok|okay|well)[, ]+)?(?:is|does|did|has|was) (he|she)(?!\p{L})/iu;
const PRONOUN_RU = /^(?:(?:а|и|ну|так)[, ]+)?(он|она)(?!\p{L})/iu;
const YES_NO_EN = /^(?:(?:so|and|but|ok|okay|well)[, ]+)?(?:is|does|did|has|was|would|will) /iu;

/** The body a spokesman speaks for ("speaking for the Kremlin" -> kremlin), or null for any other voice. */
export function bodyOf(id: string, kit: DialogueKit): string | null {
  const role = kit.kb.speakerById.get(id)?.role.toLowerCase() ?? "";
  const body = kit.kb.speakers.find(
    (s) => s.id !== id && role.includes(`for the ${s.name.toLowerCase().replace(/^the /, "")}`),
  );
  return body?.id ?? null;
}

export function spokesmanStanceTurn(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
  respond: (question: string) => DialogueTurn,
): DialogueTurn | null {
  const t = text.trim().toLowerCase();
  if (!t.endsWith("?")) return null;
  const ru = readsAsRussian(t, lang);
  if (!ru && !YES_NO_EN.test(t)) return null;
  const { speakers } = kit;
  // The spokesman asked: named first in the message, or the pronoun opening it with him in context.
  const named = speakers.namedIn(t)[0];
  const pronoun = (ru ? PRONOUN_RU : PRONOUN_EN).exec(t);
  const inContext = pronoun && !named ? pronounPersonOf(context ?? null, speakers) : null;
  const voice = named?.id ?? inContext;
  const body = voice ? bodyOf(voice, kit) : null;
  if (!voice || !body) return null;
  const plain = respond(text);
  const first = plain.replies[0];
  if (plain.replies.length !== 1 || first?.kind !== "answer") return null;
  if (first.verdict === "yes" || first.verdict === "no") return plain;
  const name = speakers.shortName(body, ru ? "ru" : "en");
  const asked = named
    ? `${t.slice(0, named.start)}${name}${t.slice(named.end)}`
    : `${t.slice(0, pronoun?.index ?? 0)}${t.slice(pronoun?.index ?? 0).replace(pronoun?.[1] ?? "", name)}`;
  const again = respond(asked);
  const reply = again.replies[0];
  const quotesVoice = reply?.kind === "answer" && reply.answer.quotes.some((q) => q.speakerId === voice);
  if (again.replies.length !== 1 || reply?.kind !== "answer" || reply.verdict !== "yes" || !quotesVoice)
    return plain;
  return { ...again, replies: [{ ...reply, understood: reply.understood ?? asked }] };
}
