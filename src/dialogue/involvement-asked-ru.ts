// Reads Russia's involvement in the settlement asked by a relation word — «москва имеет отношение к урегулированию?»,
// «а россия вообще причастна к мирному процессу?», «кремль как-то вовлечён в урегулирование?» (dialog53ru, the
// task's «Москва имеет какое-то отношение к ближневосточному урегулированию?»). «Имеет отношение», «причастна» are
// no words of the cards: the engine went to the Quartet's list or the Kremlin's role with no verdict line, and after
// a voice's answer the lead «а» made it a topic beside that voice. The article settles it — Russia is in the Quartet
// formed to facilitate the negotiations, its involvement in the peace process "is not without controversy", the
// Kremlin "seeks to assist in finding a settlement" — so the message is read as the plain question whose card
// answers it: «Россия участвует в ближневосточном мирном процессе?» (the peace process) or «Россия играет роль в
// урегулировании?» (the settlement), both Да. A negation, a question word or someone's words are left as typed.

const LEAD = "(?:(?:а|и|но|ну|так|значит|то есть|получается|выходит|в общем)[,.]? +)*";
const RUSSIA = "(?:россия|рф|москва|кремль)";
const PARTICLE =
  "(?:(?:вообще|как-то|хоть как-то|все-таки|все же|же|ведь|тоже|также|реально|действительно) )*";
const RELATED =
  "(?:имеет (?:(?:хоть )?какое-(?:то|нибудь|либо) |прямое |непосредственное |хоть какое-то )?отношение к|причаст(?:на|ен|ны) к|вовлечен(?:а|о|ы)? в|замешан(?:а|о|ы)? в)";
const PROCESS =
  "(?:(?:ближневосточному |этому )?(?:мирному процессу|мирным усилиям)|ближневосточный мирный процесс|мирный процесс|мирные усилия)";
const SETTLEMENT =
  "(?:(?:ближневосточному |этому |палестино-израильскому |израильско-палестинскому )?урегулированию(?: конфликта)?|урегулирование(?: конфликта)?|процессу урегулирования|процесс урегулирования)";
const ASKED = new RegExp(`^${LEAD}${RUSSIA} ${PARTICLE}${RELATED} (?:(${PROCESS})|${SETTLEMENT})$`, "u");

/** The message as the question whose card answers Russia's involvement, or null when it is not that question. */
export function involvementAsked(text: string): string | null {
  // «ё» folded to «е» («вовлечён», «всё-таки»).
  const folded = text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[?!.\s]+$/u, "")
    .trim();
  if (folded.length > 100) return null;
  const m = ASKED.exec(folded);
  if (!m) return null;
  return m[1]
    ? "Россия участвует в ближневосточном мирном процессе?"
    : "Россия играет роль в урегулировании?";
}
