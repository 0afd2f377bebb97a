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
    const quotes = engine.quotesBy(id, lang).quotes;
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
    ),
  };
}

/** One speaker's statements, each with its attribution. */
export function speakerQuotesCard(answer: Answer, texts: Texts): Card {
  const heading = bold(escapeHtml(answer.title));
  const role = answer.speaker ? italic(escapeHtml(answer.quotes[0]?.localRole ?? answer.speaker.role)) : "";
  // The engine's lead-in usually names the role already.
  const intro =
    answer.answer.trim() === "" ? `${heading}\n${role}` : `${heading}\n${escapeHtml(answer.answer)}`;
  const body =
    answer.quotes.length > 0
      ? answer.quotes.map((q) => quoteBlock(q, texts))
      : [texts.t("speaker-no-quotes")];
  return { blocks: [intro, ...body], keyboard: keyboardOf([[whoSaidWhatButton(texts)]]) };
}

/** `/quotes xyz` where xyz names nobody: say so, and show who is quoted. */
export function unknownSpeakerCard(name: string, deps: RenderDeps, texts: Texts): Card {
  return rosterCard(deps, texts, texts.t("unknown-speaker", { html_name: escapeHtml(name) }));
}
