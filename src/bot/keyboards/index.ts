// Inline keyboards. Buttons carry only encoded actions (see callback-data.ts), never hand-built strings.
import { InlineKeyboard } from "grammy";
import type { Lang, Suggestion } from "../../answering/types.js";
import type { Texts } from "../i18n.js";
import { DEFAULT_LANG, LANGUAGES } from "../languages.js";
import {
  type ButtonAction,
  decodeButton,
  encodeButton,
  SUMMARY_SIZES,
  type SummarySize,
} from "./callback-data.js";

export {
  type ButtonAction,
  buttonLanguage,
  decodeButton,
  encodeButton,
  SUMMARY_SIZES,
  type SummaryLength,
  type SummarySize,
} from "./callback-data.js";

export interface ButtonSpec {
  label: string;
  action: ButtonAction;
}

/**
 * Rows of buttons; empty rows are dropped, and no rows at all means no keyboard. `lang`: the card's language,
 * which its buttons carry (when not the default) so that what they open stays in it.
 */
export function keyboardOf(rows: ButtonSpec[][], lang: Lang = DEFAULT_LANG): InlineKeyboard | undefined {
  const nonEmpty = rows.filter((row) => row.length > 0);
  if (nonEmpty.length === 0) return undefined;
  const carried = lang === DEFAULT_LANG ? undefined : lang;
  return InlineKeyboard.from(
    nonEmpty.map((row) => row.map((b) => InlineKeyboard.text(b.label, encodeButton(b.action, carried)))),
  );
}

/** One question per row: questions are long, and two in a row would be cut off. */
export function questionButtons(suggestions: Suggestion[], limit: number): ButtonSpec[][] {
  return suggestions
    .slice(0, limit)
    .map((s) => [{ label: s.question, action: { kind: "answer", entryId: s.entryId } }]);
}

export const summaryButton = ({ t }: Texts): ButtonSpec => ({
  label: t("button-summary"),
  action: { kind: "summary" },
});
export const whoSaidWhatButton = ({ t }: Texts): ButtonSpec => ({
  label: t("button-who-said-what"),
  action: { kind: "quotes", speakerId: null },
});

/** /start: the two overviews side by side, then suggested questions. */
export function startKeyboard(suggestions: Suggestion[], texts: Texts): InlineKeyboard | undefined {
  return keyboardOf(
    [[summaryButton(texts), whoSaidWhatButton(texts)], ...questionButtons(suggestions, 3)],
    texts.lang,
  );
}

/** The sizes under a summary, in one row, the one shown marked with a dot. */
export function summaryKeyboard(shown: SummarySize, { t, lang }: Texts): InlineKeyboard | undefined {
  return keyboardOf(
    [
      SUMMARY_SIZES.map((size) => ({
        label: size === shown ? `• ${t(`size-${size}`)}` : t(`size-${size}`),
        action: { kind: "summary-size", size },
      })),
    ],
    lang,
  );
}

/** /language: one button per language, each named in itself, the one in use marked with a dot. */
export function languageKeyboard(current: Lang): InlineKeyboard | undefined {
  return keyboardOf([
    LANGUAGES.map(({ code, name }) => ({
      label: code === current ? `• ${name}` : name,
      action: { kind: "language", lang: code },
    })),
  ]);
}

/** The action of the button just pressed, if it is of `kind`; features use it to pick their own buttons. */
export function pressedButton<K extends ButtonAction["kind"]>(
  data: string | undefined,
  kind: K,
): Extract<ButtonAction, { kind: K }> | null {
  const action = decodeButton(data);
  return action?.kind === kind ? (action as Extract<ButtonAction, { kind: K }>) : null;
}
