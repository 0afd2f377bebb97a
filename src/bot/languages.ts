// The languages the bot speaks: the one list to extend (with a locales/<code>.ftl beside it).
import type { Lang } from "../answering/types.js";

/** In the order /language offers them; the first is the default (the command menu without a language_code). */
export const LANGUAGES: readonly { code: Lang; name: string }[] = [
  { code: "en", name: "English" },
  { code: "ru", name: "Русский" },
];
export const DEFAULT_LANG: Lang = "en";

export function isLang(code: string | undefined): code is Lang {
  return LANGUAGES.some((l) => l.code === code);
}
