// Kind: a yes/no question on whom a voice blames, with a scope word. "Does he blame Hamas as well?", "а ХАМАС он
// тоже обвиняет?" add a party to the one the evidence names: the article says nothing of it, so "doesn't say"
// (with what it does say: he blames the US) — not No. "Does he blame everything on Israel?", "so it's all
// Israel's fault?", "во всём винит Израиль", "только Израиль" put that party in the evidence's place: No, since
// the evidence names another. Only where the evidence does not name the asked party at all; else the general
// path reads the question. A bare guilt asked of a party ("а ХАМАС виноват?", "is Israel to blame?", "is Hamas at
// fault then?") after the evidence of whom Putin blames is the same added party: doesn't say. It was the entry's
// curated Yes ("Да. Путин возлагает вину на США…"): agent-swap reads acts with a doer, and a guilt has none.
import type { Answer, Lang } from "../answering/types.js";
import { ONLY_WORDS } from "./restrictive-only.js";

const BLAME =
  /(?<!\p{L})(?:blam\p{L}*|fault\p{L}*|responsib\p{L}*|culprit\p{L}*|винит|вини\p{L}*|обвин\p{L}*|вин[аеуы]|виноват\p{L}*|ответствен\p{L}*)(?!\p{L})/u;
const ADDED = /(?<!\p{L})(?:too|as well|also|either|as well as|тоже|также|и сам\p{L}*|ещ[её] и)(?!\p{L})/u;
/** The asked party put in the evidence's place: "only"/"just" (restrictive-only.ts), "everything", «во всём»… */
const ONLY = new RegExp(
  `(?<!\\p{L})(?:everything|all the blame|all (?:of )?(?:it|this|that)|(?:it's |it is |is )?all (?:\\p{L}+'s|the \\p{L}+'s?) fault|entirely|alone|${ONLY_WORDS}|во вс[её]м|вс[её] на|целиком|одн\\p{L}* (?:лишь )?)(?!\\p{L})`,
  "u",
);
/** Parties a reader may name, by stem, in both languages. */
const PARTY =
  /(?<!\p{L})(israel\p{L}*|hamas|palestin\p{L}*|iran\p{L}*|hezbollah|egypt\p{L}*|turk\p{L}*|ukrain\p{L}*|china|chinese|europe\p{L}*|the eu|the un|united nations|израил\p{L}*|хамас\p{L}*|палестин\p{L}*|иран\p{L}*|хезболл\p{L}*|египет\p{L}*|египт\p{L}*|турц\p{L}*|турец\p{L}*|украин\p{L}*|кита\p{L}*|евросоюз\p{L}*|оон)(?!\p{L})/u;

/**
 * Russia itself, by name or seat: asked only as the one blamed ("россия тоже виновата?", "did he blame russia
 * too?"), never as the blaming side ("does moscow blame the us too?" is Putin's own view, another reader's).
 */
const OWN_SIDE = /(?<!\p{L})(russia\p{L}*|moscow|the kremlin|росси\p{L}*|москв\p{L}*|кремл\p{L}*)(?!\p{L})/u;

/** Putin by his office, the blaming voice: "the Russian leader", «российский лидер», «президент России». */
const RUSSIAN_VOICE =
  /(?<!\p{L})(?:russian (?:leader|president)|российск\p{L}* (?:лидер|президент)\p{L}*|(?:лидер|президент)\p{L}* россии)(?!\p{L})/gu;

/** "X виноват", "is X to blame", "X at fault", "X guilty": the party before is the one blamed, with no doer. */
const GUILT =
  /(?<!\p{L})(?:виноват\p{L}*|винова\p{L}*|(?:is|are|was|were) (?:\p{L}+ ){0,2}(?:to blame|at fault|guilty|responsible))(?!\p{L})/u;
/** A reported claim ("putin says X is at fault") is the claim checker's to read. */
const REPORTED =
  /(?<!\p{L})(?:says?|said|thinks?|claims?|believes?|говорит|сказал\p{L}*|считает|утверждает)(?!\p{L})/u;

const FAILED = /(?<!\p{L})(?:failure|failed|провал\p{L}*|упрека\p{L}*)(?!\p{L})/u;
/** "does he blame anyone?", «он кого-нибудь винит?»: the blamed left open, so any blame in the evidence answers it. */
const ANYONE =
  /(?<!\p{L})(?:anyone|anybody|someone|somebody|any(?:one)? party|кого-(?:нибудь|то|либо)|кого-нить)(?!\p{L})/u;
const NEGATED = /(?<!\p{L})(?:not|n't|never|никого|ни на кого|не)(?!\p{L})|n't(?!\p{L})/u;

/** "does putin actually blame anyone for the latest violence?" on evidence where he blames the US: Yes (dialog53). */
function anyoneBlamed(folded: string, evidence: Answer): "yes" | null {
  if (!ANYONE.test(folded) || NEGATED.test(folded)) return null;
  // The blaming voice must be the one asked of: "is peskov blaming anyone?" on Putin's words is not his Yes.
  const voices = evidence.quotes
    .filter((q) => q.voice === "reported")
    .flatMap((q) => [q.speaker, q.localSpeaker ?? ""])
    .map((name) => (name.split(" ").at(-1) ?? "").toLowerCase().slice(0, 5))
    .filter((stem) => stem.length >= 3);
  if (!voices.some((stem) => folded.includes(stem))) return null;
  const text = evidence.answer.toLowerCase();
  return BLAME.test(text) || FAILED.test(text) ? "yes" : null;
}

const stemOf = (party: string) => party.replace(/^the /, "").slice(0, Math.min(5, party.length));

export function blameScopeVerdict(
  folded: string,
  _lang: Lang,
  evidence: Answer,
): "yes" | "no" | "not-said" | null {
  if (!evidence.answered || !BLAME.test(folded)) return null;
  const other = PARTY.exec(folded);
  const own = other ? null : OWN_SIDE.exec(folded);
  const guiltAt = GUILT.exec(folded)?.index ?? -1;
  const blamedOwn =
    own !== null && (own.index < guiltAt || (BLAME.exec(folded)?.index ?? folded.length) < own.index);
  const party = other?.[1] ?? (blamedOwn ? own?.[1] : undefined);
  if (!party) return anyoneBlamed(folded, evidence);
  const sentences = [evidence.answer, ...evidence.quotes.flatMap((q) => [q.text, q.translation ?? ""])]
    .join(" ")
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/(?<=[.!?;])\s+/u);
  // The evidence's sentences of blame: it must blame someone, and not the asked party.
  const blaming = sentences.filter((s) => BLAME.test(s) || FAILED.test(s));
  if (blaming.length === 0) return null;
  const stem = stemOf(party);
  // "The Russian leader believes…" names the one blaming, not Russia blamed.
  const named = own ? blaming.map((s) => s.replace(RUSSIAN_VOICE, " ")) : blaming;
  if (named.some((s) => s.includes(stem))) return null;
  if (ONLY.test(folded)) return "no";
  if (ADDED.test(folded)) return "not-said";
  const guilt = GUILT.exec(folded);
  if (guilt && folded.length <= 80 && !REPORTED.test(folded) && folded.indexOf(party) < guilt.index)
    return "not-said";
  return null;
}
