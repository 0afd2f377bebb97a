// A person's private life, which the article never gives: one list for the engine (answer-type.ts: "personal",
// "the article doesn't give personal details like that") and the chat (dialogue/private-life.ts: refused mid-chat
// like an off-topic question). English; each group says why its words are private.

const PRIVATE_GROUPS_EN: ReadonlyArray<readonly [why: string, words: string]> = [
  ["marriage and partners", "wife|wives|husband|spouse|married|marriage|divorced|girlfriend|boyfriend"],
  ["birth and body", "birthday|born|birthplace|tall|height|weight"],
  ["money of one's own", "salary|earn|earns|income|net worth|wealth|fortune"],
  ["belief", "religion|religious"],
  ["tastes and pastimes", "hobby|hobbies|favou?rite|football|soccer|hockey|basketball"],
  [
    "schooling and languages",
    "education|studied|speak (?:russian|english|turkish|arabic|hebrew|german|french)|languages",
  ],
];

/** Words of a private life standing alone ("is erdogan married", "whats putin's favourite team"); source. */
export const PRIVATE_WORDS_EN = `(?:${PRIVATE_GROUPS_EN.map(([, words]) => words).join("|")})`;

/**
 * Family, pets, health and degrees: private only with an owner ("his kids", "has a dog"; "the kids in Gaza" are
 * the story's), so a source for what follows the owner word.
 */
export const FAMILY_WORDS_EN =
  "(?:children|kids|sons?|daughters?|grandchildren|parents|mother|father|family|pets?|dogs?|cats?|health|degree)";
