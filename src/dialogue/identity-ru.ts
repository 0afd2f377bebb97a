// "Он президент России?", "Песков — это кто, пресс-секретарь?", "Эрдоган — президент России?": who a person is,
// asked yes/no in Russian. As identity.ts does in English, the answer is the role the Russian knowledge base
// gives that person (knowledge/ru/speakers.json): Yes where the asked role is the person's own (a spokesperson
// also by an alias of theirs: "пресс-секретарь Путина"); No where it is a one-holder role (a country's
// president or leader) the article gives someone else; else the article doesn't say.
import { russianStem } from "../answering/russian/stem.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { foldQuestion } from "../lib/fold-question.js";
import { countryOf, roleCountry } from "./countries.js";
import { type IdentityAsked, type PersonAskedContext, personAsked, WHICH_OF_ROLE } from "./identity.js";
import { otherOffice } from "./office.js";
import type { SpeakerNames } from "./speakers.js";

/** The cheap test first: a role word anywhere, else no identity question. */
const ROLE_WORD =
  /(?<!\p{L})(?:президент\p{L}*|лидер\p{L}*|глав[аоуые]\p{L}*|пресс-секретар\p{L}*|представител\p{L}*|спикер\p{L}*|министр\p{L}*|премьер\p{L}*|канцлер\p{L}*|мид\p{L}*|кремл\p{L}*)(?!\p{L})/u;
/** "из МИДа", "вообще, от Кремля", "в МИДе": a body the person is asked to belong to, in the role's place. */
const FROM_BODY =
  /^(?:(?:он|она|вообще|что ли|случайно|разве|типа|не|сам),?\s+)*(?:(?:работает|служит|трудится)\s+)?(?:из|от|в|во)\s+(\S+)(?:\s+(?:вообще|что ли|случайно|же|или как|или нет))*$/u;
const ASKED =
  /^(?:(?:а|и|так|значит|то есть)[, ]+)?(?:(?:правда|верно|так) ли,? что |разве )?(.+?)(?:\s*[—–-]\s*|\s+)(?:(?:это|же|кто,?|является|был|была)\s+)*((?:\S+\s+){0,3}\S+?)(?:,? (?:да|нет|верно|так|правда))?$/u;
/** «разве не», «ведь не», «случайно не», «не … ли» before the office: a doubt, the office asked all the same. */
const DOUBT = /(?<!\p{L})(?:разве|ведь|случайно|неужели)(?: же)?(?: не)?(?!\p{L})/gu;
/** «что-то вроде пресс-секретаря», «типа представитель»: a hedge before the role, the role asked all the same. */
const HEDGE =
  /(?<!\p{L})(?:(?:что-то|нечто) (?:вроде|типа)|своего рода|как бы|вроде как|вроде|типа)(?!\p{L})/gu;
const DEED_OBJECT = /(?<!\p{L})(?:с|со|о|об|про|к|ко|для)(?!\p{L})/u;
const PERSON_PRONOUN = /^(?:он|она|этот человек|этот политик|он сам)$/u;
const MAX_ROLE_WORDS = 4;

/** Role words in one spelling: case endings by stem, "российский" = "России", "спикер" = "пресс-секретарь". */
function roleWords(role: string): Set<string> {
  const words = foldQuestion(role)
    .replace(/\([^)]*\)/g, " ")
    .replace(/глав\p{L}* (?:мид|министерства иностранных дел)/gu, "министр")
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)
    .map((w) => {
      if (/^(?:росси|российск|рф$)/u.test(w)) return "россия";
      if (/^(?:турц|турецк)/u.test(w)) return "турция";
      if (/^(?:кремл|кремлевск)/u.test(w)) return "кремль";
      if (/^(?:пресс-секретар|спикер|представител)/u.test(w)) return "пресс-секретарь";
      if (/^(?:глав|руководител)/u.test(w)) return "лидер";
      if (/^министр/u.test(w)) return "министр";
      if (/^премьер/u.test(w)) return "премьер";
      if (/^канцлер/u.test(w)) return "канцлер";
      return russianStem(w);
    });
  // «пресс-секретарь правительства / Путина»: the spokesperson speaking for the Kremlin.
  const spokesperson = words.includes("пресс-секретарь");
  return new Set(
    words
      .map((w) => (spokesperson && /^(?:правительств|путин)/u.test(w) ? "кремль" : w))
      .filter((w) => !/^(?:говор|от|им|и|же|это)$/u.test(w)),
  );
}

const ONE_HOLDER = /^(?:президент|лидер)$/u;

