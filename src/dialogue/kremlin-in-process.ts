// Kind (dialog54, session 45's leftover): the Kremlin asked as a participant in the peace process or the settlement
// — «кремль участвует в мирном процессе?», «кремль принимает участие в урегулировании?», "is the kremlin involved
// in the peace process?", "does the kremlin take part in the peace efforts?". The engine read it as the Kremlin in
// the Quartet, whose members are Russia and three others, and gave «не сказано» / "doesn't say" (the Kremlin is no
// member by that name). The article settles the participation: "Russia's involvement in the Middle East peace
// process", the Kremlin "seeks to assist in finding a settlement" and "maintains open communication with both
// warring sides". The Kremlin speaks for Russia here (as Moscow does, which already read Да/Yes), so the message is
// read as Russia's involvement: «Россия участвует в ближневосточном мирном процессе?» / "Is Russia involved in the
// Middle East peace process?". Membership of the Quartet itself («кремль входит в квартет?») is left as typed;
// a negation or a question word is no such message.

const LEAD_RU = "(?:(?:а|и|но|ну|так|значит|то есть|получается)[,.]? +)*";
const PARTICLE_RU = "(?:(?:вообще|как-то|тоже|также|же|ведь|реально|действительно|все-таки) )*";
const TAKES_PART_RU =
  "(?:участвует|участвовал|принимает участие|принимал участие|задействован|вовлечен|вовлечён|играет роль|играет какую-то роль)";
const PROCESS_RU =
  "(?:(?:ближневосточном |этом )?мирном процессе|мирных усилиях|(?:ближневосточном |палестино-израильском |израильско-палестинском |этом )?урегулировании(?: конфликта)?|процессе урегулирования|мирных переговорах)";
const ASKED_RU = new RegExp(
  `^${LEAD_RU}кремль ${PARTICLE_RU}${TAKES_PART_RU} ${PARTICLE_RU}в ${PROCESS_RU}$`,
  "u",
);

const LEAD_EN = "(?:(?:so|and|but|ok|okay|wait)[, ]+)*";
const PROCESS_EN =
  "(?:the )?(?:(?:middle east|mideast|israeli-palestinian) )?(?:peace process|peace efforts|peace talks|settlement(?: efforts)?|search for a settlement)";
const ASKED_EN = [
  new RegExp(
    `^${LEAD_EN}(?:is|was) the kremlin (?:also |actually |really |even )?(?:involved|taking part|participating|engaged|a participant|a player) in ${PROCESS_EN}$`,
    "u",
  ),
  new RegExp(
    `^${LEAD_EN}(?:does|did) the kremlin (?:also |actually |really |even )?(?:take part|participate|play (?:a|any) (?:part|role)|have (?:a|any) role) in ${PROCESS_EN}$`,
    "u",
  ),
];

/** The message as Russia's involvement in the peace process, or null when it is not the Kremlin asked so. */
export function kremlinInProcessAsked(text: string): string | null {
  const folded = text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/’/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[?!.\s]+$/u, "")
    .trim();
  if (folded.length > 100) return null;
  if (ASKED_RU.test(folded)) return "Россия участвует в ближневосточном мирном процессе?";
  if (ASKED_EN.some((p) => p.test(folded))) return "Is Russia involved in the Middle East peace process?";
  return null;
}
