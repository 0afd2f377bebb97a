// Kind: "is that the same guy who called erdogan?", "is he the one who spoke with Erdogan?", "это он разговаривал
// с Эрдоганом?" after a turn about one person (Peskov). An identity check, not a claim about the deed: the deed is
// asked of anyone ("who called erdogan?"), and the voice the article gives for it (the answer's reported speaker,
// not one the deed itself names) is compared with the person the pronoun means (answered-person.ts). Same voice:
// Yes; another: No — the card then shows whom the article does give (Putin). Null where the form does not match,
// no person is in context, or the deed's answer gives no voice: the message is read as typed.
import type { Lang } from "../answering/types.js";
import { pronounPersonOf } from "./answered-person.js";
import { readsAsRussian } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext, DialogueTurn } from "./types.js";

const SAME_EN =
  /^(?:(?:so|and|wait|but|ok|okay|hold on)[, ]+)*(?:is|was) (?:he|she|that|this|it) (?:also |actually |really )?(?:the same (?:guy|person|man|woman|one|official|speaker)|the (?:guy|person|man|woman|one|official))(?:,)? (?:who|that) (.+?)\s*\?*$|^(?:(?:so|and|wait|but|ok|okay)[, ]+)*(?:is|was) it (?:him|her) (?:who|that) (.+?)\s*\?*$/iu;
const SAME_RU =
  /^(?:(?:а|и|так|ну|стоп)[, ]+)*(?:это (?:он|она)(?: же)?|(?:он|она)(?: и есть| же)? тот(?: же)?(?: самый)?(?: человек)?,? (?:кто|который|которая))\s+(\p{L}+л(?:а|и|ся|ась)?\s+.+?)\s*\?*$/iu;

export function sameDoerTurn(
  text: string,
  context: DialogueContext | null | undefined,
  speakers: SpeakerNames,
  lang: Lang,
  respond: (question: string) => DialogueTurn,
): DialogueTurn | null {
  if (!context) return null;
  const t = text.trim().toLowerCase();
  const ru = readsAsRussian(t, lang);
  const m = (ru ? SAME_RU : SAME_EN).exec(t);
  const deed = m?.[1] ?? m?.[2];
  const person = deed ? pronounPersonOf(context, speakers) : null;
  if (!deed || !person) return null;
  const asked = ru ? `кто ${deed}?` : `who ${deed}?`;
  const turn = respond(asked);
  const reply = turn.replies[0];
  if (turn.replies.length !== 1 || reply?.kind !== "answer" || !reply.answer.answered) return null;
  const inDeed = new Set(speakers.namedIn(deed).map((n) => n.id));
  const doer = reply.answer.quotes.find(
    (q) => q.voice === "reported" && q.speakerId && !inDeed.has(q.speakerId),
  )?.speakerId;
  if (!doer) return null;
  const verdict = doer === person ? "yes" : "no";
  return {
    ...turn,
    replies: [{ ...reply, verdict, verdictSource: "attribution", understood: reply.understood ?? asked }],
    context: turn.context ? { ...turn.context, verdict } : turn.context,
  };
}
