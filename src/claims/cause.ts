// What a claim adds that the passage never states: a cause ("US policy failed because of the latest surge in
// violence" of "the surge … is a clear indication of the failure of US policy") or money ("ready to fund a
// settlement" of "ready to contribute to reaching a settlement"). Said, not reworded: altered, naming what it adds.

import { lean } from "../lib/lean-regexp.js";
import type { ClaimChange } from "./types.js";

/** A claim's explicit cause: because (of), due to, caused by, the result of, led to; из-за, потому что, привело к. */
const CLAIMS_CAUSE = lean(
  /\b(because(?:\s+of)?|due\s+to|owing\s+to|thanks\s+to|caused(?:\s+by)?|causes|cause\s+of|results?\s+of|resulted\s+(?:in|from)|led\s+to|leads?\s+to|leading\s+to)\b|(?:^|[^\p{L}])(из-за|потому\s+что|поскольку|так\s+как|вследствие|в\s+результате|благодаря|привел\p{L}*\s+к|привод\p{L}*\s+к|вызван\p{L}*)(?=$|[^\p{L}])/iu,
);
/**
 * Any cause or reason the passage gives ("for its failed policy", "due to", "за", "из-за", the translations' "в силу";
 * the means "by highlighting its relationships", in the translation a verbal adverb before its own object:
 * «, подчёркивая свои отношения»): the claim may reword it.
 */
const STATES_CAUSE = lean(
  /\b(?:because|due|owing|thanks|cause[ds]?|causing|results?|resulted|led|leads?|leading|for|since|consequences?|reasons?|why|by\s+\p{L}+ing|through)\b|(?:^|[^\p{L}])(?:из-за|в\s+силу|ввиду|по\s+причине|потому|поскольку|так\s+как|вследствие|результат\p{L}*|благодаря|привел\p{L}*|привод\p{L}*|вызва\p{L}*|за|для|последстви\p{L}*|причин\p{L}*)(?=$|[^\p{L}])|,\s+\p{L}{4,}(?:ая|яя)\s+сво\p{L}+/iu,
);

/** A feeling the link follows is about its object, no cause stated ("переживает из-за гибели", "upset because of"). */
const FEELING_BEFORE = lean(
  /(?:пережива|пережив|волну|волнен|беспоко|обеспокоен|тревож|тревог|озабоч|страх|опасени|боязн|расстро|огорч|сожале|сочувств|скорб|печал|возмущ|недовол|гнев|зл|upset|worr|concern|alarm|anxi|fear|grie|sorrow|sad|ang)\p{L}*\s+(?:\p{L}+\s+)?$/iu,
);

export function addedCause(claim: string, clause: string): ClaimChange | null {
  const link = CLAIMS_CAUSE.exec(claim);
  if (
    !link ||
    STATES_CAUSE.test(clause) ||
    FEELING_BEFORE.test(claim.slice(0, link.index + (link[0].length - (link[1] ?? link[2]!).length)))
  )
    return null;
  return { kind: "added", claimed: (link[1] ?? link[2]!).toLowerCase(), article: "" };
}

/** Money given or paid: fund, finance, bankroll, pay for; финансирует, оплачивает, спонсирует. */
const MONEY = lean(
  /\b(fund(?:s|ed|ing)?|financ\w*|bankroll\w*|pa(?:y|ys|id|ying)\s+for|sponsor\w*|subsidi[sz]\w*|donat\w*|invest\w*|money|cash|loans?)\b|(?:^|[^\p{L}])(финансир\p{L}*|профинансир\p{L}*|оплач\p{L}*|оплат\p{L}*|спонсир\p{L}*|субсидир\p{L}*|инвестир\p{L}*|пожертв\p{L}*|деньг\p{L}*|денеж\p{L}*|кредит\p{L}*)(?=$|[^\p{L}])/iu,
);

/** "The Kremlin is ready to fund a settlement" of "… ready to contribute to reaching a settlement": money added. */
export function addedMoney(claim: string, clause: string): ClaimChange | null {
  const money = MONEY.exec(claim);
  if (!money || MONEY.test(clause)) return null;
  return { kind: "added", claimed: (money[1] ?? money[2]!).toLowerCase(), article: "" };
}
