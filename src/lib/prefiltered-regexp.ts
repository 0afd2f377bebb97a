// A regexp that is not run on a subject it cannot match: the build (scripts/bmp-regexps/barriers.mjs) makes our
// regexps PrefilteredRegExps. Irregexp compiles a pattern's machine code on its first run, once for one-byte and
// once for two-byte subjects; most of our ~2,200 patterns were run on every message although their words were absent
// from it. Before a run, a PrefilteredRegExp looks for the literals one of which every match must contain
// (required-literals.ts, read from the pattern on first use; case-folded under i, on one folded copy of the subject
// shared by all patterns): when none is there, the result is what a failed run gives (null, false, the subject
// unchanged, -1, [subject], no matches; lastIndex set to 0 under g or y, as a failed exec sets it). Otherwise a plain
// RegExp of the same source and flags runs, so V8's fast paths for replace, split and matchAll stay.
// A pattern the one-byte view suits (latin1-view.ts: no u flag, ASCII) reads a subject with a character above U+00FF
// on its view (perf33): a test or search there gives the same result; exec, match, replace and split run on the
// subject itself only when the view holds a match. So the two-byte machine code of an English pattern is compiled
// only when a Russian message or a question with an en dash really matches it.

import { anyLiteralIn, literalSieve } from "./bigram-sieve.js";
import { foldCase, requiredLiterals } from "./required-literals.js";
import { viewSafety, wideTextView } from "./wide-view.js";

/**
 * Literals per pattern (by flags, then source), shared by all PrefilteredRegExps of it; bounded (patterns made
 * from text). Two levels, so the source string (whose hash V8 keeps) is the key as it is.
 */
const LITERALS = new Map<string, Map<string, readonly string[] | null>>();
const MAX_CACHED = 8192;
let cached = 0;

/** The last few subjects and their folds (patterns run on a message, its words and its rewrites in turn). */
const SUBJECTS = ["", "", "", ""];
const FOLDS = ["", "", "", ""];
let next = 0;
/** The subject case-folded, kept for the next patterns. */
function folded(subject: string): string {
  for (let i = 0; i < 4; i++) if (SUBJECTS[i] === subject) return FOLDS[i]!;
  const fold = foldCase(subject);
  SUBJECTS[next] = subject;
  FOLDS[next] = fold;
  next = (next + 1) & 3;
  return fold;
}

const NONE: readonly string[] = [];
function literalsOf(source: string, flags: string): readonly string[] {
  let bySource = LITERALS.get(flags);
  if (bySource === undefined) {
    bySource = new Map();
    LITERALS.set(flags, bySource);
  }
  let found = bySource.get(source);
  if (found === undefined) {
    found = requiredLiterals(source, flags);
    if (cached++ < MAX_CACHED) bySource.set(source, found);
  }
  return found ?? NONE;
}

/**
 * The PrefilteredRegExps made before the warm-up without their literals (the build reads a literal's; a `new RegExp`
 * pattern's are read on its first run, ~0.3–3 ms each, ~500 of them: in the first answers that run them, perf33b).
 * readPendingLiterals() reads them all at the warm-up and ends the list: patterns made later (per call, from text)
 * read theirs on first use, as before. Bounded, for a program that never warms up (tests, one-off tools).
 */
let pending: PrefilteredRegExp[] | null = [];
const MAX_PENDING = 4096;

/** Reads the literals of every pattern made so far that has not read them (the engine's warm-up); once. */
export function readPendingLiterals(): void {
  const patterns = pending;
  pending = null;
  for (const re of patterns ?? []) re.readLiterals();
}

