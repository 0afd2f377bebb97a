// Kind: a Russian masculine pronoun after a turn about a group — «а зачем он нужен», «он ещё работает?» after the
// Quartet's members or purpose. The pronoun went to the speaker of the first turn (Moscow: «а зачем Москва нужен»
// → Russia's ties with the Palestinians, d74-37#3; «Москва ещё работает» → who Peskov is, d73-39#3). A masculine
// «он/его/него/нём/ним/ему» names no feminine «Москва» or «Россия»: after a card on the group it is the group's noun,
// in the case the pronoun stands in, by its full name (a bare «квартет» after «а» was read as
// Moscow's again). English "it" is group-it.ts's.
import { fold } from "./language.js";
import type { DialogueContext } from "./types.js";

/** The group a last card was about, by its entry's id: the noun in the cases a pronoun stands in for. */
const GROUP_BY_ENTRY: { entry: RegExp; nom: string; prep: string; instr: string; dat: string }[] = [
  {
    entry: /^quartet-/u,
    nom: "ближневосточный квартет",
    prep: "ближневосточном квартете",
    instr: "ближневосточным квартетом",
    dat: "ближневосточному квартету",
  },
];

const PRONOUN = /(?<!\p{L})(он|его|него|нем|ним|ему|нему)(?!\p{L})/gu;
const LEAD = /^(?:(?:а|и|ну|так)[, ]+)+/u;
/** A question word first: a yes/no («его создали в 90-х?», «а китай в нём есть?») keeps its verdict readers, which
 * read the pronoun against the last card themselves. */
const WH_FIRST =
  /^(?:(?:а|и|ну|так)[, ]+)*(?:зачем|для чего|ради чего|почему|с какой целью|что|чем|какая|какой|какие|каков|какова|как|когда|кто|где|кем|кому)(?!\p{L})/u;
/** Verbs of creating the engine does not know as such («придумали», «затеяли»): asked as «создали». */
const MADE_UP =
  /(?<!\p{L})(?:придумал\p{L}*|выдумал\p{L}*|затеял\p{L}*|сочинил\p{L}*|учредил\p{L}*)(?!\p{L})/u;
/** Other pronouns or a person named: the message is no question of the group alone. */
const OTHER_REFERENT =
  /(?<!\p{L})(?:она|её|ее|они|их|им|путин\p{L}*|песков\p{L}*|эрдоган\p{L}*|лавров\p{L}*)(?!\p{L})/u;

/** The message with its masculine pronoun read as the group of the last card, or null. */
export function groupItRuOf(text: string, context: DialogueContext | null): string | null {
  const entry = context?.entryId;
  if (!entry || context?.refused) return null;
  const group = GROUP_BY_ENTRY.find((g) => g.entry.test(entry));
  if (!group) return null;
  const t = fold(text).trim();
  if (t.length > 80 || !WH_FIRST.test(t) || OTHER_REFERENT.test(t)) return null;
  const found = t.match(PRONOUN);
  if (found?.length !== 1) return null;
  // The particles off the front: «а зачем квартет нужен» is read as a follow-up of the last voice again.
  return t
    .replace(LEAD, "")
    .replace(MADE_UP, "создали")
    .replace(/(?<!\p{L})(?:вообще|вообщем|изначально|собственно) /u, "")
    .replace(PRONOUN, (p) =>
      p === "нем"
        ? group.prep
        : p === "ним"
          ? group.instr
          : p === "ему" || p === "нему"
            ? group.dat
            : group.nom,
    );
}
