// The bot's languages: the Fluent files in locales/ (grammY's i18n plugin), and which language a reply is in.
// Order: the message's own script (Cyrillic → Russian) or the language of the card a pressed button is on, else
// the person's /language choice (session), else Telegram's language_code, else English.
// Adding a language: a locales/xx.ftl and one line in LANGUAGES (languages.ts).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { I18n, type I18nFlavor, TranslateWarnings } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Lang } from "../answering/types.js";
import { projectRoot } from "../lib/project-root.js";
import { isRussianText } from "../lib/script-language.js";
import { buttonLanguage } from "./keyboards/callback-data.js";
import { DEFAULT_LANG, isLang, LANGUAGES } from "./languages.js";
import { rememberedLanguage, type SessionContext } from "./session.js";

export { DEFAULT_LANG, isLang, LANGUAGES } from "./languages.js";

/** Russian text (the one rule, src/lib/script-language.ts) decides the reply; any other says nothing. */
export function languageOfScript(text: string): Lang | null {
  return isRussianText(text) ? "ru" : null;
}

/**
 * Telegram's language_code ("ru", "en-US") as a language the bot speaks. Only Russian maps to Russian: a client
 * set to Ukrainian, Belarusian or Kazakh is not assumed to want Russian (a Cyrillic question still gets it).
 */
export function languageOfCode(code: string | undefined): Lang | null {
  const primary = code?.toLowerCase().split(/[-_]/, 1)[0];
  return isLang(primary) ? primary : null;
}

/** The text a message or inline query carries, whose script may decide the language. */
function textOf(ctx: Context): string {
  return ctx.message?.text ?? ctx.message?.caption ?? ctx.inlineQuery?.query ?? "";
}

/**
 * What the update itself says: a message's (or inline query's) script, or the language of the card a pressed
 * button is on (a Russian answer's buttons open Russian cards, whoever presses them).
 */
function languageOfUpdate(ctx: Context): Lang | null {
  const button = buttonLanguage(ctx.callbackQuery?.data) ?? undefined;
  if (isLang(button)) return button;
  return languageOfScript(textOf(ctx));
}

/** The reply language where the session cannot be read (before it, or inside /ask): the update, then client. */
export function languageWithoutSession(ctx: Context): Lang {
  return languageOfUpdate(ctx) ?? languageOfCode(ctx.from?.language_code) ?? DEFAULT_LANG;
}

/** The update, then the person's choice, then the client; the session is read only when the update does not say. */
export async function negotiateLanguage(ctx: SessionContext): Promise<Lang> {
  return (
    languageOfUpdate(ctx) ??
    // A store that cannot be read costs the choice, not the reply.
    (await rememberedLanguage(ctx).catch(() => undefined)) ??
    languageOfCode(ctx.from?.language_code) ??
    DEFAULT_LANG
  );
}

/** The fixed texts in one language; `t` formats a message of locales/<lang>.ftl. */
export interface Texts {
  lang: Lang;
  t: (key: string, variables?: Record<string, string | number>) => string;
}

/** locales/ at the project's top. */
function localesDir(): string {
  return resolve(projectRoot(), "locales");
}

let loaded: I18n<SessionContext & I18nFlavor> | undefined;

/** The plugin, with every language loaded once per process (the files are read and parsed at first use). */
export function botI18n(): I18n<SessionContext & I18nFlavor> {
  if (loaded) return loaded;
  const i18n = new I18n<SessionContext & I18nFlavor>({
    defaultLocale: DEFAULT_LANG,
    // Without this, Fluent wraps every variable in invisible bidi marks, which would end up in Telegram.
    fluentBundleOptions: { useIsolating: false },
    fluentOptions: {
      warningHandler: (warning) => {
        // A key no file has is a bug; the other warnings are fallbacks to English, which is what we want.
        if (warning.type === TranslateWarnings.MISSING_TRANSLATION) {
          throw new Error(`no locale has the message "${warning.path}"`);
        }
      },
    },
    localeNegotiator: negotiateLanguage,
  });
  for (const { code } of LANGUAGES) {
    const file = resolve(localesDir(), `${code}.ftl`);
    i18n.loadLocaleSync(code, { source: readFileSync(file, "utf8") });
  }
  rememberMatchedBundles(i18n);
  loaded = i18n;
  return i18n;
}

/**
 * The plugin negotiates which of its bundles serve a locale on every message it formats (@fluent/langneg, a few
 * arrays per call, on every card); every locale is loaded above, once, so a locale's bundles are kept instead.
 */
function rememberMatchedBundles(i18n: I18n<SessionContext & I18nFlavor>): void {
  const fluent = i18n.fluent as unknown as { matchBundles(locales: string[]): Set<unknown> };
  const match = fluent.matchBundles.bind(fluent);
  const matched = new Map<string, Set<unknown>>();
  fluent.matchBundles = (locales) => {
    const key = locales.join("\u0000");
    let bundles = matched.get(key);
    if (!bundles) {
      bundles = match(locales);
      // Locales come from negotiateLanguage (the bot's languages); a bound all the same.
      if (matched.size < 32) matched.set(key, bundles);
    }
    return bundles;
  };
}

/** Messages without variables, formatted once per language: every card formats a dozen (labels, buttons). */
const fixedTexts = new Map<string, string>();

/** The texts of `lang`, for rendering outside a context (cards, the terminal, setMyCommands). */
export function textsIn(lang: Lang): Texts {
  const i18n = botI18n();
  return {
    lang,
    t: (key, variables) => {
      if (variables !== undefined) return i18n.t(lang, key, variables);
      const id = `${lang}:${key}`;
      let text = fixedTexts.get(id);
      if (text === undefined) {
        text = i18n.t(lang, key);
        fixedTexts.set(id, text);
      }
      return text;
    },
  };
}

/** The texts of this update's language: negotiated by the plugin where it ran, else without the session. */
export async function textsFor(ctx: Context): Promise<Texts> {
  const i18n = (ctx as Partial<I18nFlavor>).i18n;
  const locale = i18n ? await i18n.getLocale() : languageWithoutSession(ctx);
  return textsIn(isLang(locale) ? locale : DEFAULT_LANG);
}
