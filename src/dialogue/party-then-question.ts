// Kind: a bare switch to a party that is no voice, with the question it means right after it, the party there only
// as a pronoun — "and the EU? did he blame them too?", "what about hamas? does russia talk to them?", «а ЕС? его он
// тоже винит?». Read as two questions, the switch was swapped into the last question and the second's "them" went
// to the last answer's party: a false "Yes." on a blame of the EU the article never reports (d110-09#3). As
// switch-then-question.ts does for a voice, the question is read with the party's name for its pronoun — here the
// object one ("them", "it", «его»), since "he" is still the voice of the chat.
import { type Parties, patternsPerTable, phrasePattern } from "../knowledge/parties.js";
import { lean } from "../lib/lean-regexp.js";
import { withPartyForPronounRu } from "./party-pronoun-ru.js";

const SWITCH = lean(
  /^\s*(?:(?:and|so|ok|okay|what about|how about|а|и|ну а|ну|а как же|а что насч[её]т)[, ]+)+((?:the )?\p{L}+(?: \p{L}+)?)\s*\?+\s+(\S.*)$/iu,
);
/** The pronouns a party (no person) is named by, as object or possessive ("did he blame them", "their ties"). */
const OBJECT_EN = /(?<!\p{L})(them|it|their|its)(?!\p{L})/iu;
/** Russian: only the accusative «его»/«их», and only for a name whose accusative is the name as typed (below). */
const OBJECT_RU = /(?<!\p{L})(его|их)(?!\p{L})/iu;
/** A Russian name the accusative leaves as it is: an abbreviation (ЕС, США, ООН) or a masculine inanimate noun
 * of four letters or more ending in a consonant or «ь» (Израиль, Хамас, Вашингтон). */
const SAME_IN_ACCUSATIVE_RU = /^[а-яё]{3,}[бвгджзклмнпрстфхцчшщь]$/u;
/** Russian abbreviations the table knows, in lower case (a short word like «газа» is no abbreviation). */
const ABBREVIATION_RU = /^(?:ес|сша|оон)$/u;
const POSSESSIVE = /^(?:their|its)$/iu;

/** Each party's own words as a whole phrase (no persons: "putin" names a voice, not Russia the party). */
const partyPhrases = patternsPerTable((parties) =>
  parties.flatMap((p) => {
    const forms = [...p.names.en, ...p.names.ru, ...p.mentions.en, ...p.mentions.ru];
    return forms.length > 0 ? [phrasePattern(forms)] : [];
  }),
);

/** The question after a bare switch to a party, its object pronoun the party's name; null for any other message. */
export function partyThenQuestionOf(
  typed: string,
  parties: Parties,
  isVoice: (folded: string) => boolean,
): string | null {
  if (typed.length > 200) return null;
  const m = SWITCH.exec(typed);
  if (!m?.[1] || !m[2]) return null;
  const folded = m[1].toLowerCase();
  // A voice ("and the kremlin? …") is switch-then-question.ts's: "they" there is the voice itself.
  if (isVoice(folded) || !partyPhrases(parties).some((p) => p.test(folded))) return null;
  const question = m[2];
  const ru = /\p{Script=Cyrillic}/u.test(question);
  const pronoun = (ru ? OBJECT_RU : OBJECT_EN).exec(question);
  // «а хамас? с ним тоже?»: the name in the case of «с ним», «к нему» (party-pronoun-ru.ts).
  if (!pronoun?.[1])
    return ru ? withPartyForPronounRu(question, folded.trim(), ABBREVIATION_RU.test(folded.trim())) : null;
  const name = m[1].replace(/^the /iu, "the ");
  if (ru) {
    const bare = folded.trim();
    const abbreviation = ABBREVIATION_RU.test(bare);
    if (!abbreviation && !SAME_IN_ACCUSATIVE_RU.test(bare)) return null;
    // «их» is a plural: only an abbreviation standing for one (США) or a group (ЕС, ООН) takes it.
    if (pronoun[1].toLowerCase() === "их" && !abbreviation) return null;
  }
  const by = POSSESSIVE.test(pronoun[1]) ? (/s$/iu.test(name) ? `${name}'` : `${name}'s`) : name;
  return `${question.slice(0, pronoun.index)}${by}${question.slice(pronoun.index + pronoun[1].length)}`;
}
