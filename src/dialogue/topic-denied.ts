// Kind: "is this about ukraine?", "is the article about china?", «статья про украину?», «это про выборы?»: a
// question whether the article is about a topic it never covers. The engine refuses it ("The article doesn't
// cover that. It is about this: …") and the verdict was "doesn't say"; but the article's topic is known, so the
// asked topic is plainly not it: No, with the same reply after it. Only the refused question (out-of-scope).
// The shapes the engine reads as "what is this article about" ("is this the story about syria?", "which war is this
// article about? ukraine?", «это текст про армению?»; answering/article-topic-check.ts) are answered with the
// summary; here the topic they name is asked of the engine alone, and a topic it refuses as outside the article
// gives the same No with what the article is about, before any other reader (topicDeniedReply).
import { articleTopicAsked } from "../answering/article-topic-check.js";
import type { Answer, Lang } from "../answering/types.js";
import type { Parties } from "../knowledge/parties.js";
import { countryOf } from "./countries.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import type { AnswerReply, FollowUpKind } from "./types.js";

const ABOUT_EN =
  /^(?:(?:so|and|but|ok|okay|wait|hey)[, ]+)*(?:is|was) (?:this|that|it|the (?:article|story|text|piece|news)|this (?:article|story|text|piece)) (?:(?:all|mainly|mostly|really|actually) )?(?:about|on|regarding|covering) (?!what|who|how|why|when|where)\p{L}/u;
const ABOUT_RU =
  /^(?:(?:а|и|так|ну)[, ]+)?(?:(?:эта )?(?:статья|текст|новость|заметка|материал)|это|она) (?:(?:вообще|вообще-то|в основном|именно) )?(?:про|о|об|насчёт|насчет) (?!ч[её]м|кого|что|как)\p{L}/u;

/** True when a folded question asks whether the article is about a topic (to be read against a refusal). */
export function asksArticleTopic(folded: string, lang: "en" | "ru"): boolean {
  return (
    (lang === "ru" ? ABOUT_RU : ABOUT_EN).test(folded.trim()) || articleTopicAsked(folded, lang) !== null
  );
}

const GIST = /^.*?(?:It is about this|Она вот о чём):\s*/su;

/** The refusal ("The article doesn't cover that. It is about this: …") as a No with the article's gist. */
export function topicDeniedText(refusal: string, lang: "en" | "ru"): string {
  const gist = refusal.replace(GIST, "");
  if (gist === refusal) return refusal;
  return lang === "ru"
    ? `Нет. Статья не об этом, она вот о чём: ${gist}`
    : `No. The article is about something else: ${gist}`;
}

/** The topic after "about"/«про»: its words, one of which may name a country. */
const TOPIC_EN = /(?:about|on|regarding|covering) (.+)$/u;
const TOPIC_RU = /(?:про|о|об|насчёт|насчет) (.+)$/u;

/**
 * "is the article about ukraine?", «а статья про украину?» answered with the summary (or refused): a country the
 * article's parties do not include is a No, the summary showing what it is about (dialog50). A country the story
 * has ("about israel?") is left to the summary alone.
 */
export function topicCountryDenied(
  folded: string,
  lang: "en" | "ru",
  answer: Pick<Answer, "kind" | "answered">,
  parties: Parties,
): boolean {
  if (answer.answered && answer.kind !== "summary") return false;
  if (!asksArticleTopic(folded, lang)) return false;
  const topic = (lang === "ru" ? TOPIC_RU : TOPIC_EN).exec(folded.replace(/[?!.\s]+$/u, ""))?.[1] ?? "";
  const countries = topic
    .split(/[^\p{L}]+/u)
    .map((w) => countryOf(w))
    .filter((c): c is string => c !== null);
  return countries.length > 0 && countries.every((c) => !parties.some((p) => p.id === c));
}

/** "is this the story about syria?": No and what the article is about, when the engine refuses the topic named. */
export function topicDeniedReply(
  kit: DialogueKit,
  question: string,
  lang: Lang,
  understood: string | null,
  followUp: FollowUpKind | null,
): AnswerReply | null {
  const topic = articleTopicAsked(question, lang);
  if (topic === null) return null;
  const refusal = kit.findAnswer(topic, lang);
  if (refusal.answered || refusal.reason !== "out-of-scope") return null;
  const text = topicDeniedText(refusal.answer, lang);
  if (text === refusal.answer) return null;
  return answerReply(
    { ...kit.withStorySuggestions(refusal, lang), answered: true, answer: text },
    { understood, followUp, asked: question, verdict: "no", verdictSource: "not-in-article" },
  );
}
