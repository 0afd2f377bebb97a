// The Russian slots of wrong-party.ts: where a yes/no question puts a party the article never names in the place
// of one of its facts (the one blamed, the one phoned, a Quartet member, a person's country, Putin's talk partner).
// Each pattern's `X` is the party; wrong-party.ts finds it, drops it and reads the rest (or `restAs`) again.
import type { Slot } from "../wrong-party-slots.js";
import { PHONE_VERBS, TALK_VERBS } from "./phone-check.js";

/** One word of a name, as typed (lower case). */
const W = "[\\p{L}][\\p{L}'-]*";

/** Putin, or the office that names him, as the one who talked. */
const PUTIN = "(?:путин\\p{L}*|он|российск\\p{L}* (?:президент|лидер)\\p{L}*)";
/** Verbs of talking, phoning or meeting: a contact of Putin's with someone. */
const TALKED = `(?:${TALK_VERBS}|${PHONE_VERBS}|переговорил\\p{L}*|контактировал\\p{L}*)\\p{L}*`;
/** A head of state or government: "с президентом Ирана", "с иранским президентом", "с канцлером Германии". */
const HEAD =
  "(?:президент|лидер|премьер(?:-министр)?|канцлер|корол|эмир|наследн\\p{L}* принц|принц|султан|шах|глав|руководител|председател)\\p{L}*";
/** The partner after "с", by name or by office with the country before or after it. */
const WITH_X = `(?:с|со) (?:${HEAD} )?(?:${W} )?X(?: ${HEAD})?(?![\\p{L}'-])`;
/** Words between, never another "с" (the partner is the first one after the verb). */
const GAP = `(?: (?!с |со )${W}){0,4}?`;
/**
 * From the question's start, with no word of one more contact in it ("тоже", "ещё", "кроме Эрдогана": not the reported
 * one, call-party.ts's "doesn't say"), then anything up to a word's start. Anchored, so the look-ahead runs once per
 * question, not at every letter of it (a long message stays linear).
 */
const NOT_ANOTHER =
  "^(?!.*(?<!\\p{L})(?:тоже|также|ещ[её]|снова|опять|помимо|кроме)(?!\\p{L}))(?:.*?[^\\p{L}'-])??";
/** The reported call's own question: what a talk with another party is read as. */
const THE_CALL = () => "с кем путин говорил по телефону";

