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

/** Quoted speakers in knowledge-base order, with their statement counts; speakers never quoted are left out. */
export function roster(kb: KnowledgeBase, engine: AnsweringEngine): RosterLine[] {
  return kb.speakers
    .filter((s) => s.quoted)
    .map((speaker) => ({ speaker, statements: engine.quotesBy(speaker.id).quotes.length }))
    .filter((line) => line.statements > 0);
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
  const heading = `${bold(escapeHtml(answer.title))}${answer.speaker ? `\n${italic(escapeHtml(answer.speaker.role))}` : ""}`;
  const intro = answer.answer.trim() === "" ? heading : `${heading}\n${escapeHtml(answer.answer)}`;
  const body = answer.quotes.length > 0 ? answer.quotes.map(quoteBlock) : ["The article quotes nothing from them."];
  return { blocks: [intro, ...body], keyboard: keyboardOf([[whoSaidWhatButton]]) };
}

/** `/quotes xyz` where xyz names nobody: say so, and show who is quoted. */
export function unknownSpeakerCard(name: string, kb: KnowledgeBase, engine: AnsweringEngine): Card {
  return rosterCard(kb, engine, `I couldn’t tell who “${escapeHtml(name)}” is.`);
}
