// Kind: blame asked for the conflict named by its parties — "is russia blaming the us for the hamas israel
// mess?", "does putin blame washington for the whole israel-gaza war?". The parties in the matter of the blame
// read as targets or actors of their own (the engine drew Russia's position, the checker an actor change), so the
// curated Yes on whom Putin blames was lost. The matter is the violence the article speaks of: it is put so.

const BLAME = /(?<!\p{L})(?:blam\p{L}*|fault\p{L}*|responsib\p{L}*|accus\p{L}*)(?!\p{L})/u;
const PARTY = "(?:hamas|israel\\p{L}*|gaza\\p{L}*|palestin\\p{L}*|middle[- ]east\\p{L}*|arab\\p{L}*)";
const NAMED_CONFLICT = new RegExp(
  `(?<=(?<!\\p{L})(?:for|over|on) )(?:all )?(?:the |this |that )?(?:whole |entire |current )?(?:${PARTY}(?:\\s*[/-]\\s*|\\s+and\\s+|\\s+)){1,3}(?:mess|war|conflict|fighting|situation|crisis|violence|bloodshed|chaos|escalation|thing)(?!\\p{L})`,
  "iu",
);

/** The message with a blame's matter named by the conflict's parties put as "the violence", else null. */
export function conflictNamedOf(text: string): string | null {
  if (!BLAME.test(text.toLowerCase())) return null;
  const out = text.replace(NAMED_CONFLICT, "the violence");
  return out === text ? null : out;
}

// "whats russias position on the israel thing", "what's moscow's take on the gaza situation": a stance asked of the
// conflict named by one of its parties; read with "israel" the engine drew Russia's ties with Israel (d71-13).
const STANCE =
  /(?<!\p{L})(?:position|positions|stance|view|views|take|opinion|attitude|stand|think|thinks|feel|feels)(?!\p{L})/u;
const STANCE_MATTER = new RegExp(
  `(?<=(?<!\\p{L})(?:on|about|of|over|towards?|re) )(?:all )?(?:the |this |that )?(?:whole |entire |current )?(?:${PARTY}(?:\\s*[/-]\\s*|\\s+and\\s+|\\s+)){1,3}(?:mess|war|conflict|fighting|situation|crisis|violence|bloodshed|chaos|escalation|thing|stuff|business)(?!\\p{L})`,
  "iu",
);

/** Russia as the holder: Putin's "take on the whole Gaza situation" is his concern for civilians there (d68-03). */
const RUSSIA_HOLDER =
  /(?<!\p{L})(?:russia|russias|russia's|moscow|moscows|moscow's|kremlin|kremlins|kremlin's)(?!\p{L})/u;

/** The message with Russia's stance's matter named by the conflict's parties put as "the conflict", else null. */
export function stanceOnConflictOf(text: string): string | null {
  const folded = text.toLowerCase();
  if (text.length > 200 || !STANCE.test(folded) || !RUSSIA_HOLDER.test(folded) || /putin/u.test(folded))
    return null;
  const out = text.replace(STANCE_MATTER, "the conflict");
  return out === text ? null : out;
}
