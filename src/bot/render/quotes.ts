// Who said what: the roster of quoted speakers with how many statements each, and one speaker's statements.
import type { Answer, AnsweringEngine } from "../../answering/types.js";
import type { KnowledgeBase, Speaker } from "../../knowledge/index.js";
import { keyboardOf, whoSaidWhatButton } from "../keyboards/index.js";
import { quoteBlock } from "./attribution.js";
import type { Card } from "./card.js";
import { bold, escapeHtml, italic } from "./html.js";

export interface RosterLine {
  speaker: Speaker;
  statements: number;
}

/** The speakers the engine counts as quoted (quotesBy(null) has one quote of each), with their statements. */
export function roster(kb: KnowledgeBase, engine: AnsweringEngine): RosterLine[] {
  const speakerIds = [...new Set(engine.quotesBy(null).quotes.map((q) => q.speakerId))];
  return speakerIds.flatMap((id) => {
    const speaker = kb.speakerById.get(id);
    const statements = engine.quotesBy(id).quotes.length;
    return speaker && statements > 0 ? [{ speaker, statements }] : [];
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function rosterCard(kb: KnowledgeBase, engine: AnsweringEngine, lead?: string): Card {
  const lines = roster(kb, engine);
  const list = lines
    .map(
      ({ speaker, statements }) =>
        `• ${bold(escapeHtml(speaker.name))}, ${escapeHtml(speaker.role)}: ${plural(statements, "statement")}`,
    )
    .join("\n");
  const blocks = [
    ...(lead ? [lead] : []),
    `${bold("Who said what")}\n${list || "The article quotes no one."}`,
    "Tap a name to read what they said.",
  ];
  return {
    blocks,
    keyboard: keyboardOf(
      lines.map(({ speaker, statements }) => [
        { label: `${speaker.name} (${statements})`, action: { kind: "quotes", speakerId: speaker.id } },
      ]),
    ),
  };
}

/** One speaker's statements, each with its attribution. */
export function speakerQuotesCard(answer: Answer): Card {
  const heading = bold(escapeHtml(answer.title));
  const role = answer.speaker ? italic(escapeHtml(answer.speaker.role)) : "";
  // The engine's lead-in usually names the role already.
  const intro =
    answer.answer.trim() === "" ? `${heading}\n${role}` : `${heading}\n${escapeHtml(answer.answer)}`;
  const body =
    answer.quotes.length > 0 ? answer.quotes.map(quoteBlock) : ["The article quotes nothing from them."];
  return { blocks: [intro, ...body], keyboard: keyboardOf([[whoSaidWhatButton]]) };
}

/** `/quotes xyz` where xyz names nobody: say so, and show who is quoted. */
export function unknownSpeakerCard(name: string, kb: KnowledgeBase, engine: AnsweringEngine): Card {
  return rosterCard(kb, engine, `I couldn’t tell who “${escapeHtml(name)}” is.`);
}