export const SLOTS_RU: Slot[] = [
  // Putin's talk with a party the article never names, by name or office ("путин обсуждал это с макроном?",
  // "путин говорил с президентом ирана про газу?", "путин это с шольцем обсуждал?", "с эмиром катара путин
  // разговаривал?"): the one talk the article reports is the call with the Turkish leader (No, with it), as
  // English reads "did putin speak with the president of X" (quality-ru46). A meeting ("путин встречался с X?")
  // is no talk of the story: it stays refused, as the blind sets want. Kind "call": a bare talk ("путин говорил с
  // нетаньяху?") is not denied by the article, one with its matter is the No (dialog52, dialogue/yes-no.ts).
  { re: `${NOT_ANOTHER}${PUTIN}${GAP} ${TALKED}${GAP} ${WITH_X}`, kind: "call", restAs: THE_CALL },
  {
    re: `${NOT_ANOTHER}${PUTIN}(?: ${W}){0,2}? ${WITH_X}(?: ${W}){0,2}? ${TALKED}`,
    kind: "call",
    restAs: THE_CALL,
  },
  {
    re: `${NOT_ANOTHER}(?:(?:а|и|но|так) )?${WITH_X}(?: ${W}){0,2}? ${PUTIN}(?: ${W}){0,2}? ${TALKED}`,
    kind: "call",
    restAs: THE_CALL,
  },
  // Кого винят: "возложил вину на X", "винит X", "обвинил X", "упрекнул X".
  {
    re: `(?<!\\p{L})(?:вин\\p{L}*|обвин\\p{L}*|возлож\\p{L}*|возлага\\p{L}*|свалил\\p{L}*|свалива\\p{L}*|упрек\\p{L}*|упрекнул\\p{L}*|критик\\p{L}*|раскритик\\p{L}*)(?: (?!с |со |о |об |про |за |в |по )${W}){0,5}? (?:на )?X`,
    before: /на$/u,
    placesOnly: true,
  },
  // "а Египет он раскритиковал?", "Иран Путин обвинил?": the one blamed first, then the doer and the verb (dialog43).
  {
    re: `(?:^|(?:а|и|но|так) )X (?:он|путин)(?: (?:тоже|также|ещ[её]|вообще|сам))? (?:вин\\p{L}*|обвин\\p{L}*|упрек\\p{L}*|упрекнул\\p{L}*|критик\\p{L}*|раскритик\\p{L}*)`,
    placesOnly: true,
  },
  // Кому звонили: "звонил X", "позвонил X": the party right after the verb (not "созвонился с X").
  {
    re: `(?<!\\p{L})(?:звонил\\p{L}*|позвонил\\p{L}*|звонит|набрал\\p{L}*)(?: (?:лично|сам|тогда|именно))? X`,
    kind: "call",
  },
  // Кто это сделал: "это X говорил по телефону…", "X был тем, кто…".
  { re: `(?:^|, |что )это (?:был\\p{L}* )?X (?:говорил|разговаривал|звонил|обвинил|выразил|был на)` },
  { re: `X (?:был\\p{L}* )?(?:тем|той|тот|та),? кто` },
  // Чей он лидер: "Эрдоган это же египетский президент?", "Эрдоган — лидер Ирана?": another country in a person's
  // office (the article names the Turkish leader); read without it, the person's entry holds the real one (quality-ru44).
  { re: `X (?:президент|лидер|премьер|руководител|глав[аы])\\p{L}*`, placesOnly: true },
  { re: `(?<!\\p{L})(?:президент|лидер|премьер|руководител|глав[аы])\\p{L}* X`, placesOnly: true },
  // "Эрдоган это который из Ирана?", "Песков — тот, что из Египта?": the person placed in another country (quality45).
  {
    re: `(?:(?:это|—|-) )?(?:(?:тот|та|те),? )?(?:который|которая|которые|что) (?:сам )?из X`,
    before: /(?:(?:это|—|-) )?(?:(?:тот|та|те),? )?(?:который|которая|которые|что) (?:сам )?из$/u,
    placesOnly: true,
  },
  // Член Квартета: "X входит в квартет", "в квартет входит X", "квартет это россия, X и сша".
  {
    re: `X(?: (?:тоже|также|тогда|ещё|еще|уже|разве))* (?:входит|входил\\p{L}*|состоит|состоял\\p{L}*|член\\p{L}*|участник\\p{L}*|участвует|участвовал\\p{L}*) (?:\\p{L}+ )?(?:в |во )?квартет\\p{L}*`,
  },
  {
    re: `квартет\\p{L}*(?: (?:входят|входит|входили|состоит из|состоял из|это|—|-|тоже|также))*(?:(?:,| и| или)? (?!и |или )${W}){0,6}?(?:,| и| или)? X(?=,| и | или |$)`,
  },
  // Диалог между сторонами: "МИД призвал к прямому диалогу между Израилем и Ираном?", "переговоры Израиля и Сирии":
  // the ministry's call with another country in the pair it names (Palestinians and Israelis); read as the ministry's call,
  // whose entry names the real pair (quality-ru51).
  {
    re: `(?<!\\p{L})(?:мид|министерств\\p{L}*|ведомств\\p{L}*)(?: ${W}){0,5}? (?:диалог\\p{L}*|переговор\\p{L}*)(?: (?:между|с|со))?(?: (?!и )${W}){0,3}? (?:и |с |со )?X(?![\\p{L}'-])`,
    placesOnly: true,
    restAs: () => "к чему призывает мид россии",
  },
];
