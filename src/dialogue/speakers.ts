// Finding the speakers a message names, and naming them back in a rewritten question, in either language.
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase, Speaker } from "../knowledge/index.js";
import { RecentCache } from "../lib/recent-cache.js";
import { fold } from "./language.js";
import { otherVoiceAsked } from "./other-voice.js";

/** The article's own voice is no one a reader follows up on ("and the article?" is a question about it). */
const NOT_A_PARTY = "article";

/** Russian names by stem (any case ending); the Russian knowledge base may add its own aliases later. */
const RUSSIAN_STEMS: Record<string, { stems: string[]; name: string }> = {
  putin: {
    stems: ["путин", "президент россии", "российск\\p{L}* президент", "владимир\\p{L}* владимирович"],
    name: "Путин",
  },
  peskov: { stems: ["песков", "пресс-секретар\\p{L}* кремля", "дмитри\\p{L}* песков"], name: "Песков" },
  kremlin: { stems: ["кремл"], name: "Кремль" },
  "foreign-ministry": {
    stems: ["мид", "министерств\\p{L}* иностранных дел", "российск\\p{L}* дипломат"],
    name: "МИД России",
  },
  russia: { stems: ["росси", "москв", "российск\\p{L}* правительств"], name: "Москва" },
  erdogan: { stems: ["эрдоган", "турецк\\p{L}* лидер", "президент\\p{L}* турции"], name: "Эрдоган" },
};

export interface NamedSpeaker {
  id: string;
  start: number;
  end: number;
}

export class SpeakerNames {
  private readonly english: RegExp;
  private readonly russian: RegExp;
  private readonly idBySurface = new Map<string, string>();
  private readonly russianIdByGroup: string[] = [];
  private readonly recent = new RecentCache<string, readonly NamedSpeaker[]>(1_000);

  constructor(private readonly kb: KnowledgeBase) {
    const aliases = kb.speakers
      .filter((s) => s.id !== NOT_A_PARTY)
      .flatMap((s) => [s.name, ...s.aliases].map((a) => ({ alias: fold(a).replace(/^the /, ""), id: s.id })))
      .sort((a, b) => b.alias.length - a.alias.length);
    for (const { alias, id } of aliases) if (!this.idBySurface.has(alias)) this.idBySurface.set(alias, id);
    const escaped = [...this.idBySurface.keys()].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    this.english = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?:'s)?(?![\\p{L}\\p{N}])`, "gu");
    const groups = Object.entries(RUSSIAN_STEMS).map(([id, { stems }]) => {
      this.russianIdByGroup.push(id);
      return `(${stems.map((s) => `${s}\\p{L}*`).join("|")})`;
    });
    this.russian = new RegExp(`(?<!\\p{L})(?:${groups.join("|")})(?!\\p{L})`, "gu");
  }

  /**
   * The speakers named in folded text, in order. Kept for the texts read last: one message is read for names
   * several times over (its speaker, topic, statement, pronouns), and an answer's own text at every answer.
   */
  namedIn(folded: string): readonly NamedSpeaker[] {
    return this.recent.getOrMake(folded, () => Object.freeze(this.find(folded)));
  }

  private find(folded: string): NamedSpeaker[] {
    const found: NamedSpeaker[] = [];
    for (const m of folded.matchAll(this.english)) {
      const id = this.idBySurface.get(m[0].replace(/'s$/, ""));
      if (id) found.push({ id, start: m.index, end: m.index + m[0].length });
    }
    for (const m of folded.matchAll(this.russian)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const id = this.russianIdByGroup[group];
      if (id) found.push({ id, start: m.index, end: m.index + m[0].length });
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** How a rewritten question names the speaker: "Putin", "the Kremlin", "Песков". */
  shortName(id: string, lang: Lang): string {
    if (lang === "ru") return RUSSIAN_STEMS[id]?.name ?? this.kb.speakerById.get(id)?.name ?? id;
    const s = this.kb.speakerById.get(id);
    if (!s) return id;
    if (isPerson(s)) return s.name.split(" ").at(-1) ?? s.name;
    return s.name.replace(/^The /, "the ");
  }

  /** "wasn't it Lavrov who said that?": a voice the article never names, as typed (other-voice.ts). */
  otherVoiceIn(folded: string, lang: Lang): string | null {
    return otherVoiceAsked(folded, lang, this.kb, (text) => this.namedIn(text).length);
  }

  /** The article reports this speaker's words (Putin, Peskov, the Kremlin, the Foreign Ministry). */
  isQuoted(id: string): boolean {
    return this.kb.speakerById.get(id)?.quoted === true;
  }

  isPerson(id: string): boolean {
    const s = this.kb.speakerById.get(id);
    return s !== undefined && isPerson(s);
  }
}

/** People have a first and last name; institutions ("The Kremlin", "Russian Foreign Ministry", "Moscow") do not. */
function isPerson(s: Speaker): boolean {
  return !/^The /.test(s.name) && s.name.split(" ").length >= 2 && !/Ministry|Government|Office/.test(s.name);
}
