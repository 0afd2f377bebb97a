// The greeting, /help and the command menu. Their words, like every fixed text, are in locales/<lang>.ftl.
import type { Texts } from "../i18n.js";
import { startKeyboard } from "../keyboards/index.js";
import type { Card, RenderDeps } from "./card.js";
import { bold, escapeHtml, italic } from "./html.js";
import { summariesIn } from "./summary.js";

/** The commands in the Telegram menu (setMyCommands) and in /help, in menu order; descriptions in locales. */
export const COMMANDS = [
  { command: "start" },
  { command: "summary" },
  { command: "quotes" },
  { command: "check" },
  { command: "ask" },
  { command: "cancel" },
  { command: "language" },
  { command: "help" },
] as const;

/** The menu in one language, as setMyCommands takes it. */
export function commandMenu({ t }: Texts): { command: string; description: string }[] {
  return COMMANDS.map(({ command }) => ({ command, description: t(`command-${command}`) }));
}

export function greetingCard({ kb, engine }: RenderDeps, texts: Texts, firstName: string | undefined): Card {
  const { t, lang } = texts;
  const hello = firstName
    ? t("greeting-hello", { html_name: escapeHtml(firstName) })
    : t("greeting-hello-anonymous");
  return {
    blocks: [
      `${hello} ${t("greeting-story")}\n${italic(escapeHtml(summariesIn(kb, lang).oneLine))}`,
      t("greeting-try"),
    ],
    keyboard: startKeyboard(engine.popularQuestions(3, lang), texts),
  };
}

export function helpCard({ kb, engine }: RenderDeps, texts: Texts, botUsername: string): Card {
  const { t, lang } = texts;
  const commands = commandMenu(texts)
    .map((c) => `/${c.command} — ${escapeHtml(c.description)}`)
    .join("\n");
  const examples = engine
    .popularQuestions(3, lang)
    .map((s) => `• ${escapeHtml(s.question)}`)
    .join("\n");
  const bot = escapeHtml(botUsername);
  return {
    blocks: [
      `${bold(t("help-what-i-know"))}\n${t("help-one-story")} ${italic(escapeHtml(summariesIn(kb, lang).oneLine))}`,
      `${bold(t("help-commands"))}\n${commands}`,
      ...(examples ? [`${bold(t("help-try-asking"))}\n${examples}`] : []),
      t("help-groups", { bot }),
      t("help-inline", { bot }),
    ],
    keyboard: startKeyboard([], texts),
  };
}
