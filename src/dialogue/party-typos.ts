// Kind: a party's name mistyped in a yes/no question ("did putin blame isreal?", "blame the palestinains?",
// «путин винит израэль?»). The engine's typo correction found the right entry, but the dialogue's party readers
// (agent-swap, party-swap, the charge put on another target…) match the parties' forms as written
// (knowledge/parties.json), so the other target went unseen: "doesn't say" where the article's No is, and in
// Russian the entry's curated «Да» to a charge Putin never made. Here a word one edit (a letter changed, added,
// dropped, or two swapped) from a party's single-word form, with the same first letter, is read as that form —
// only a word no common English or Russian word is and no party form already matches, five letters or more.

import { isCommonEnglish } from "../answering/common-english.js";
import { isListedRussian } from "../answering/russian/dictionary.js";
import { looksTransliterated } from "../answering/russian/transliterated.js";
import { allFormsOf, type Parties, patternsPerTable } from "../knowledge/parties.js";

/** Endings a stem form ("israel*", "израил*") may take in a question. */
const ENDINGS = {
  en: ["", "s", "i", "is", "ian", "ians"],
  ru: [
    "",
    "ь",
    "я",
    "ю",
    "е",
    "ем",
    "и",
    "ы",
    "а",
    "у",
    "ом",
    "ой",
    "ам",
    "ами",
    "ах",
    "ев",
    "ов",
    "ей",
    "цы",
    "цев",
  ],
} as const;

interface Forms {
  /** Spelled-out words a typo is compared with. */
  words: Set<string>;
  /** Stems of the starred forms: a word starting with one is already a form. */
  stems: string[];
}

const formsOf = patternsPerTable((parties: Parties): Record<"en" | "ru", Forms> => {
  const build = (lang: "en" | "ru"): Forms => {
    const words = new Set<string>();
    const stems: string[] = [];
    for (const form of parties.flatMap((p) => allFormsOf(p, lang))) {
      if (form.includes(" ")) continue;
      const stem = form.replace(/\*$/u, "");
      if (stem.length < 5) continue;
      if (form.endsWith("*")) {
        stems.push(stem);
        for (const end of ENDINGS[lang]) words.add(stem + end);
      } else words.add(stem);
    }
    return { words, stems };
  };
  return { en: build("en"), ru: build("ru") };
});

/** Whether `a` and `b` are one edit apart: a letter changed, added or dropped, or two neighbours swapped. */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The form a mistyped word stands for, or null. */
function fixed(word: string, forms: Forms, lang: "en" | "ru"): string | null {
  if (word.length < 5 || forms.words.has(word) || forms.stems.some((s) => word.startsWith(s))) return null;
  if (lang === "en" ? isCommonEnglish(word) : isListedRussian(word)) return null;
  // A letter added or dropped at the end is another form of a word, not a slip ("european", "europeans").
  const found = [...forms.words].filter(
    (w) => w[0] === word[0] && !w.startsWith(word) && !word.startsWith(w) && oneEdit(word, w),
  );
  return found.length === 1 ? found[0]! : null;
}

/** The message with its mistyped party names spelled as the parties' table does, or null when none is. */
export function withPartyTypos(text: string, parties: Parties): string | null {
  if (parties.length === 0) return null;
  const forms = formsOf(parties);
  let changed = false;
  const translit = looksTransliterated(text);
  const out = text.replace(/\p{L}+/gu, (raw) => {
    const word = raw.toLowerCase();
    // «Putin schitaet chto Amerika vinovata?» is Russian in Latin letters: «Amerika» is no slip of "America" (quality50ru).
    const lang = /^[а-яё]+$/u.test(word) ? "ru" : /^[a-z]+$/.test(word) && !translit ? "en" : null;
    const to = lang ? fixed(word, forms[lang], lang) : null;
    if (!to) return raw;
    changed = true;
    return raw[0] === raw[0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to;
  });
  return changed ? out : null;
}