export function identityAskedRu(
  folded: string,
  context: PersonAskedContext & { answerText: () => string },
  kb: KnowledgeBase,
  speakers: SpeakerNames,
): IdentityAsked | null {
  if (!ROLE_WORD.test(folded)) return null;
  // «а он разве не министр иностранных дел?»: the doubt's particles ask the same office (dialog50).
  const plain = folded.replace(DOUBT, " ").replace(HEDGE, " ").replace(/\s+/g, " ");
  const m = ASKED.exec(plain.replace(/[?!.\s]+$/u, ""));
  if (!m?.[1] || !m[2] || m[2].split(" ").length > MAX_ROLE_WORDS) return null;
  const who = m[1].replace(/,$/u, "").trim();
  if (WHICH_OF_ROLE.test(m[2])) return null;
  // «это турецкий президент?» after an answer that pinned a person: «это» points at that person when a country's
  // role is asked of it (dialog-r2-38b; "that's the turkish president?" in identity.ts).
  const pronoun =
    PERSON_PRONOUN.test(who) ||
    (context.personPinned === true && /^(?:это|этот|то)$/u.test(who) && roleCountry(m[2]) !== null);
  const speakerId = personAsked(who, pronoun, roleCountry(m[2]), context, kb, speakers);
  if (!speakerId) return null;
  const body = bodyAsked(m[2], speakerId, kb, speakers);
  if (body) return body;
  // "Путин говорил с египетским президентом?": a role after "с"/"о" is the other party of a deed, not his own.
  if (DEED_OBJECT.test(m[2])) return null;
  const asked = roleWords(m[2]);
  if (![...asked].some((w) => ONE_HOLDER.test(w) || /^(?:пресс-секретарь|министр|премьер|канцлер)$/u.test(w)))
    return null;
  const ru = kb.locales?.ru?.speakerById;
  const within = (id: string) => {
    const words = roleWords(ru?.get(id)?.role ?? "");
    return [...asked].every((w) => words.has(w) || (w === "президент" && words.has("лидер")));
  };
  // "пресс-секретарь Путина": a spokesperson's own alias names the role too.
  const ownAlias = (id: string) =>
    asked.has("пресс-секретарь") &&
    (ru?.get(id)?.aliases ?? []).some((a) => {
      const alias = roleWords(a);
      return alias.size === asked.size && [...asked].every((w) => alias.has(w));
    });
  const fits = (id: string) => within(id) || ownAlias(id);
  const answerNames = pronoun ? speakers.namedIn(context.answerText().toLowerCase()) : [];
  const meant = answerNames.find((n) => speakers.isPerson(n.id) && fits(n.id));
  if (meant) return { speakerId: meant.id, verdict: "yes" };
  if (fits(speakerId)) return { speakerId, verdict: "yes" };
  if (otherOffice(roleWords(ru?.get(speakerId)?.role ?? ""), asked)) return { speakerId, verdict: "no" };
  const holder = [...asked].some((w) => ONE_HOLDER.test(w)) && asked.size >= 2;
  const other = kb.speakers.some((s) => s.id !== speakerId && speakers.isPerson(s.id) && within(s.id));
  // An office of another country than the person's role names ("он премьер Израиля?" after Erdogan): No.
  const askedCountry = roleCountry(m[2]);
  const ownCountry = roleCountry(kb.speakerById.get(speakerId)?.role);
  const abroad = askedCountry !== null && ownCountry !== null && askedCountry !== ownCountry;
  return { speakerId, verdict: (holder && other) || abroad ? "no" : "not-said" };
}

/**
 * "Песков это кто вообще, из МИДа?": a body (the Kremlin, the Foreign Ministry) the person is asked to belong to.
 * Yes where the person's Russian role names that body, No where it names another one (quality-ru44); null when
 * the role's place names no body or the person's role none.
 */
function bodyAsked(
  rolePart: string,
  speakerId: string,
  kb: KnowledgeBase,
  speakers: SpeakerNames,
): IdentityAsked | null {
  const m = FROM_BODY.exec(rolePart.replace(/,/gu, " ").replace(/\s+/gu, " ").trim());
  if (!m?.[1]) return null;
  const bodies = (text: string) =>
    new Set(
      speakers
        .namedIn(text)
        .map((n) => n.id)
        .filter((id) => !speakers.isPerson(id) && countryOf(id) !== id),
    );
  const asked = bodies(m[1]);
  const own = bodies(
    (kb.locales?.ru?.speakerById.get(speakerId)?.role ?? "").toLowerCase().replace(/ё/gu, "е"),
  );
  if (asked.size !== 1 || own.size === 0) return null;
  return { speakerId, verdict: [...asked].some((id) => own.has(id)) ? "yes" : "no" };
}
