// The speakers of the adversarial generator: the names the article gives each, and whom to swap each for.

/** Speakers by id: the name to write and the names the article uses for them at the head of a sentence. */
export const SPEAKER_NAMES: Record<string, { name: string; subjects: string[] }> = {
  putin: {
    name: "Putin",
    subjects: ["Russian President Vladimir Putin", "The Russian leader", "Putin", "he"],
  },
  peskov: { name: "Peskov", subjects: ["Russian spokesperson Dmitry Peskov"] },
  kremlin: { name: "The Kremlin", subjects: ["The Kremlin"] },
  "foreign-ministry": {
    name: "The Russian Foreign Ministry",
    subjects: ["The Russian Foreign Ministry"],
  },
};
/** Someone else to put a statement in the mouth of; Kremlin, Moscow and Peskov speak for one actor, never swapped. */
export const OTHER_SPEAKERS: Record<string, string[]> = {
  putin: ["Peskov", "The Russian Foreign Ministry", "Erdogan", "Netanyahu"],
  peskov: ["Putin", "The Russian Foreign Ministry", "Erdogan"],
  kremlin: ["Putin", "The Russian Foreign Ministry", "Erdogan"],
  "foreign-ministry": ["Putin", "Peskov", "Erdogan"],
};