export class PrefilteredRegExp extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
  private literals: readonly string[] | undefined;
  /** Its literals' pair hashes (bigram-sieve.ts), made on first use. */
  private sieve: string | undefined;
  private plainCopy: RegExp | undefined;
  private readonly stateful: boolean;
  private readonly folds: boolean;
  /** How it may read the one-byte view (latin1-view.ts viewSafety), read on first use. */
  private viewing: boolean | RegExp | undefined;

  /** literals: the pattern's (requiredLiterals of its source and flags), when known; else read on first use. */
  constructor(pattern: string | RegExp, flags?: string, literals?: readonly string[]) {
    super(pattern, flags);
    this.stateful = this.global || this.sticky;
    this.folds = this.ignoreCase;
    this.literals = literals;
    if (literals === undefined && pending && pending.length < MAX_PENDING) pending.push(this);
  }

  /** Its literals, read now if not yet. */
  readLiterals(): readonly string[] {
    this.literals ??= literalsOf(this.source, this.flags);
    return this.literals;
  }

  /** Whether a match may be in the subject (one of the literals is there; always when the pattern has none). */
  private mayMatch(subject: string): boolean {
    const literals = this.readLiterals();
    const n = literals.length;
    if (n === 0) return true;
    this.sieve ??= literalSieve(literals);
    return anyLiteralIn(this.folds ? folded(subject) : subject, literals, this.sieve);
  }

  /** The subject's one-byte view when this pattern reads it the same (see the header), else null. */
  private viewOf(subject: string): string | null {
    this.viewing ??= viewSafety(this.source, this.flags);
    if (this.viewing === false) return null;
    const view = wideTextView(subject);
    if (view === null || (this.viewing !== true && this.viewing.test(subject))) return null;
    return view;
  }

  /** Whether the subject's view shows that no match is there (never for a stateful pattern: lastIndex). */
  private viewFails(subject: string): boolean {
    if (this.stateful) return false;
    const view = this.viewOf(subject);
    return view !== null && !this.plain.test(view);
  }

  /** The plain RegExp that runs, with this one's lastIndex when it has state. */
  private get plain(): RegExp {
    this.plainCopy ??= new RegExp(this.source, this.flags);
    if (this.stateful) this.plainCopy.lastIndex = this.lastIndex;
    return this.plainCopy;
  }

  /** After a run of the plain copy: its lastIndex back here (g or y). */
  private settle<T>(result: T): T {
    if (this.stateful) this.lastIndex = this.plainCopy!.lastIndex;
    return result;
  }

  /** What a failed exec does: lastIndex 0 under g or y. */
  private failed(): void {
    if (this.stateful) this.lastIndex = 0;
  }

  override exec(input: string): RegExpExecArray | null {
    const s = String(input);
    if (!this.mayMatch(s) || this.viewFails(s)) {
      this.failed();
      return null;
    }
    return this.settle(this.plain.exec(s));
  }

  override test(input: string): boolean {
    const s = String(input);
    if (!this.mayMatch(s)) {
      this.failed();
      return false;
    }
    // Same length, same matches: lastIndex (g or y) lands where it would on the subject.
    return this.settle(this.plain.test(this.viewOf(s) ?? s));
  }

  override [Symbol.match](input: string): RegExpMatchArray | null {
    const s = String(input);
    if (!this.mayMatch(s) || this.viewFails(s)) {
      this.failed();
      return null;
    }
    return this.settle(this.plain[Symbol.match](s));
  }

  override [Symbol.matchAll](input: string): RegExpStringIterator<RegExpMatchArray> {
    const s = String(input);
    if (!this.mayMatch(s)) return [][Symbol.iterator]() as unknown as RegExpStringIterator<RegExpMatchArray>;
    return this.plain[Symbol.matchAll](s);
  }

  override [Symbol.replace](
    input: string,
    // biome-ignore lint/suspicious/noExplicitAny: RegExp's own signature
    replacement: string | ((substring: string, ...args: any[]) => string),
  ): string {
    const s = String(input);
    if (!this.mayMatch(s) || this.viewFails(s)) {
      this.failed();
      return s;
    }
    // biome-ignore lint/suspicious/noExplicitAny: both overloads of replace in one call
    return this.settle(this.plain[Symbol.replace](s, replacement as any));
  }

  override [Symbol.search](input: string): number {
    const s = String(input);
    if (!this.mayMatch(s)) return -1;
    return this.plain[Symbol.search](this.viewOf(s) ?? s);
  }

  override [Symbol.split](input: string, limit?: number): string[] {
    const s = String(input);
    if (!this.mayMatch(s) || this.viewFails(s)) return limit !== undefined && limit >>> 0 === 0 ? [] : [s];
    return this.plain[Symbol.split](s, limit);
  }
}

/** The regexp as a PrefilteredRegExp (the same source, flags and lastIndex); literals: as the constructor's. */
export function prefiltered(re: RegExp, literals?: readonly string[]): RegExp {
  const out = new PrefilteredRegExp(re.source, re.flags, literals);
  out.lastIndex = re.lastIndex;
  return out;
}

/**
 * Per place in the code (a key the build writes), its regexp literal's PrefilteredRegExp: without g or y, one object
 * serves every call. The build writes `(prefilteredSites.get(key) ?? prefilteredAt(key, /…/, [literals]))`: the
 * literal is made only the first time, its literals read at build time.
 */
export const prefilteredSites = new Map<string, RegExp>();
export function prefilteredAt(site: string, re: RegExp, literals?: readonly string[]): RegExp {
  const out = prefiltered(re, literals);
  prefilteredSites.set(site, out);
  return out;
}
