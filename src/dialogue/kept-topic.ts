// A yes/no follow-up of the chat's topic that the article leaves open ("его создали в 2002?" after what the
// Quartet is: "В статье об этом нет") is an in-story gap, not an off-topic question: the chat still talks about
// the Quartet, so "путин про него что-то сказал?" next reads «него» as the Quartet. Stored as a refusal, the gap
// dropped the topic and the next pronoun had nothing to point at (d60-40). Only when the question points back
// with a pronoun and the verdict is "doesn't say"; a question off the story ("what's the weather there?") gets no
// verdict and keeps the refusal's context. The same for a gap the engine filled with a "not in the article" card
// while the pronoun went unread («его основали давно?» -> the card on dates): its words are no topic.
import type { DialogueContext, YesNo } from "./types.js";

const POINTS_BACK =
  /(?<!\p{L})(?:it|its|they|them|their|he|him|his|she|her|он|она|оно|они|его|её|ее|их|него|неё|нее|них|нему|ней|нём|нем|им|ним)(?!\p{L})/iu;

/** The chat's context kept (its topic and question) after a "doesn't say" gap asked of it, or null. */
export function keptAfterGap(
  question: string,
  verdict: YesNo | null,
  gapUnread: boolean,
  previous: DialogueContext | null,
  now: number,
): DialogueContext | null {
  if (verdict !== "not-said" || !gapUnread || !previous || previous.refused || !previous.topic) return null;
  if (!POINTS_BACK.test(question)) return null;
  return { ...previous, at: now, verdict };
}
