// knowledge/parties.json: the article's parties in one table — who each is, its names and other words for it in
// English and Russian, its people (linked to the speakers of knowledge/speakers.json) and whether it speaks in the
// article (one of its speakers is quoted: from speakers.json, never restated). It travels on the loaded
// KnowledgeBase (kb.parties: checked by parties-check.ts in the full load, kept in the build's snapshot), so a
// knowledge folder (KNOWLEDGE_DIR) brings its own parties. The readers that need a party (party-swap, agent-swap,
// third-party-agreement, passive-accusation, self-presented, party-doer…) are handed the table and build their
// patterns from it once per table (patternsPerTable), so a word added here reaches all of them.

export const PARTIES_FILE = "parties.json";

/** Words for a party in each language: lower case, a trailing * for any letters. */
export interface Forms {
  en: string[];
  ru: string[];
}

export interface Person extends Forms {
  /** The speaker id in knowledge/speakers.json, where there is one. */
  speaker?: string;
  /** How a reading names this voice: Putin / Путин. */
  say?: { en: string; ru: string };
}

export type PartyKind = "country" | "movement" | "people" | "place" | "organisation" | "collective";

/** A row of the file as written (the schema is in parties-check.ts). */
export interface PartyRow {
  id: string;
  kind: PartyKind;
  /** The party itself: nouns a short follow-up may name alone. */
  names: Forms;
  /** Other words for it: adjectives, peoples, offices. */
  mentions: Forms;
  people: Person[];
}

export interface Party extends PartyRow {
  /** One of its speakers is quoted in the article (speakers.json's quoted flag). */
  speaks: boolean;
}

/** A speaker as parties.json needs it: its id and whether the article quotes it. */
export interface SpeakerFlag {
  id: string;
  quoted: boolean;
}

/** The rows with whether each speaks, from the speakers' quoted flags. */
export function withSpeaking(rows: readonly PartyRow[], speakers: readonly SpeakerFlag[]): Party[] {
  const quoted = new Set(speakers.filter((s) => s.quoted).map((s) => s.id));
  return rows.map((p) => ({
    ...p,
    speaks: p.people.some((person) => person.speaker !== undefined && quoted.has(person.speaker)),
  }));
}

/** A knowledge base's table (kb.parties); none for a knowledge base without parties.json. */
export type Parties = readonly Party[];

/** What `build` makes of a table, made once per table (a reader's patterns): the table is the key. */
export function patternsPerTable<T>(build: (parties: Parties) => T): (parties: Parties) => T {
  const made = new WeakMap<Parties, T>();
  return (parties) => {
    let out = made.get(parties);
    if (out === undefined) {
      out = build(parties);
      made.set(parties, out);
    }
    return out;
  };
}

/** Every word for a party in one language: its names, the other words, its people's. */
export function allFormsOf(p: Party, lang: "en" | "ru"): string[] {
  return [...p.names[lang], ...p.mentions[lang], ...p.people.flatMap((person) => person[lang])];
}

/** The forms as regular-expression alternatives, the longest first ("мид россии" before "мид"). */
export function formsPattern(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\*/g, "\\p{L}*"))
    .join("|");
}

/** A pattern finding any of the forms as whole words (lower-case text); null for no forms. */
export function wordsPattern(list: readonly string[], flags = "u"): RegExp | null {
  return list.length === 0 ? null : new RegExp(`(?<!\\p{L})(?:${formsPattern(list)})(?!\\p{L})`, flags);
}

/** A pattern matching a whole phrase that is one of the forms, "the " allowed before it. */
export function phrasePattern(list: readonly string[]): RegExp {
  return new RegExp(`^(?:the )?(?:${formsPattern(list)})$`, "u");
}

/** A party named in a text: its id and where its word stands. */
export interface PartyMention {
  id: string;
  start: number;
  end: number;
}

const everyParty = patternsPerTable((parties) =>
  parties.flatMap((p) => {
    const words = wordsPattern([...allFormsOf(p, "en"), ...allFormsOf(p, "ru")], "gu");
    return words ? [[p.id, words] as [string, RegExp]] : [];
  }),
);

/** Every party of the table a lower-case text names, by any of its words in either language, in order. */
export function partyMentions(parties: Parties, text: string): PartyMention[] {
  const out: PartyMention[] = [];
  // exec from 0 to its null (which puts lastIndex back at 0), as matchAll would without its copy of the pattern.
  for (const [id, pattern] of everyParty(parties)) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      out.push({ id, start: m.index, end: m.index + m[0].length });
      if (m[0] === "") pattern.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
