// Kind (dialog43b, d108-40#2): Putin's feeling asked about "that", where "that" is what the last answer is about —
// «путин из-за этого переживает?», «а путин из-за этого беспокоится?», "is putin upset about that?" after where
// civilians are dying. The article reports his "deep concern over the rising number of civilian casualties in Israel
// and the Gaza Strip", so when the last answer names those casualties the message is his concern over them, asked
// plainly («путин обеспокоен гибелью мирных жителей?», Yes). Before, the checker met «из-за этого» with nothing to
// point at and said "doesn't say". After an answer on anything else (the US's failure, the call) the pointer is not
// the casualties, and the message is left as typed: a feeling about those the article does not report.
import type { Lang } from "../answering/types.js";
import { foldQuestion, withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueContext } from "./types.js";

const FEELING_RU =
  /(?<!\p{L})(?:пережива\p{L}*|беспоко\p{L}*|волну\p{L}*|тревож\p{L}*|обеспокоен\p{L}*|озабочен\p{L}*|расстроен\p{L}*|расстраива\p{L}*|огорч\p{L}*|сожале\p{L}*)(?!\p{L})/u;
const POINTER_RU =
  /(?<!\p{L})(?:из-за этого|из-за них|об этом|по этому поводу|по этому|за них|этим|это|от этого)(?!\p{L})/u;
const PUTIN_RU = /(?<!\p{L})(?:путин\p{L}*|он|его|ему)(?!\p{L})/u;
const FEELING_EN =
  /(?<!\p{L})(?:worried|worries|worry|concerned|upset|troubled|bothered|bothers|saddened|sad|alarmed|care|cares|distressed)(?!\p{L})/u;
const POINTER_EN =
  /(?<!\p{L})(?:about (?:that|it|this|them)|over (?:that|it|this|them)|by (?:that|it|this))(?!\p{L})/u;
const PUTIN_EN = /(?<!\p{L})(?:putin|he|him)(?!\p{L})/u;
/** A question of reason or other voices is another kind ("why is he worried about that?"). */
const OTHER_ASK =
  /(?<!\p{L})(?:why|how|who|what|when|почему|зачем|как|кто|что|когда|песков\p{L}*|эрдоган\p{L}*|кремл\p{L}*|peskov|erdogan|kremlin|not|не)(?!\p{L})/u;
/** The casualties in the last answer's words, either language. */
const CASUALTIES = /(?:civilian|casualt|мирн\p{L}* жител|жертв)/u;

/** The feeling asked as Putin's concern over the civilian casualties, or null. */
export function concernAboutThatOf(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): string | null {
  if (!context?.entryId || context.refused || text.length > 80) return null;
  const q = withoutEndMarks(foldQuestion(text));
  const ru = /\p{Script=Cyrillic}/u.test(q);
  if (OTHER_ASK.test(q.replace(/^(?:а|и|ну|so|and|but)[, ]+/u, ""))) return null;
  const asked = ru
    ? FEELING_RU.test(q) && POINTER_RU.test(q) && PUTIN_RU.test(q)
    : FEELING_EN.test(q) && POINTER_EN.test(q) && PUTIN_EN.test(q);
  if (!asked) return null;
  const last = kit.engine.answerForEntry(context.entryId, ru ? "ru" : lang);
  if (!last?.answered || !CASUALTIES.test(last.answer.toLowerCase())) return null;
  // "he" is Putin only where the last answer is not another voice's.
  if (!/путин|putin/u.test(q) && context.speakerId != null && context.speakerId !== "putin") return null;
  return ru
    ? "путин обеспокоен гибелью мирных жителей?"
    : "is putin concerned about the civilian casualties?";
}
