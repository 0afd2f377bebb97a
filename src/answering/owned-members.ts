// The Quartet's members asked (owned-verdict.ts's Yes on the quartet-members card): membership asked of members only
// ("is russia part of the quartet", «сша тоже в квартете?»), another member asked as working on peace alongside
// Russia, and a members question with a yes/no afterthought («Кто с Россией в Квартете, США тоже?»). Apart from
// owned-verdict.ts because it reads who is named, not the question's shape nor the points.

import { foldQuestion } from "../lib/fold-question.js";
import { stem, w } from "./owned-points.js";
import { asRoleOrMembership } from "./role-and-membership.js";
import { asRussianMembership } from "./russian/membership.js";
import type { Lang } from "./types.js";

/** Parties outside the Quartet, by name: not judged by the members' Yes. */
const NON_MEMBER =
  /(?<!\p{L})(?:israel\p{L}*|hamas|turk\p{L}*|iran\p{L}*|china|chinese|egypt\p{L}*|palestin\p{L}*|nato|india|japan|uk|britain|france|germany|saudi\p{L}*|qatar|ukrain\p{L}*|израил\p{L}*|хамас\p{L}*|турц\p{L}*|иран\p{L}*|кита\p{L}*|египт\p{L}*|палестин\p{L}*|нато|инди\p{L}*|япони\p{L}*|британи\p{L}*|франци\p{L}*|германи\p{L}*|саудов\p{L}*|катар\p{L}*|украин\p{L}*)(?!\p{L})/u;
const MEMBER_EN = w(
  "russia|russian|russians|moscow|kremlin|the kremlin|putin|us|u\\.s|usa|united states|america|american|americans|washington|un|u\\.n|united nations|eu|e\\.u|european union|europe|brussels",
);
const MEMBER_RU = stem(
  "росси|российск|москв|кремл|путин|сша|америк|штат|вашингтон|оон|объедин|евросоюз|европ|брюссел",
);
const MEMBER_RU_EU = /(?<!\p{L})ес(?!\p{L})/u;

/** Another member asked as working on peace alongside Russia ("is the un involved in the peace process with russia?"). */
const TOGETHER_EN = [
  w("un|u\\.n|united nations|eu|e\\.u|european union|europe|us|u\\.s|usa|united states|america|washington"),
  w("(?:alongside|together with|along with|with|beside|next to) (?:russia|moscow|the kremlin)"),
  w("involved|part|participat\\p{L}*|take part|takes part|work|works|working|engaged|cooperat\\p{L}*"),
  w("peace|process|effort|efforts|settlement|talks|mediation"),
];

/** The conflict's sides as one adjective ("israeli-palestinian talks", «израильско-палестинские переговоры»): no party. */
const SIDES_ADJECTIVE =
  /(?<!\p{L})(?:israeli-palestinian|palestinian-israeli|arab-israeli|израильско-палестинск\p{L}*|палестино-израильск\p{L}*|арабо-израильск\p{L}*)(?!\p{L})/gu;

/** Membership asked of the Quartet's members only ("is russia part of the quartet", «сша тоже в квартете?»). */
export function membersAsked(text: string, asked: string, lang: Lang): boolean {
  if (NON_MEMBER.test(asked.replace(SIDES_ADJECTIVE, " "))) return false;
  if (lang === "ru")
    return (
      asRussianMembership(text) === "кто входит в квартет" &&
      (MEMBER_RU.test(asked) || MEMBER_RU_EU.test(asked))
    );
  if (asRoleOrMembership(text) === "who is in the quartet") return MEMBER_EN.test(asked);
  return TOGETHER_EN.every((p) => p.test(asked));
}

/**
 * A members question with a yes/no afterthought («С кем Россия в связке в Квартете — с Евросоюзом тоже?», «Кто с
 * Россией в Квартете, США тоже?», quality45ru): the afterthought alone asks yes or no, read as «X тоже в квартете?».
 */
const MEMBER_AFTERTHOUGHT_RU =
  /[—–,-]\s*(?:а\s+|и\s+)?(?:с\s+)?((?:\p{L}+\s+){0,2}?\p{L}+)\s+тоже\s*\?+\s*$/u;

export function memberAfterthought(text: string): string | null {
  const m = MEMBER_AFTERTHOUGHT_RU.exec(foldQuestion(text));
  return m?.[1] === undefined ? null : `${m[1]} тоже в квартете?`;
}
