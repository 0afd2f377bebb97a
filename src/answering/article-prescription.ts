// The article's own prescription ("what kind of approach does the article say is needed going forward", "what
// should be done next, according to the text"): the closing paragraph's call for comprehensive, inclusive
// approaches. "approach" reads as policy and "needed" as need, so the question drew Putin's wants (his "need for a
// Palestinian state"). Read as the approach the article says lasting peace needs (its way to a resolution) — only
// where the article, not a voice in it, is asked.

import { foldedRussian } from "./russian/plain-text.js";

/** The article, its author or its text as the one asked. */
const ARTICLE = /\b(?:article|piece|text|author|writer|journalist|story|report)\b/i;
/** A way on from here: the forward-looking words the question was misread by ("approach … needed" alone the
 * engine already finds: this reader does not touch it). */
const PRESCRIPTION =
  /\b(?:going\s+forward|moving\s+forward|from\s+(?:here|now)\s+on|in\s+(?:the\s+)?future|way\s+forward|path\s+forward|(?:done|do|happen|come)\s+next|next\s+steps?)\b/i;
/** A voice the article reports: then the question is theirs, not the article's. */
const VOICE =
  /\b(?:putin|peskov|kremlin|moscow|russia|russian|russians|ministry|erdogan|hamas|israel|israeli|us|usa|america|american|washington)\b/i;

/** The question read as the approach the article says is needed, or as it came. */
export function asArticlePrescription(text: string): string {
  if (text.length > 200 || !ARTICLE.test(text) || !PRESCRIPTION.test(text) || VOICE.test(text)) return text;
  return "what approach is needed for lasting peace";
}

// (quality35) What a solution should look like, with no voice of the story asked ("does it say what a solution should
// look like", "what should a settlement look like according to the article", "does the article describe what a good
// resolution would look like"): the same prescription. Read as typed, "solution" split the engine between the
// article's way to a resolution, the Kremlin's role and Peskov (ambiguous). Asked of a voice ("what would putin's
// solution look like") it is that voice's (voice-solution.ts). Russian: «как (по статье) должно выглядеть
// урегулирование», «как будет выглядеть решение конфликта».

/** "what (a good) solution/settlement should look like", "what kind of solution". */
const SOLUTION =
  "(?:(?:a|an|the|any|some)\\s+)?(?:(?:good|fair|real|lasting|proper|possible|final|workable|just|peaceful|durable|viable)\\s+)?(?:solution|resolution|settlement|peace\\s+deal|peace|deal|way\\s+out|end\\s+to\\s+(?:the\\s+)?(?:conflict|war))";
const MODAL = "(?:should|would|could|must|might|will)";
const SOLUTION_SHAPE = new RegExp(
  `\\bwhat\\s+(?:${SOLUTION}\\s+(?:${MODAL}|ought\\s+to|needs?\\s+to)|${MODAL}\\s+${SOLUTION})\\s+look\\s+like\\b`,
  "i",
);
const RU_SOLUTION_SHAPE =
  /(?<!\p{L})как(?:им|ое|ая)? (?:(?:по (?:статье|мнению статьи|словам статьи|мнению автора)|вообще|же) )?(?:(?:долж\p{L}*|мог\p{L}*|может|будет|бы) )?(?:(?:бы|по (?:статье|мнению статьи|мнению автора)) )?выгляд\p{L}+ (?:(?:бы|по (?:статье|мнению статьи|мнению автора)) )?(?:урегулировани\p{L}*|решени\p{L}*|мир|мирн\p{L}* (?:договор\p{L}*|соглашени\p{L}*)|выход\p{L}* из кризиса)(?!\p{L})/u;
const RU_VOICE =
  /(?<!\p{L})(?:путин\p{L}*|песков\p{L}*|кремл\p{L}*|мид\p{L}*|москв\p{L}*|росси\p{L}*|рф|сша|америк\p{L}*|вашингтон\p{L}*|эрдоган\p{L}*|турци\p{L}*|хамас\p{L}*|израил\p{L}*|палестин\p{L}*)(?!\p{L})/u;

/** "what a solution should look like" as the approach the article says is needed, or as it came. */
export function asSolutionShape(text: string): string {
  if (text.length > 200 || !SOLUTION_SHAPE.test(text) || VOICE.test(text)) return text;
  return "what approach is needed for lasting peace";
}

/** Which settlement is needed: «какое урегулирование нужно найти», «какого мира надо добиться». */
const RU_SOLUTION_NEEDED =
  /(?<!\p{L})как(?:ое|ого|ой|ая|ую|им) (?:(?:именно|же|вообще) )?(?:урегулировани\p{L}*|решени\p{L}*|мир|мира|миру) (?:(?:конфликта|кризиса|по статье|согласно статье) )?(?:нужн\p{L}*|надо|следует|необходим\p{L}*|стоит|долж\p{L}*)(?!\p{L})/u;

/** «как должно выглядеть урегулирование» as «какой подход нужен для прочного мира», or as it came. */
export function asRussianSolutionShape(text: string): string {
  if (text.length > 200) return text;
  const folded = foldedRussian(text);
  const asked = RU_SOLUTION_SHAPE.test(folded) || RU_SOLUTION_NEEDED.test(folded);
  if (!asked || RU_VOICE.test(folded)) return text;
  return "какой подход нужен для прочного мира";
}
