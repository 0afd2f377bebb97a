// The Russian side of unmentioned-event.ts (wave CA, quality50ru): an event or deed the article never mentions,
// asked yes/no of parties it does («Эвакуируют ли россиян из Газы?», «Кремль эвакуирует россиян из Израиля?»,
// «Путин принимал делегацию ХАМАС в Москве?»). The engine is unsure between the parties' cards, and a card's «не
// сказано» passed the story's parties off as an answer to it. The English reader's rule was left English-only
// because a Russian question's unknown words are many (forms the lexicon does not stem); here it is kept to what
// that does not touch: one sentence (a remark before the question — «По-моему, Путин играет на публику. Он …?» —
// brings words of its own), no stance on a party (хвалил, осудил, одобрил, поддержал: the praise readers' and the
// checker's), nothing pointing back at the story («это», «такое»), and a word the engine does not know at all.

import type { NearMissFinder } from "./rescue.js";

/** A stance on a party, which the article's criticism bears on («песков хвалил сша?»). */
const STANCE_RU =
  /(?<!\p{L})(?:хвал\p{L}*|похвал\p{L}*|осуд\p{L}*|осужд\p{L}*|одобр\p{L}*|поддерж\p{L}*|критик\p{L}*|раскритик\p{L}*|благодар\p{L}*|приветств\p{L}*|упрека\p{L}*|упрекн\p{L}*|обвин\p{L}*|вин\p{L}*)(?!\p{L})/u;
/** The question points back at something of the story or the chat. */
const POINTS_BACK_RU =
  /(?<!\p{L})(?:это|этого|этому|этом|этим|эта|эту|этот|эти|такое|такого|так|тоже|об этом|про это)(?!\p{L})/u;
/** A sentence before the question: a remark of the asker's. */
const TWO_SENTENCES = /[.!?…]\s+\S/u;

/** Whether a Russian yes/no question asks an event by a word the engine does not know at all. */
export function asksUnknownEventRu(folded: string, engine: Partial<NearMissFinder>): boolean {
  const text = folded.trim();
  if (TWO_SENTENCES.test(text) || STANCE_RU.test(text) || POINTS_BACK_RU.test(text)) return false;
  return (engine.explain?.(text).unknown?.length ?? 0) > 0;
}
