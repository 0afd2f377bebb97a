// "Кого он считает виноватым и что предлагает делать", "кто по мнению Путина виноват и что он предлагает?": whom
// Putin blames and what he proposes, asked in one breath (often inside a long message). The ranker weighed the
// blame words most and answered the blame alone, without the ceasefire and talks asked for. Read as Russia's
// position, whose entry gives both (the failed US policy, the ceasefire and the resumed talks).

const BLAME_ASKED =
  /(?<!\p{L})(?:кого|кто|на\s+кого|кому)(?!\p{L})[^?.!]{0,60}?(?<!\p{L})(?:винова\p{L}*|вину|винит|обвиня\p{L}*|ответствен\p{L}*)(?!\p{L})/u;
const PROPOSAL_ASKED =
  /(?<!\p{L})(?:что|чего|какие|какой|какое|как)(?!\p{L})[^?.!]{0,40}?(?<!\p{L})(?:предлага\p{L}*|предлож\p{L}*|совету\p{L}*|призыва\p{L}*)(?!\p{L})/u;

/** Russia's position asked for blame and proposal together, or the question as typed. */
export function asRussianBlameAndProposal(text: string): string {
  const plain = text.toLowerCase().replace(/ё/g, "е");
  return BLAME_ASKED.test(plain) && PROPOSAL_ASKED.test(plain) ? "какова позиция россии по конфликту" : text;
}
