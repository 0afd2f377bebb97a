// Inline mode's answer cards (InlineQueryResultArticle): what "@bot who did putin call" offers to send into any
// chat. Each card is a whole answer in one message, with a link button back to the bot in place of callback
// buttons (a message sent via the bot lives in someone else's chat, where /commands do not reach it).
import type { Answer, Lang } from "../../answering/types.js";
import { looksLikeClaim } from "../../routing/index.js";
import { type Texts, textsIn } from "../i18n.js";
import { type StartLink, startLink } from "../keyboards/deep-link.js";
import { renderReply } from "./answer.js";
import type { Card, RenderDeps } from "./card.js";
import { claimCard, verdictShortName } from "./claim.js";
import { MAX_MESSAGE_LENGTH } from "./html.js";
import { visibleLength } from "./split.js";
import { summariesIn, summaryCard } from "./summary.js";

/** Telegram shows at most 50 results per answer. */
export const MAX_INLINE_RESULTS = 50;
/** Results depend only on the query, so Telegram may cache them for everyone for five minutes. */
export const INLINE_CACHE_SECONDS = 300;
/** An empty query offers the summary and this many of the most useful questions. */
export const POPULAR_INLINE_RESULTS = 10;
/** Telegram's limits on a result's id (bytes) and on an inline query (characters). */
export const MAX_RESULT_ID_BYTES = 64;
const MAX_QUERY_CHARS = 256;
const DESCRIPTION_CHARS = 120;

export interface InlineArticle {
  type: "article";
  id: string;
  title: string;
  description: string;
  input_message_content: {
    message_text: string;
    parse_mode: "HTML";
    link_preview_options: { is_disabled: true };
  };
  reply_markup: { inline_keyboard: { text: string; url: string }[][] };
}

/**
 * The cards for an inline query: the answer and its follow-ups, or the most useful questions when empty. `lang`:
 * the asker's language; an answer card is in the language the engine answered in.
 */
export function inlineResults(
  query: string,
  deps: RenderDeps,
  botUsername: string,
  lang: Lang = "en",
): InlineArticle[] {
  const { engine, kb } = deps;
  const texts = textsIn(lang);
  const q = query.trim().slice(0, MAX_QUERY_CHARS);
  const results = new Map<string, InlineArticle>();
  const add = (id: string, title: string, description: string, card: Card, link: StartLink) => {
    if (results.has(id) || results.size >= MAX_INLINE_RESULTS || Buffer.byteLength(id) > MAX_RESULT_ID_BYTES)
      return;
    results.set(id, article(id, title, description, card, botUsername, link, texts));
  };
  const addEntry = (entryId: string) => {
    const a = engine.answerForEntry(entryId, lang);
    if (a?.entry) add(`a:${entryId}`, a.title, a.answer, renderReply(a, deps), { kind: "answer", entryId });
  };
  const addSummary = () =>
    add(
      "sum",
      texts.t("inline-summary-title"),
      summariesIn(kb, lang).oneLine,
      summaryCard(kb, "short", texts),
      { kind: "summary" },
    );

  if (q === "") {
    addSummary();
    for (const s of engine.popularQuestions(POPULAR_INLINE_RESULTS, lang)) addEntry(s.entryId);
    return [...results.values()];
  }
  // "@bot Putin said the US monopolized peace efforts": the verdict first, then anything it may also be asking.
  if (looksLikeClaim(q)) {
    const v = deps.claims(q);
    const title = texts.t("inline-check-title", { verdict: verdictShortName(v.verdict, texts) });
    add("check", title, q, claimCard(v, kb, texts), { kind: "check" });
  }
  const answer = engine.findAnswer(q, lang);
  addAnswer(answer, add, addEntry, addSummary, deps);
  for (const s of answer.suggestions) addEntry(s.entryId);
  if (results.size === 0)
    for (const s of engine.popularQuestions(POPULAR_INLINE_RESULTS, lang)) addEntry(s.entryId);
  return [...results.values()];
}

function addAnswer(
  answer: Answer,
  add: (id: string, title: string, description: string, card: Card, link: StartLink) => void,
  addEntry: (entryId: string) => void,
  addSummary: () => void,
  deps: RenderDeps,
): void {
  if (answer.kind === "entry" && answer.entry) addEntry(answer.entry.id);
  else if (answer.kind === "summary") addSummary();
  else if (answer.kind === "quotes") {
    const speakerId = answer.speaker?.id ?? null;
    add(`q:${speakerId ?? "all"}`, answer.title, answer.answer, renderReply(answer, deps), {
      kind: "quotes",
      speakerId,
    });
  }
  // A refusal or "did you mean" is no card to send; its suggestions are offered instead.
}

function article(
  id: string,
  title: string,
  description: string,
  card: Card,
  botUsername: string,
  link: StartLink,
  { t }: Texts,
): InlineArticle {
  return {
    type: "article",
    id,
    title: truncate(title, 100),
    description: truncate(description, DESCRIPTION_CHARS),
    input_message_content: {
      message_text: oneMessage(card.blocks),
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    },
    reply_markup: {
      inline_keyboard: [
        [{ text: t("inline-ask-more", { bot: botUsername }), url: startLink(botUsername, link) }],
      ],
    },
  };
}

/** The blocks that fit one message (whole blocks only, so the HTML stays balanced); the first always. */
function oneMessage(blocks: string[]): string {
  let text = blocks[0] ?? "";
  for (const block of blocks.slice(1)) {
    const next = `${text}\n\n${block}`;
    if (visibleLength(next) > MAX_MESSAGE_LENGTH) break;
    text = next;
  }
  return text;
}

function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
