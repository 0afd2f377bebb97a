// Who said what: the roster of quoted speakers with how many statements each, and one speaker's statements.
// Names and roles are in the reader's language where the engine has them (localSpeaker, localRole).
import type { Answer } from "../../answering/types.js";
import type { Speaker } from "../../knowledge/index.js";
import type { Texts } from "../i18n.js";
import { keyboardOf, whoSaidWhatButton } from "../keyboards/index.js";
import { quoteBlock } from "./attribution.js";
import type { Card, RenderDeps } from "./card.js";
import { bold, escapeHtml, italic } from "./html.js";

export interface RosterLine {
  speaker: Speaker;
  /** The name and role to show, in the roster's language. */
  name: string;
  role: string;
  statements: number;
}

/** The speakers the engine counts as quoted (quotesBy(null) has one quote of each), with their statements. */
export function roster({ kb, engine }: RenderDeps, lang: Texts["lang"] = "en"): RosterLine[] {
  const speakerIds = [...new Set(engine.quotesBy(null, lang).quotes.map((q) => q.speakerId))];
  return speakerIds.flatMap((id) => {
    const speaker = kb.speakerById.get(id);
    // The article's own sentences about a speaker are not their statements.
    const quotes = engine.quotesBy(id, lang).quotes.filter((q) => q.voice === "reported");
    if (!speaker || quotes.length === 0) return [];
    const name = quotes[0]!.localSpeaker ?? speaker.name;
    const role = quotes[0]!.localRole ?? speaker.role;
    return [{ speaker, name, role, statements: quotes.length }];
  });
}

export function rosterCard(deps: RenderDeps, texts: Texts, lead?: string): Card {
  const { t } = texts;
  const lines = roster(deps, texts.lang);
  const list = lines
    .map(
      ({ name, role, statements }) =>
        `• ${t("roster-line", { html_name: bold(escapeHtml(name)), html_role: escapeHtml(role), count: statements })}`,
    )
    .join("\n");
  const blocks = [
    ...(lead ? [lead] : []),
    `${bold(t("who-said-what"))}\n${list || t("roster-nobody")}`,
    t("roster-tap"),
  ];
  return {
    blocks,
    keyboard: keyboardOf(
      lines.map(({ speaker, name, statements }) => [
        { label: `${name} (${statements})`, action: { kind: "quotes", speakerId: speaker.id } },
      ]),
      texts.lang,
    ),
  };
}

/** A name inside a sentence: "The Kremlin" reads "the Kremlin" there. */
function nameInSentence(name: string): string {
  return name.replace(/^The /, "the ");
}

/**
 * One speaker's statements, each with its attribution; the article's own sentences about them (Moscow, the
 * Kremlin) listed apart under their own heading, never as their words.
 */
export function speakerQuotesCard(answer: Answer, texts: Texts): Card {
  const { t } = texts;
  const speaker = answer.speaker;
  const first = answer.quotes[0];
  const name = escapeHtml(nameInSentence(first?.localSpeaker ?? speaker?.name ?? answer.title));
  const role = escapeHtml(first?.localRole ?? speaker?.role ?? "");
  const reported = answer.quotes.filter((q) => q.voice === "reported");
  const about = answer.quotes.filter((q) => q.voice !== "reported");
  const blocks: string[] = [];
  if (reported.length > 0) {
    blocks.push(
      `${bold(t("speaker-said-heading", { html_name: name }))}\n${italic(role)}`,
      ...reported.map((q) => quoteBlock(q, texts)),
    );
  } else {
    blocks.push(t("speaker-never-quoted", { html_name: bold(name), html_role: role }));
  }
  if (about.length > 0) {
    blocks.push(
      `${bold(t("speaker-about-heading", { html_name: name }))}\n${italic(t("speaker-about-note", { html_name: name }))}`,
      ...about.map((q) => quoteBlock(q, texts)),
    );
  }
  return { blocks, keyboard: keyboardOf([[whoSaidWhatButton(texts)]], texts.lang) };
}

/** "What did Peskov and the Foreign Ministry each say": each named speaker's statements, one after the other. */
export function severalSpeakersCard(answer: Answer, texts: Texts): Card {
  const names = [...new Set(answer.quotes.map((q) => nameInSentence(q.localSpeaker ?? q.speaker)))];
  return {
    blocks: [
      bold(texts.t("several-said-heading", { html_names: escapeHtml(names.join(", ")) })),
      ...answer.quotes.map((q) => quoteBlock(q, texts)),
    ],
    keyboard: keyboardOf([[whoSaidWhatButton(texts)]], texts.lang),
  };
}

/** The engine's "who said what" for everyone (quotesBy(null)), as against the statements of a few named speakers. */
export function isWholeRoster(answer: Answer, { engine }: RenderDeps, lang: Texts["lang"]): boolean {
  const all = engine.quotesBy(null, lang).quotes;
  return (
    all.length === answer.quotes.length &&
    all.every((q, i) => q.text === answer.quotes[i]?.text && q.speakerId === answer.quotes[i]?.speakerId)
  );
}

/** `/quotes xyz` where xyz names no speaker: whether the article mentions them at all, then who is quoted. */
export function unknownSpeakerCard(name: string, deps: RenderDeps, texts: Texts): Card {
  const folded = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, " ")
      .trim();
  const mentioned = name.trim().length >= 3 && folded(deps.kb.article.text).includes(folded(name));
  const lead = texts.t(mentioned ? "speaker-mentioned-only" : "speaker-not-in-article", {
    html_name: escapeHtml(name),
  });
  return rosterCard(deps, texts, lead);
}
