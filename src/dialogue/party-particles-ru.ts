// Reads the particles a Russian speaker glues to a party's name in a short follow-up — «а евросоюз разве не
// входит?», «а сша ведь входят?», «а ЕС вообще входит?», «а с хамасом ли тоже?» — so that the party is the name
// alone. Cut out with the name, «евросоюз разве» was no member of the Quartet's list: a false «Нет, не входит»
// (d114-28#3, dialog49ru). Particles carry doubt or emphasis, never a party: every reader that takes a party
// through elliptical.ts's partyOf reads it without them.

/** Doubt, emphasis and "too" particles: a word of its own, never part of a party's name. */
const PARTICLE_RU =
  /(?<!\p{L})(?:разве|неужели|же|ж|ли|ведь|вообще|тоже|также|всё-таки|все-таки|случайно|вроде|точно|действительно|именно)(?![\p{L}-])/gu;

/** The party without the particles glued to it («евросоюз разве» → «евросоюз»); as given when nothing is left. */
export function withoutPartyParticles(party: string): string {
  const bare = party.replace(PARTICLE_RU, " ").replace(/\s+/g, " ").trim();
  return bare === "" ? party : bare;
}
