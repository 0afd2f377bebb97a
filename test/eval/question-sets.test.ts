import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describeVerdict, judge, readQuestions, share, toJsonlRecord } from "../../src/eval/judge.js";
import { realEngine as engine, realKb as kb } from "../helpers/engine.js";

const dir = resolve(import.meta.dirname, "../questions");
/**
 * Each set and the share of its answer and refuse questions the engine must get right: floors a little under
 * today's figures, so a change that loses ground fails here.
 */
const sets = [
  { file: "dev.jsonl", answer: 0.97, refuse: 0.97, about: "the shared development set" },
  {
    file: "own.jsonl",
    answer: 0.97,
    refuse: 0.97,
    about: "our own typos, keyword queries and near-topic traps",
  },
  { file: "blind.jsonl", answer: 0.93, refuse: 0.97, about: "written without seeing the knowledge base" },
  { file: "blind2.jsonl", answer: 0.88, refuse: 0.97, about: "a second set written blind, paraphrase-heavy" },
  {
    file: "blind3.jsonl",
    answer: 0.9,
    refuse: 0.97,
    about: "a third blind set, measured once before any fix",
  },
  {
    file: "blind6.jsonl",
    answer: 0.9,
    refuse: 0.97,
    about:
      "a fifth blind set, held back until the end (first run 82.8% / 92.9%; 91.4% / 100% after quality-en)",
  },
  {
    file: "causes-en.jsonl",
    answer: 0.8,
    refuse: 0.97,
    about: "ours, one or more questions per kind of English miss (first run 83.3% / 100%)",
  },
  {
    file: "blind-ru2.jsonl",
    answer: 0.93,
    refuse: 0.97,
    about: "a second Russian blind set, held back until the end (first run 86.2% / 100%)",
  },
  {
    file: "blind7.jsonl",
    answer: 0.9,
    refuse: 0.97,
    about:
      "a sixth English blind set, run once after all merges (first run 86.2% / 96.0%; 93.8% / 100% after quality-en2)",
  },
  {
    file: "causes-en2.jsonl",
    answer: 0.95,
    refuse: 0.97,
    about:
      "ours, per kind of the last fresh runs' English misses (before the fixes 70.7% / 81.8%; 100% / 100% after)",
  },
  {
    file: "blind-ru3.jsonl",
    answer: 0.94,
    refuse: 0.97,
    about: "a third Russian blind set, run once after all merges (first run 89.2% / 96.0%)",
  },
  {
    file: "blind8.jsonl",
    answer: 0.93,
    refuse: 0.96,
    about:
      "a seventh English blind set, run once after all merges of the third session (first run 93.8% / 96.0%)",
  },
  {
    file: "blind9.jsonl",
    answer: 0.96,
    refuse: 0.97,
    about:
      "an eighth English blind set, run once on main in the fourth session (first run 89.2% / 100%; 96.9% / 100% after quality-en4)",
  },
  {
    file: "blind-ru4.jsonl",
    answer: 0.97,
    refuse: 0.97,
    about:
      "a fourth Russian blind set, run once after all merges of the third session (first run 90.8% / 100%; 100% / 100% after quality-ru3)",
  },
  {
    file: "blind-ru5.jsonl",
    answer: 0.96,
    refuse: 0.97,
    about:
      "a fifth Russian blind set, run once after all merges of the fourth session (first run 90.8% / 96.0%; 96.9% / 100% after quality-ru4)",
  },
  {
    file: "blind10.jsonl",
    answer: 0.98,
    refuse: 0.97,
    about:
      "a ninth English blind set, run once on 5fd7d24 in the fifth session (first run 92.3% / 100% engine; 98.5% / 100% after quality-en6)",
  },
  {
    file: "blind-ru6.jsonl",
    answer: 0.98,
    refuse: 0.97,
    about:
      "a sixth Russian blind set, run once on 5fd7d24 in the fifth session (first run 92.3% / 100% engine; 98.5% / 100% after quality-ru6)",
  },
  {
    file: "blind11.jsonl",
    answer: 0.98,
    refuse: 0.97,
    about:
      "a tenth English blind set (second wave), run once on 2b61a8b at the end of the fifth session (first run 84.6% / 100% engine; 100% / 100% after quality-en7)",
  },
  {
    file: "blind-ru7.jsonl",
    answer: 0.98,
    refuse: 0.97,
    about:
      "a seventh Russian blind set (second wave), run once on 2b61a8b at the end of the fifth session (first run 90.8% / 100% engine; 96.9% / 100% after quality-ru7)",
  },
  {
    file: "blind12.jsonl",
    answer: 0.98,
    refuse: 0.97,
    about:
      "an eleventh English blind set (first wave), run once on 31fe30a in the sixth session (first run 95.4% / 100% engine; 96.9% / 100% through the dialogue layer; 100% / 100% after quality-en8)",
  },
  {
    file: "blind-ru8.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "an eighth Russian blind set (first wave), run once on 31fe30a in the sixth session (first run 92.3% / 96.0% engine; 92.3% / 92.0% through the dialogue layer); 98.5% / 100% after quality-ru8",
  },
  {
    file: "blind13.jsonl",
    answer: 0.97,
    refuse: 0.97,
    about:
      "a twelfth English blind set (second wave, the widest spread of voices), run once on dbf76cf at the end of the sixth session (first run 89.2% / 100% engine and through the dialogue layer; 100% / 100% after quality-en9's kind fixes, not an estimate)",
  },
  {
    file: "blind-ru9.jsonl",
    answer: 0.9,
    refuse: 0.97,
    about:
      "a ninth Russian blind set (second wave, the widest spread of voices), run once on dbf76cf at the end of the sixth session (first run 73.8% / 100% engine; 76.9% / 100% through the dialogue layer); 83.1% / 100% after quality-ru9; 90.8% after quality-ru23",
  },
  {
    file: "blind14.jsonl",
    answer: 0.95,
    refuse: 0.96,
    about:
      "a thirteenth English blind set (first wave), run once on 818fa41 in the seventh session (first run 95.4% / 96.0% engine and through the dialogue layer; 98.5% / 100% after quality-en10)",
  },
  {
    file: "blind-ru10.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a tenth Russian blind set (first wave), run once on 818fa41 in the seventh session (first run 89.2% / 92.0% engine and through the dialogue layer; 92.3% / 100% after quality-ru11; 95.4% / 100% after quality-ru18); 96.9% after quality31; 98.5% after quality35 (which settlement the article's conclusion says is needed)",
  },
  {
    file: "blind15.jsonl",
    answer: 0.9,
    refuse: 1.0,
    about:
      "a fourteenth English blind set (second wave, the widest spread of voices), run once on 0777326 at the end of the seventh session (first run 84.6% / 100% engine; 90.8% / 100% through the dialogue layer; 90.8% / 100% after the eighth session's round 2)",
  },
  {
    file: "blind-ru11.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "an eleventh Russian blind set (second wave, the widest spread of voices), run once on 0777326 at the end of the seventh session (first run 86.2% / 96.0% engine; 87.7% / 96.0% through the dialogue layer; 95.4% / 100% after the eighth session's round 2; 96.9% / 100% after quality-ru14)",
  },
  {
    file: "blind16.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a sixteenth English blind set (first wave), run once on 6bd54d7 in the eighth session (first run 93.8% / 96.0% engine; 96.9% / 92.0% through the dialogue layer; 100% / 100% after the eighth session's round 2)",
  },
  {
    file: "blind-ru12.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a twelfth Russian blind set (first wave), run once on 6bd54d7 in the eighth session (first run 96.9% / 100% engine and through the dialogue layer; 98.5% / 100% after the eighth session's round 2)",
  },
  {
    file: "blind17.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a seventeenth English blind set (second wave, the widest spread of voices), run once on 4b7b055 at the end of the eighth session (first run 86.2% / 96.0% engine; 87.7% / 96.0% through the dialogue layer; 100% / 100% engine after quality-en13)",
  },
  {
    file: "blind-ru13.jsonl",
    answer: 1.0,
    refuse: 0.96,
    about:
      "a thirteenth Russian blind set (second wave, the widest spread of voices), run once on 4b7b055 at the end of the eighth session (first run 89.2% / 96.0% engine; 90.8% / 96.0% through the dialogue layer; 100% / 96.0% after quality-ru14)",
  },
  {
    file: "blind18.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "an eighteenth English blind set (first wave), run once on 601f543 in the ninth session (first run 89.2% / 100% engine; 90.8% / 92.0% through the dialogue layer; 95.4% / 100% after quality-en14); 98.5% / 100% engine after quality-en20",
  },
  {
    file: "blind-ru14.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a fourteenth Russian blind set (first wave), run once on 601f543 in the ninth session (first run 93.8% / 96.0% engine and through the dialogue layer; 100% / 100% after quality-ru15)",
  },
  {
    file: "blind22.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a twenty-second English blind set (first wave), run once on a35bcd1 in the eleventh session (first run 84.6% / 100% engine, 87.7% / 100% through npm run ask; 95.4% / 100% engine, 96.9% / 100% through ask after quality-en17 and quality-en18); 96.9% / 100% engine after quality-en20",
  },
  {
    file: "blind-ru18.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "an eighteenth Russian blind set (first wave), run once on a35bcd1 in the eleventh session (first run 95.4% / 100% engine and through npm run ask; 98.5% engine after quality-ru20)",
  },
  {
    file: "blind23.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a twenty-third English blind set (second wave), run once on 1a70333 at the end of the eleventh session (first run 87.7% / 100% engine, 89.2% / 100% through npm run ask; 96.9% / 100% engine after quality-en19)",
  },
  {
    file: "blind-ru19.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a nineteenth Russian blind set (second wave), run once on 1a70333 at the end of the eleventh session (first run 90.8% / 100% engine, 90.8% / 96.0% through npm run ask; 98.5% / 100% engine after quality-en19)",
  },
  {
    file: "blind24.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a twenty-fourth English blind set (third wave), run once on feed9a1 in the twelfth session (first run 95.4% / 96.0% engine and through npm run ask)",
  },
  {
    file: "blind-ru20.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a twentieth Russian blind set (third wave), run once on feed9a1 in the twelfth session (first run 96.9% / 100% engine and through npm run ask)",
  },
  {
    file: "blind25.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a twenty-fifth English blind set (fourth wave), run once on 42a2a9a at the end of the twelfth session (first run 87.7% / 100% engine, 87.7% / 96.0% through npm run ask); 98.5% / 100% engine after quality-en22",
  },
  {
    file: "blind-ru21.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a twenty-first Russian blind set (fourth wave), run once on 42a2a9a at the end of the twelfth session (first run 95.4% / 100% engine and through npm run ask; 100% / 100% engine after quality-ru22)",
  },
  {
    file: "blind26.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a twenty-sixth English blind set (the thirteenth session's wave E), run once on 7510fb1 before any of that session's changes (first run 92.3% / 100% engine, 95.4% / 100% through npm run ask; 96.9% / 100% engine, 100% / 100% through ask after quality-en23, which read it)",
  },
  {
    file: "blind-ru22.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a twenty-second Russian blind set (wave E), run once on 7510fb1 (first run 92.3% / 100% engine and through npm run ask; 98.5% / 100% engine, 100% through ask after quality-ru23, which read it)",
  },
  {
    file: "blind27.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a twenty-seventh English blind set (the thirteenth session's wave F), run once on b0b16d6 after its lanes were merged (first run 95.4% / 100% engine and through npm run ask; 98.5% / 100% engine, 100% / 100% through ask after quality-en24, which read it)",
  },
  {
    file: "blind-ru23.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a twenty-third Russian blind set (wave F), run once on b0b16d6 (first run 86.2% / 100% engine, 89.2% / 100% through npm run ask; 96.9% / 100% engine, 96.9% / 100% through ask after quality-ru24, which read it)",
  },
  {
    file: "blind28.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a twenty-eighth English blind set (the fourteenth session's wave G), run once on 897d6a6 before any of that session's changes (first run 95.4% / 100% engine and through npm run ask; 100% / 100% both ways after quality-en24, which read it)",
  },
  {
    file: "blind-ru24.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a twenty-fourth Russian blind set (wave G), run once on 897d6a6 (first run 95.4% / 100% engine, 98.5% / 100% through npm run ask; 100% / 100% both ways after quality-ru24, which read it)",
  },
  {
    file: "blind29.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a twenty-ninth English blind set (the fourteenth session's wave H), run once on b4ee2c2 after its first round of lanes (first run 89.2% / 100% engine and through npm run ask; 98.5% / 100% both ways after quality-en25, which read it)",
  },
  {
    file: "blind-ru25.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a twenty-fifth Russian blind set (wave H), run once on b4ee2c2 (first run 87.7% / 100% engine, 87.7% / 96.0% through npm run ask; 96.9% / 100% engine, 100% / 96.0% through ask after quality-ru25, which read it)",
  },
  {
    file: "blind30.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a thirtieth English blind set (the fifteenth session's wave I), run once on deb1f3c before its changes (first run 98.5% / 100% engine, 96.9% / 96.0% through npm run ask; 100% / 100% both ways after quality-en26, which read it)",
  },
  {
    file: "blind31.jsonl",
    answer: 0.95,
    refuse: 1.0,
    about:
      "a thirty-first English blind set (wave J), run once on a055314 after the session's lanes (first run 90.8% / 100% engine, 95.4% / 100% through npm run ask; no lane read it); 95.4% / 100% engine, 96.9% / 100% through ask after quality-en27",
  },
  {
    file: "blind-ru26.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a twenty-sixth Russian blind set (wave I), run once on deb1f3c (first run 95.4% / 100% engine, 93.8% / 96.0% through npm run ask; 100% / 100% both ways after quality-ru26, which read it)",
  },
  {
    file: "blind-ru27.jsonl",
    answer: 0.95,
    refuse: 1.0,
    about:
      "a twenty-seventh Russian blind set (wave J), run once on a055314 after the session's lanes (first run 86.2% / 100% engine, 89.2% / 96.0% through npm run ask; no lane read it); 95.4% / 100% engine, 98.5% / 96.0% through the judge after quality-ru27 (slang and summary words, transliteration by shape, Russians in Israel, the officials, the points asked as a list)",
  },
  {
    file: "blind32.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a thirty-second English blind set (the sixteenth session's wave K), run once on 91e8510 before its changes (first run 92.3% / 100% engine, 92.3% / 100% through npm run ask); 100% / 100% both ways after quality-en27, which read it",
  },
  {
    file: "blind33.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a thirty-third English blind set (wave L), run once on 759af10 after the session's lanes (first run 90.8% / 100% engine, 93.8% / 100% through npm run ask); 100% / 100% engine after quality28, which read it",
  },
  {
    file: "blind-ru28.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a twenty-eighth Russian blind set (wave K), run once on 91e8510 before the session's changes (first run 96.9% / 100% engine, 98.5% / 100% through npm run ask); 100% / 100% after quality-ru27, which read it",
  },
  {
    file: "blind-ru29.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a twenty-ninth Russian blind set (wave L), run once on 759af10 after the session's lanes (first run 92.3% / 100% engine, 92.3% / 100% through npm run ask); 100% / 100% engine after quality28, which read it",
  },
  {
    file: "blind34.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a thirty-fourth English blind set (the seventeenth session's wave M), run once on 48a9da4 before its changes (first run 92.3% / 100% engine, 95.4% / 100% through npm run ask); 98.5% / 100% both ways after quality-en29, which read it",
  },
  {
    file: "blind35.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "a thirty-fifth English blind set (wave N), run once on 4a84f51 after the session's round 1 (first run 87.7% / 96.0% engine, 93.8% / 96.0% through npm run ask); 92.3% / 100% engine, 95.4% / 100% through the judge after quality-en30, which read it",
  },
  {
    file: "blind36.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "a thirty-sixth English blind set (the eighteenth session's wave O), run once on 42cd030 before its changes (first run 92.3% / 100% engine, 92.3% / 100% through npm run ask); 92.3% / 100% engine after round 1 (no lane read it)",
  },
  {
    file: "blind37.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a thirty-seventh English blind set (wave P), run once on 505fed2 after the session's round 1 (first run 80.0% / 100% engine, 86.2% / 100% through npm run ask); 96.9% engine after quality35",
  },
  {
    file: "blind38.jsonl",
    answer: 0.89,
    refuse: 1.0,
    about:
      "a thirty-eighth English blind set (the nineteenth session's wave Q), run once on 8c7ee6d before its changes (first run 89.2% / 100% engine, 92.3% / 100% through npm run ask)",
  },
  {
    file: "blind39.jsonl",
    answer: 0.86,
    refuse: 1.0,
    about:
      "a thirty-ninth English blind set (wave R), run once on 133785a after the session's round 1 (first run 86.2% / 100% engine, 90.8% / 100% through npm run ask)",
  },
  {
    file: "blind40.jsonl",
    answer: 0.8,
    refuse: 1,
    about:
      "a fresh English blind set (the twentieth session's wave S), run once on 0e1d940 (first run 80.0% / 100% engine, 84.6% / 100% through npm run ask)",
  },
  {
    file: "blind41.jsonl",
    answer: 0.92,
    refuse: 1,
    about:
      "a fresh English blind set (the twentieth session's wave T), run once on 95dc783 (first run 92.3% / 100% engine, 92.3% / 100% through npm run ask)",
  },
  {
    file: "blind43.jsonl",
    answer: 0.9,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-first session's wave V), run once on 7deeb29 (first run 90.8% / 100% engine, 89.2% / 100% through npm run ask)",
  },
  {
    file: "blind42.jsonl",
    answer: 0.89,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-first session's wave U), run once on e9b42dc (first run 89.2% / 100% engine, 93.8% / 100% through npm run ask)",
  },
  {
    file: "blind45.jsonl",
    answer: 0.93,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-second session's wave X), run once on 9b3e25b after round 1 merged; read by no lane (first run 93.8% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind44.jsonl",
    answer: 0.92,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-second session's wave W), run once on 7be17ce before any lane (first run 92.3% / 100% engine, 93.8% / 100% through npm run ask)",
  },
  {
    file: "blind46.jsonl",
    answer: 0.89,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-third session's wave Y), run once on 8328cc7 (first run 89.2% / 100% engine, 93.8% / 100% through npm run ask)",
  },
  {
    file: "blind47.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-third session's wave Z), run once on 089a502 (first run 98.5% / 100% engine, 98.5% / 96.0% through npm run ask: «Кто основал Тель-Авив…» answered with the Quartet card)",
  },
  {
    file: "blind48.jsonl",
    answer: 0.92,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-fourth session's wave AA), run once on bb6a46a (first run 92.3% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind49.jsonl",
    answer: 0.92,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-fourth session's wave AB), run once on 1b9bc31 (first run 92.3% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind50.jsonl",
    answer: 0.93,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-fifth session's wave AC), run once on 9aa63f2 (first run 93.8% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind51.jsonl",
    answer: 0.9,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-fifth session's wave AD), run once on cf19955 (first run 90.8% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind52.jsonl",
    answer: 0.96,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-sixth session's wave AE), run once on d64aa0e (first run 96.9% / 100% engine, 98.5% / 100% through npm run ask)",
  },
  {
    file: "blind53.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-sixth session's wave AF), run once on 3f29336 (first run 100% / 100% engine, 100% / 100% through npm run ask)",
  },
  {
    file: "blind54.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-seventh session's wave AG), run once on 22506eb (first run 98.5% / 100% engine, 98.5% / 96.0% through npm run ask: «Кто основал Тель-Авив…» answered with the Quartet card)",
  },
  {
    file: "blind55.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-seventh session's wave AH), run once on 1dcc872 (first run 95.4% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind56.jsonl",
    answer: 0.96,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-eighth session's wave AI), run once on 77bc4c6 (first run 96.9% / 100% engine, 96.9% / 100% through npm run ask)",
  },
  {
    file: "blind57.jsonl",
    answer: 0.93,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-eighth session's wave AJ), run once on 42d93d6 (first run 93.8% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind58.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-ninth session's wave AK), run once on 6fd82e7 (first run 98.5% / 100% engine, 100% / 100% through npm run ask)",
  },
  {
    file: "blind59.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-ninth session's wave AL), run once on 7be83a2 (first run 98.5% / 100% engine, 98.5% / 96.0% through npm run ask: «Кто основал Тель-Авив…» answered with the Quartet card)",
  },
  {
    file: "blind60.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh English blind set (the twenty-ninth session's wave AM), run once on db0f6b1 (first run 98.5% / 100% engine, 98.5% / 96.0% through npm run ask: «Кто основал Тель-Авив…» answered with the Quartet card)",
  },
  {
    file: "blind61.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh English blind set (the thirtieth session's wave AN), run once on b061c9d (first run 92.3% / 100% engine, 95.4% / 100% through npm run ask; 100% after quality30)",
  },
  {
    file: "blind62.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh English blind set (the thirtieth session's wave AO), run once on 45ee8bb (first run 95.4% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind63.jsonl",
    answer: 1.0,
    refuse: 1,
    about:
      "a fresh English blind set (the thirtieth session's wave AP), run once on 0a2757f (first run 95.4% / 100% engine, 95.4% / 100% through npm run ask); 100% after quality31 (its misses were in quality31's task)",
  },
  {
    file: "blind64.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-first session's wave AQ), run once on d65573f (first run 87.7% / 100% engine, 90.8% / 100% through npm run ask); raised by quality31 to its engine figure 93.8% (61/65): the four left are yes/no lines whose only fault is the missing 'Yes' (the dialogue layer's)",
  },
  {
    file: "blind65.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-first session's wave AR), run once on fb2e7a0 (first run 100.0% / 100% engine, 100.0% / 100% through npm run ask)",
  },
  {
    file: "blind66.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-first session's wave AS), run once on 0f886e6 (first run 96.9% / 100% engine, 96.9% / 100% through npm run ask)",
  },
  {
    file: "blind67.jsonl",
    answer: 0.89,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-second session's wave AT), run once on ca8c47a (first run 84.6% / 100% engine, 98.5% through npm run ask)",
  },
  {
    file: "blind68.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-second session's wave AU), run once on cfeb461 (first run 83.1% / 96% engine, 96.9% through npm run ask; 84.6% / 100% engine, 100% / 100% through npm run ask after quality-r2-32)",
  },
  {
    file: "blind69.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-second session's wave AV), run once on a8b5b52 (first run 84.6% / 100% engine, 98.5% through npm run ask; 86.2% / 100% engine after quality33)",
  },
  {
    file: "blind70.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-third session's wave AW), run once on 4245593 (first run 83.1% / 96.0% engine, 98.5% through npm run ask; 84.6% / 100% engine after quality33, the rest yes/no lines the dialogue layer answers)",
  },
  {
    file: "blind71.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-third session's wave AX), run once on ee80fba (first run 84.6% / 100.0% engine, 98.5% through npm run ask; 86.2% / 100% engine, 100% / 100% through ask after quality-r2-33)",
  },
  {
    file: "blind72.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-third session's wave AY), run once on a34354a (first run 81.5% / 100.0% engine, 96.9% through npm run ask)",
  },
  {
    file: "blind73.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-fourth session's wave AZ), run once on ff376a2 (first run 84.6% / 100% engine, 100% through npm run ask)",
  },
  {
    file: "blind74.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-fourth session's wave BA), run once on cfaa031 (first run 87.7% / 100% engine, 96.9% through npm run ask; 89.2% engine after quality-r2-34: 'hamas israel putin reaction' read as Putin's reaction)",
  },
  {
    file: "blind75.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-fourth session's wave BB), run once on 600281a (first run 81.5% / 100% engine, 95.4% through npm run ask); 84.6% engine after quality35: the Foreign Ministry's 'what next' as its position, what the article says the conflict shows as its conclusion",
  },
  {
    file: "blind76.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-fifth session's wave BC), run once on 449419b (first run 87.7% / 100% engine, 98.5% through npm run ask); 89.2% engine after quality35: why a side would listen to Russia read as its ties",
  },
  {
    file: "blind77.jsonl",
    answer: 0.95,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-fifth session's wave BD), run once on 3dc9d39 (first run 83.1% / 100% engine, 96.9% through npm run ask)",
  },
  {
    file: "blind78.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-fifth session's wave BE), run once on 3fe06bf (first run 86.2% / 100% engine, 98.5% through npm run ask)",
  },
  {
    file: "blind79.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-sixth session's wave BF), run once on dd0eff3b (first run 84.6% / 100.0% engine, 100.0% through npm run ask)",
  },
  {
    file: "blind80.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-sixth session's wave BG), run once on 6b2d40eb (first run 92.3% / 100.0% engine, 96.9% through npm run ask)",
  },
  {
    file: "blind81.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-sixth session's wave BH), run once on 1e92b67c (first run 98.5% / 100.0% engine, 100.0% through npm run ask)",
  },
  {
    file: "blind82.jsonl",
    answer: 0.89,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-seventh session's wave BI), run once on 7cda591a (first run 89.2% / 100% engine, 96.9% through npm run ask)",
  },
  {
    file: "blind83.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-seventh session's wave BJ), run once on d1a75533 (first run 100% / 100% engine, 100% answered and 96% refused through npm run ask: “is taylor swift touring in europe” got a “No.” from the dialogue layer)",
  },
  {
    file: "blind84.jsonl",
    answer: 0.98,
    refuse: 0.96,
    about:
      "a fresh English blind set (the thirty-seventh session's wave BK), run once on 75805ca6 (first run 95.4% / 96.0% engine, 98.5% through npm run ask; quality38: 98.5% engine)",
  },
  {
    file: "blind85.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-eighth session's wave BL), run once on 3e41a3a8 (first run 93.8% / 100% engine, 98.5% through npm run ask; quality38: 100% / 100% engine)",
  },
  {
    file: "blind86.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-eighth session's wave BM), run once on 9ed8d57b (first run 90.8% / 100% engine, 98.5% through npm run ask; quality-r2-38: 98.5% / 100% engine, 96.9% after the merge review took its owned No on Putin blaming a side out)",
  },
  {
    file: "blind87.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh English blind set (the thirty-eighth session's wave BN), run once on 41b69d05 (first run 96.9% / 100% engine, 96.9% through npm run ask)",
  },
  {
    file: "blind88.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh English blind set (the thirty-ninth session's wave BO), run once on c12d0d24 (first run 90.8% / 100% engine, 90.8% / 96.0% through npm run ask; quality39: 100% / 100% both ways)",
  },
  {
    file: "blind89.jsonl",
    answer: 0.92,
    refuse: 1,
    about:
      "a fresh English blind set (the thirty-ninth session's wave BP), run once on round1s39 b4caf17f after the session's round (read by no lane; first run 92.3% / 100% engine, 93.8% / 100% through npm run ask)",
  },
  {
    file: "blind90.jsonl",
    answer: 0.96,
    refuse: 1,
    about:
      "a fresh English blind set (the fortieth session's wave BQ), run once on f0b7e8dc (first run 96.9% / 100% engine, 98.5% / 100% through npm run ask)",
  },
  {
    file: "blind91.jsonl",
    answer: 0.93,
    refuse: 1,
    about:
      "a fresh English blind set (the fortieth session's wave BR), run once on round1s40 0c153aee after the session's round (read by no lane; first run 93.8% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind92.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh English blind set (the forty-first session's wave BS), run once on 5773ce65 (first run 95.4% / 100% engine, 96.9% / 96.0% through npm run ask); quality42, which read it: 98.5% / 100% engine, 100% / 96.0% through ask",
  },
  {
    file: "blind93.jsonl",
    answer: 0.93,
    refuse: 0.96,
    about:
      "a fresh English blind set (the forty-first session's wave BT), run once on round1s41 8b8e101e after the session's first round (read by no lane; first run 93.8% / 96.0% engine, 98.5% / 96.0% through npm run ask)",
  },
  {
    file: "blind94.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh English blind set (the forty-second session's wave BU), run once on e4c1db5f at the session's start (first run 95.4% / 100% engine, 96.9% / 100% through npm run ask)",
  },
  {
    file: "blind95.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh English blind set (the forty-second session's wave BV), run once on round1s42 ac9f00bc after the session's first round (read by no lane until then; first run 98.5% / 96.0% engine, 95.4% / 96.0% through npm run ask); quality45, which read it: 100% / 100% engine, 96.9% / 100% through ask",
  },
  {
    file: "blind96.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh English blind set (the forty-third session's wave BW), run once on ba598b1a at the session's start (first run 92.3% / 100% engine, 98.5% / 100% through npm run ask); quality46, which read it: 95.4% / 100% engine (the three misses left are yes/no rows whose Yes the dialogue's checker gives), 100% / 100% through ask",
  },
  {
    file: "blind97.jsonl",
    answer: 0.96,
    refuse: 1,
    about:
      "a fresh English blind set (the forty-third session's wave BX), run once on round1s43 503faf54 after the session's first round (read by no lane until then; first run 95.4% / 100% engine, 100% / 96.0% through npm run ask); quality47, which read it: 96.9% / 100% engine (the two misses left are yes/no rows whose No the dialogue gives), 100% / 100% through ask",
  },
  {
    file: "blind98.jsonl",
    answer: 0.87,
    refuse: 1,
    about:
      "a fresh English blind set (the forty-fourth session's wave BY), run once on e20862a4 at the session's start (first run 87.7% / 100% engine, 92.3% / 96.0% through npm run ask: a false No on 'Does Putin think the US left the Palestinians out?'); quality48, which read it: 87.7% / 100% engine (the yes/no rows are the dialogue's), 95.4% / 96.0% through ask (the left-out No and the yes-or-no tag fixed)",
  },
  {
    file: "blind100.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh English blind set (the forty-fifth session's wave CA), run once on 1f66ae0a at the session's start (first run 95.4% / 100% engine, 100% / 100% through npm run ask)",
  },
  {
    file: "blind101.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh English blind set (the forty-fifth session's sealed wave CB), run once on round1s45 40b4454b after the session's first round (read by no lane until then; first run 95.4% / 96.0% engine, 95.4% / 96.0% through npm run ask: Russia's formal part in peace mediation and Moscow's 'pitch' refused, Hamas's charter answered with a card); quality51, which read it: 100% / 100% engine and through ask",
  },
  {
    file: "probes-en99.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "ours (quality51), 33 of wave CB's kinds in our own phrasings (Russia's formal part in the peace efforts — the Quartet, a Russian party's pitch, angle, game plan, endgame or play on the conflict, slang openers and tails 'yo', 'ngl', 'fr', 'no cap', a document or a vote the article never mentions — a charter, a constitution, a UN resolution or vote, a treaty, a manifesto — refused, 'does the article mention X' of what it never mentions, a two-state solution not a Yes), run once on 10b0689d before the change (first run 63.6% / 81.8% engine, 68.2% / 81.8% through npm run ask); 100% / 100% both ways after",
  },
  {
    file: "probes-en98.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "ours (quality50), 32 of wave CA's kinds in our own phrasings (Russia talking to Hamas, 'wanna help', what the article says may spread, an action the article never reports asked of a Russian party — aid, sanctions, evacuation, envoys refused, arms and troops the military card's — 'does the article mention X' of what it mentions, a date asked of the article by 'the date' or 'say when'), run once on 430da243 before the change (first run 61.5% / 88.9% engine, 84.6% / 88.9% through npm run ask); 100% / 100% both ways after",
  },
  {
    file: "blind99.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh English blind set (the forty-fourth session's sealed wave BZ), run once on round1s44 62d1579b (first run 95.4% / 100% engine, 100% / 96.0% through npm run ask: 'Is the Kremlin evacuating Russian citizens from Gaza?' answered doesn't say with a card)",
  },
  {
    file: "probes-en96.jsonl",
    answer: 0.81,
    refuse: 1,
    about:
      "ours (quality49), 22 of waves BY and BZ's kinds in our own phrasings (an event the article never mentions asked of its parties, the Quartet described not named, a saying's topic after 'concerning', the body Peskov speaks for, one side's interests, the US's compromises for both sides, Putin's wish in the fighting, a date the article lacks), run once on 5329c575 before the change (first run 37.5% / 100% engine, 43.8% / 66.7% through npm run ask); 81.3% / 100% engine, 93.8% / 100% through ask after",
  },
  {
    file: "probes-en95.jsonl",
    answer: 0.52,
    refuse: 1,
    about:
      "ours (quality48), 20 of wave BY's kinds in our own phrasings ('left X out' for the overlooked Palestinians, a bare 'yes or no' tagged on, Turkey asked of the Russians, Russia's formal format (the Quartet), Putin's wish now, an event the article never has), run once on 3dffda4d before the change (first run 52.9% / 100% engine, 82.4% / 66.7% through npm run ask); 52.9% / 100% engine (its yes/no rows are the dialogue's), 88.2% / 66.7% through ask after",
  },
  {
    file: "probes-en92.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "ours (quality47), 22 of wave BX's kinds in our own phrasings (a question closed by the asker's guess, 'migrants' / 'diaspora' for the former Russian citizens, a thing placed in a country asked of its state, Putin's remedy asked yes/no), with rows that must stay refused or doesn't-say, run once on 65a5a1b2 before the change (first run 33.3% / 100% engine, 50.0% / 71.4% through npm run ask); 100% / 100% both ways after",
  },
  {
    file: "probes-en90.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "ours (quality46), 20 of wave BW's kinds and quality45's leftovers in our own phrasings (the party criticised most, Putin's blame set against Russia's seat in the Quartet, a Russian voice speaking to one warring side, 'favour' with an outcome after a bare 'it'), with rows the readers must leave alone, run once on b4b963a0 before the change (first run 47.4% / 100% engine, 47.4% / 100% through npm run ask); 100% / 100% both ways after",
  },
  {
    file: "probes-en88.jsonl",
    answer: 0.92,
    refuse: 1,
    about:
      "ours (quality45), 18 of wave BV's kinds and quality44's leftovers in our own phrasings (the Kremlin talking to Israel, a long lead-in before Putin's words, a deal acceptable to whom, a warring side's arms, which side Russia talks to, Russia blaming the US in a chat idiom), run once on 9114fda4 before the change (first run 85.7% / 50.0% engine, 78.6% / 50.0% through npm run ask); 92.9% / 100% both ways after",
  },
  {
    file: "blind-ru30.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a thirtieth Russian blind set (wave M), run once on 48a9da4 before the session's changes (first run 95.4% / 100% engine, 98.5% / 100% through npm run ask); 100% / 100% both ways after quality-ru29, which read it",
  },
  {
    file: "blind-ru31.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a thirty-first Russian blind set (wave N), run once on 4a84f51 after the session's round 1 (first run 89.2% / 100% engine, 90.8% / 96.0% through npm run ask); unchanged after quality-ru30, which read it but mended other kinds; 100% / 100% engine after quality-ru31, which read its seven misses for their kinds",
  },
  {
    file: "blind-ru32.jsonl",
    answer: 0.93,
    refuse: 0.96,
    about:
      "a thirty-second Russian blind set (wave O), run once on 42cd030 before the session's changes (first run 93.8% / 96.0% engine, 93.8% / 92.0% through npm run ask); unchanged after round 1 (no lane read it)",
  },
  {
    file: "blind-ru33.jsonl",
    answer: 0.84,
    refuse: 1.0,
    about:
      "a thirty-third Russian blind set (wave P), run once on 505fed2 after the session's round 1 (first run 84.6% / 100% engine, 86.2% / 100% through npm run ask)",
  },
  {
    file: "blind-ru34.jsonl",
    answer: 0.89,
    refuse: 1.0,
    about:
      "a thirty-fourth Russian blind set (wave Q), run once on 8c7ee6d before the session's changes (first run 89.2% / 100% engine, 87.7% / 100% through npm run ask)",
  },
  {
    file: "blind-ru35.jsonl",
    answer: 0.86,
    refuse: 1.0,
    about:
      "a thirty-fifth Russian blind set (wave R), run once on 133785a after the session's round 1 (first run 86.2% / 100% engine, 84.6% / 100% through npm run ask)",
  },
  {
    file: "blind-ru36.jsonl",
    answer: 0.81,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twentieth session's wave S), run once on 0e1d940 (first run 81.5% / 100% engine, 83.1% / 100% through npm run ask)",
  },
  {
    file: "blind-ru37.jsonl",
    answer: 0.89,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twentieth session's wave T), run once on 95dc783 (first run 89.2% / 100% engine, 92.3% / 100% through npm run ask)",
  },
  {
    file: "blind-ru39.jsonl",
    answer: 0.86,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-first session's wave V), run once on 7deeb29 (first run 86.2% / 100% engine, 92.3% / 100% through npm run ask)",
  },
  {
    file: "blind-ru38.jsonl",
    answer: 0.83,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-first session's wave U), run once on e9b42dc (first run 83.1% / 100% engine, 84.6% / 100% through npm run ask)",
  },
  {
    file: "blind-ru41.jsonl",
    answer: 0.89,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-second session's wave X), run once on 9b3e25b after round 1 merged; read by no lane (first run 89.2% / 100% engine, 93.8% / 100% through npm run ask)",
  },
  {
    file: "blind-ru40.jsonl",
    answer: 0.84,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-second session's wave W), run once on 7be17ce before any lane (first run 84.6% / 100% engine, 86.2% / 100% through npm run ask)",
  },
  {
    file: "blind-ru42.jsonl",
    answer: 0.9,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-third session's wave Y), run once on 8328cc7 (first run 90.8% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind-ru43.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-third session's wave Z), run once on 089a502 (first run 95.4% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind-ru44.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-fourth session's wave AA), run once on bb6a46a (first run 95.4% / 100% engine, 96.9% / 100% through npm run ask)",
  },
  {
    file: "blind-ru45.jsonl",
    answer: 0.89,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-fourth session's wave AB), run once on 1b9bc31 (first run 89.2% / 100% engine, 92.3% / 100% through npm run ask)",
  },
  {
    file: "blind-ru46.jsonl",
    answer: 0.96,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-fifth session's wave AC), run once on 9aa63f2 (first run 96.9% / 100% engine, 96.9% / 100% through npm run ask)",
  },
  {
    file: "blind-ru47.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-fifth session's wave AD), run once on cf19955 (first run 95.4% / 100% engine, 96.9% / 100% through npm run ask)",
  },
  {
    file: "blind-ru48.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-sixth session's wave AE), run once on d64aa0e (first run 95.4% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind-ru49.jsonl",
    answer: 1.0,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-sixth session's wave AF), run once on 3f29336 (first run 98.5% / 100% engine, 98.5% / 96.0% through npm run ask: «трамп с путиным встретятся?» got «не сказано» with the Erdogan call, answered); engine 100% / 100% after quality-r2-26 (which state should appear in Putin's view)",
  },
  {
    file: "blind-ru50.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-seventh session's wave AG), run once on 22506eb (first run 95.4% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind-ru51.jsonl",
    answer: 0.92,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-seventh session's wave AH), run once on 1dcc872 (first run 92.3% / 100% engine, 92.3% / 100% through npm run ask)",
  },
  {
    file: "blind-ru52.jsonl",
    answer: 0.9,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-eighth session's wave AI), run once on 77bc4c6 (first run 90.8% / 100% engine, 90.8% / 100% through npm run ask)",
  },
  {
    file: "blind-ru53.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-eighth session's wave AJ), run once on 42d93d6 (first run 95.4% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind-ru54.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-ninth session's wave AK), run once on 6fd82e7 (first run 98.5% / 100% engine, 98.5% / 96.0% through npm run ask: «Кто основал Тель-Авив…» answered with the Quartet card)",
  },
  {
    file: "blind-ru55.jsonl",
    answer: 1.0,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-ninth session's wave AL), run once on 7be83a2 (first run 98.5% / 100% engine, 98.5% / 96.0% through npm run ask: «Кто основал Тель-Авив…» answered with the Quartet card); 100% after quality31",
  },
  {
    file: "blind-ru56.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh Russian blind set (the twenty-ninth session's wave AM), run once on db0f6b1 (first run 98.5% / 100% engine, 98.5% / 96.0% through npm run ask: «Кто основал Тель-Авив…» answered with the Quartet card)",
  },
  {
    file: "blind-ru57.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh Russian blind set (the thirtieth session's wave AN), run once on b061c9d (first run 92.3% / 100% engine, 93.8% / 100% through npm run ask; 100% after quality30)",
  },
  {
    file: "blind-ru58.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the thirtieth session's wave AO), run once on 45ee8bb (first run 95.4% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind-ru59.jsonl",
    answer: 1.0,
    refuse: 1,
    about:
      "a fresh Russian blind set (the thirtieth session's wave AP), run once on 0a2757f (first run 95.4% / 100% engine, 96.9% / 100% through npm run ask); 100% after quality31 (its misses were in quality31's task)",
  },
  {
    file: "blind-ru60.jsonl",
    answer: 0.9,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-first session's wave AQ), run once on d65573f (first run 84.6% / 100% engine, 93.8% / 100% through npm run ask); raised by quality31 to its engine figure 90.8% (59/65): the six left are yes/no lines whose only fault is the missing «Да» (the dialogue layer's)",
  },
  {
    file: "blind-ru61.jsonl",
    answer: 0.84,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-first session's wave AR), run once on fb2e7a0 (first run 80.0% / 100% engine, 92.3% / 100% through npm run ask); quality-r2-31b 84.6% (55/65) engine: a ceasefire between the named sides, a bare «министерство», «координировать действия», why the article mentions X; the 10 left are yes/no lines whose patterns want «да» (the dialogue layer's)",
  },
  {
    file: "blind-ru62.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-first session's wave AS), run once on 0f886e6 (first run 98.5% / 100% engine, 98.5% / 96.0% through npm run ask: «Кто основал Тель-Авив…» answered with the Quartet card)",
  },
  {
    file: "blind-ru63.jsonl",
    answer: 0.9,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-second session's wave AT), run once on ca8c47a (first run 84.6% / 100% engine, 95.4% through npm run ask)",
  },
  {
    file: "blind-ru64.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-second session's wave AU), run once on cfeb461 (first run 92.3% / 100% engine, 96.9% through npm run ask; 95.4% / 100% engine, 100% / 100% through npm run ask after quality-r2-32)",
  },
  {
    file: "blind-ru65.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-second session's wave AV), run once on a8b5b52 (first run 87.7% / 100% engine, 93.8% through npm run ask; 93.8% / 100% engine after quality33)",
  },
  {
    file: "blind-ru66.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-third session's wave AW), run once on 4245593 (first run 87.7% / 100.0% engine, 93.8% through npm run ask; 93.8% / 100% engine after quality33)",
  },
  {
    file: "blind-ru67.jsonl",
    answer: 0.89,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-third session's wave AX), run once on ee80fba (first run 78.5% / 100.0% engine, 95.4% through npm run ask; 83.1% / 100% engine after quality-r2-33, the rest yes/no lines, 100% / 100% through ask)",
  },
  {
    file: "blind-ru68.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-third session's wave AY), run once on a34354a (first run 89.2% / 100.0% engine, 96.9% through npm run ask)",
  },
  {
    file: "blind-ru69.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-fourth session's wave AZ), run once on ff376a2 (first run 89.2% / 100% engine, 96.9% through npm run ask)",
  },
  {
    file: "blind-ru70.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-fourth session's wave BA), run once on cfaa031 (first run 89.2% / 100% engine, 100% through npm run ask)",
  },
  {
    file: "blind-ru71.jsonl",
    answer: 0.95,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-fourth session's wave BB), run once on 600281a (first run 89.2% / 100% engine, 95.4% through npm run ask); 90.8% engine after quality35: how Putin's talks with Erdogan ended read as what he told him",
  },
  {
    file: "blind-ru72.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-fifth session's wave BC), run once on 449419b (first run 90.8% / 100% engine, 96.9% through npm run ask); 92.3% engine after quality35: what Putin said of immediate action read as what he finds needed",
  },
  {
    file: "blind-ru73.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-fifth session's wave BD), run once on 3dc9d39 (first run 84.6% / 100% engine, 95.4% through npm run ask)",
  },
  {
    file: "blind-ru74.jsonl",
    answer: 0.95,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-fifth session's wave BE), run once on 3fe06bf (first run 93.8% / 100% engine, 100% through npm run ask)",
  },
  {
    file: "blind-ru75.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-sixth session's wave BF), run once on dd0eff3b (first run 89.2% / 100.0% engine, 95.4% through npm run ask)",
  },
  {
    file: "blind-ru76.jsonl",
    answer: 0.9,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-sixth session's wave BG), run once on 6b2d40eb (first run 90.8% / 100.0% engine, 95.4% through npm run ask)",
  },
  {
    file: "blind-ru77.jsonl",
    answer: 0.95,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-sixth session's wave BH), run once on 1e92b67c (first run 95.4% / 100.0% engine, 100.0% through npm run ask)",
  },
  {
    file: "blind-ru78.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-seventh session's wave BI), run once on 7cda591a (first run 92.3% / 100% engine, 93.8% through npm run ask)",
  },
  {
    file: "blind-ru79.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-seventh session's wave BJ), run once on d1a75533 (first run 100% / 100% engine, 100% through npm run ask)",
  },
  {
    file: "blind-ru80.jsonl",
    answer: 0.95,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-seventh session's wave BK), run once on 75805ca6 (first run 90.8% / 100% engine, 93.8% through npm run ask; quality38: 92.3% engine; quality-r2-38: 95.4%)",
  },
  {
    file: "blind-ru81.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-eighth session's wave BL), run once on 3e41a3a8 (first run 95.4% / 100% engine, 98.5% through npm run ask; quality38: 100% / 100% engine)",
  },
  {
    file: "blind-ru82.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-eighth session's wave BM), run once on 9ed8d57b (first run 95.4% / 100% engine, 95.4% through npm run ask; quality-r2-38: 96.9% / 100% engine)",
  },
  {
    file: "blind-ru83.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "a fresh Russian blind set (the thirty-eighth session's wave BN), run once on 41b69d05 (first run 93.8% / 100% engine, 96.9% through npm run ask)",
  },
  {
    file: "blind-ru84.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the thirty-ninth session's wave BO), run once on c12d0d24 (first run 78.5% / 96.0% engine — 93.8% once npm run eval read \\b as Unicode, as the shared judge does (quality39) —, 96.9% / 100% through npm run ask; quality39: 95.4% / 100% engine, 100% / 100% through ask)",
  },
  {
    file: "blind-ru85.jsonl",
    answer: 0.92,
    refuse: 1,
    about:
      "a fresh Russian blind set (the thirty-ninth session's wave BP), run once on round1s39 b4caf17f after the session's round (read by no lane; first run 92.3% / 100% engine, 93.8% / 100% through npm run ask)",
  },
  {
    file: "blind-ru86.jsonl",
    answer: 0.93,
    refuse: 1,
    about:
      "a fresh Russian blind set (the fortieth session's wave BQ), run once on f0b7e8dc (first run 93.8% / 100% engine, 92.3% / 100% through npm run ask)",
  },
  {
    file: "blind-ru87.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh Russian blind set (the fortieth session's wave BR), run once on round1s40 0c153aee after the session's round (read by no lane; first run 98.5% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "blind-ru88.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh Russian blind set (the forty-first session's wave BS), run once on 5773ce65 (first run 89.2% / 100% engine, 93.8% / 100% through npm run ask); quality42ru's development set: 100% / 100% engine, 98.5% / 100% through ask after its kinds",
  },
  {
    file: "blind-ru89.jsonl",
    answer: 0.92,
    refuse: 1,
    about:
      "a fresh Russian blind set (the forty-first session's wave BT), run once on round1s41 8b8e101e after the session's first round (read by no lane; first run 92.3% / 100% engine, 96.9% / 100% through npm run ask)",
  },
  {
    file: "blind-ru90.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the forty-second session's wave BU), run once on e4c1db5f at the session's start (first run 92.3% / 96.0% engine, 93.8% / 96.0% through npm run ask); quality44ru's development set: 95.4% / 100% engine, 96.9% / 100% through ask after its kinds",
  },
  {
    file: "blind-ru91.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh Russian blind set (the forty-second session's wave BV), run once on round1s42 ac9f00bc after the session's first round (first run 93.8% / 100% engine, 95.4% / 100% through npm run ask); quality45ru's development set: 100% / 100% engine and through ask after its kinds",
  },
  {
    file: "blind-ru92.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh Russian blind set (the forty-third session's wave BW), run once on ba598b1a at the session's start (first run 98.5% / 100% engine, 96.9% / 100% through npm run ask: a false «не сказано» on Hamas among Russia's long-standing ties); quality46ru's development set: 100% / 100% engine and through ask after its kinds",
  },
  {
    file: "blind-ru93.jsonl",
    answer: 1,
    refuse: 1,
    about:
      "a fresh Russian blind set (the forty-third session's wave BX), run once on round1s43 503faf54 after the session's first round (first run 93.8% / 100% engine, 93.8% / 100% through npm run ask: a false «Нет» on Putin accusing the US of a failed Middle East policy); quality47ru's development set: 100% / 100% engine, 98.5% / 100% through ask after its kinds (the false «Нет» left to claims46)",
  },
  {
    file: "blind-ru94.jsonl",
    answer: 0.98,
    refuse: 1,
    about:
      "a fresh Russian blind set (the forty-fourth session's wave BY), run once on e20862a4 at the session's start (first run 87.7% / 100% engine, 90.8% / 96.0% through npm run ask); quality48ru's development set: 98.5% / 100% engine, 98.5% / 96.0% through ask after its kinds",
  },
  {
    file: "blind-ru96.jsonl",
    answer: 0.98,
    refuse: 0.96,
    about:
      "a fresh Russian blind set (the forty-fifth session's wave CA), run once on 1f66ae0a at the session's start (first run 90.8% / 96.0% engine, 93.8% / 92.0% through npm run ask: 'Путин разговаривал с Нетаньяху?' answered «не сказано» with the call's card); quality50ru's development set: 98.5% / 96.0% engine, 100% / 96.0% through ask after its kinds (the Netanyahu line left: the sets' convention answers it with the call)",
  },
  {
    file: "blind-ru97.jsonl",
    answer: 0.96,
    refuse: 1,
    about:
      "a fresh Russian blind set (the forty-fifth session's sealed wave CB), run once on round1s45 40b4454b after the session's first round (first run 93.8% / 100% engine, 95.4% / 100% through npm run ask)",
  },
  {
    file: "probes-ru100.jsonl",
    answer: 0.95,
    refuse: 0.5,
    about:
      "quality51ru's own phrasings of wave CB's Russian kinds (a person asked to be in the article, contact withdrawn from the sides, two voices compared by degree, what Putin told Erdogan about the US with a Latin name declined, an invitation the article never mentions): first run on 10b0689d 47.6% / 50.0% engine, 76.2% / 50.0% through npm run ask; after: 95.2% / 50.0% engine, 100% / 50.0% through ask",
  },
  {
    file: "probes-ru99.jsonl",
    answer: 0.93,
    refuse: 0.87,
    about:
      "quality50ru's own phrasings of wave CA's Russian kinds (the mention asked plainly, the call's matter, a person's title «как назван», the sides «по разные стороны», an unmentioned event, transliterated yes/no): first run on 430da243 40.0% / 87.5% engine, 50.0% / 75.0% through npm run ask; after: 95.0% / 87.5% both ways",
  },
  {
    file: "blind-ru95.jsonl",
    answer: 0.95,
    refuse: 1,
    about:
      "a fresh Russian blind set (the forty-fourth session's sealed wave BZ), run once on round1s44 62d1579b (first run 95.4% / 100% engine, 96.9% / 100% through npm run ask)",
  },
  {
    file: "blind19.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a nineteenth English blind set (second wave, the widest spread of voices), run once on 763a9f1 at the end of the ninth session (first run 95.4% / 100% engine and through the dialogue layer)",
  },
  {
    file: "blind-ru15.jsonl",
    answer: 0.98,
    refuse: 1.0,
    about:
      "a fifteenth Russian blind set (second wave, the widest spread of voices), run once on 763a9f1 at the end of the ninth session (first run 89.2% / 100% engine; 90.8% / 100% through the dialogue layer; 90.8% / 100% engine after quality-ru16; 96.9% / 100% engine, 98.5% / 100% through the dialogue layer after quality-ru17; 98.5% / 100% engine after quality-ru22)",
  },
  {
    file: "probes-ru18.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru18), 60 in issue 10's kinds: the roster of Russian voices asked by a people noun (чиновники, официальные лица, представители), a stance word against the speaker's own demand (путин против переговоров?), fuss words and chat lead-ins asking for the summary (о чём шум, короче типа о чём статья), verbs spelt by ear (званил), bare мирные, rambles, details not given, off-topic questions sharing a name (first run 72.5% / 100% / 100% engine)",
  },
  {
    file: "probes-ru18b.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru18), 30 written after the first fixes as a check of the same kinds in other words (first run 77.3% / 100% / 100% engine)",
  },
  {
    file: "probes-ru19.jsonl",
    answer: 0.97,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru19), 60 in issue 10's kinds: the roster with the story as topic (чиновники … по конфликту), the countries named (still open), closeness as the Russia–Israel tie, yes/no with particles and negation (разве, неужели, не обвинял), 300-character rambles, English mixed in, whole questions transliterated, refusals sharing the story's names (first run 65.0% / 100% / 87.5% engine; 82.5% after quality-ru19, 97.5% after quality-ru20's countries list and mixed-script reading)",
  },
  {
    file: "probes-ru20.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru20), 60 in issue 10's kinds: the countries and bodies named (какие страны участвуют, which countries are mentioned), negated разве/неужели, Latin-heavy questions with Russian words, в какой связи / к чему X упоминает Y, whole questions transliterated, everyday paraphrases (кровопролитие, штаты, помирить, на связи, признак), refusals sharing the story's names (first run 62.5% / 100% / 100% engine; 90.0% / 100% / 100% after; 92.5% after quality-ru24: 'с кем москва на связи' is the contact with both sides)",
  },
  {
    file: "probes-ru23.jsonl",
    answer: 0.8,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru23), 49 in issue 10's kinds: another form of the asked verb (создавали, признавал, вёл/вели), what someone имеет в виду / подразумевает, either/or with или, long polite messages with the asker's story before two questions, why Moscow calls itself neutral, refusals in the same shapes (first run 61.0% / 100% / 100% engine, 63.4% through the judge; 80.5% / 100% / 100% engine, 87.8% through the judge after — the two-question rambles are answered whole only through the dialogue layer)",
  },
  {
    file: "probes-ru24.jsonl",
    answer: 0.84,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru24), 50 in issue 10's kinds: long colloquial rambles whose chatter holds words the dictionary lacks (телек, инет, общага), the Quartet asked beside a country it lacks (Индия, Германия, Япония), what a party has to do with the story (при чём, какое отношение), Putin's silence on Russia's contribution (вклад), the story for a pupil or a grandmother, nouns spelt by ear (эскалацыя, пазицыю), what Putin dislikes, refusals beside the same chatter (first run 68.4% / 100% / 100% engine, 76.3% through the judge; 84.2% / 100% / 100% engine, 89.5% through the judge after)",
  },
  {
    file: "probes-ru41.jsonl",
    answer: 0.84,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru41), 40 in issues 10/11's kinds: a country the article never names in any case form (китая, пекин, иранская), 'гнуть линию' as a position, English words with Russian endings (mediator-ом), the calque контроверсия, glued prepositions (скем) and ь for ъ (обьявил), summaries squeezed into a tweet or a message, an audience in the dative ('как пятилетке'), the article's gist asked of 'этого текста'; refusals in the same shapes (first run 32.0% / 64.3% engine; 88.0% / 100% after)",
  },
  {
    file: "probes-ru42.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru42), 36 in issues 10/11's kinds: summaries 'без воды', 'чтобы дед разобрался', of 'всей этой писанины'; chat spelling чом and a vowel slip (опосаются); 'наши граждане' as Russia's; 'предъявляет' as blaming; a call checked with the party before the verb and its subject after; a head of the wrong country guessed; Russia's ties with a group the article never names; troops proposed by the ministry; Russia, both sides and 'отношения' as keywords; refusals in the same shapes (first run 24.1% / 100% engine, 48.3% / 100% through the judge; 100% / 100% both ways after)",
  },
  {
    file: "probes-ru43.jsonl",
    answer: 0.97,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru43), 46 in issue 10's kinds: Latin names and slang (раша) inside Russian, the spread in other verbs, a call or a statement checked with the wrong party, wanting the war fought on, rambles with the question at the end, summaries in chat words, Russian keywords in Latin letters; refusals in the same shapes (first run 66.7% / 90.0% engine, 63.9% / 90.0% through the judge; 100% / 100% both ways after)",
  },
  {
    file: "probes-ru44.jsonl",
    answer: 0.75,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru44), 32 in issue 10/11's kinds: the story for a grandparent with a possessive or 'попонятнее'/'по-братски'; a call's party checked with its topic between the verb and 'по телефону'; 'X или Y' with one name unknown, also after 'по статье'; a wrong country or body guessed for a person ('из МИДа?', 'египетский президент, да?'); 'как завут'; another voice's words put in a speaker's mouth with a changed party; disputes over Russia's side; 'там' for the Quartet in a ramble; refusals in the same shapes (first run on e9b42dc engine 20.8% / 100%, judge 29.2% / 100%; after 75.0% / 100% engine, 95.8% / 100% judge)",
  },
  {
    file: "probes-ru46.jsonl",
    answer: 0.94,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru46), 40 in issue 10's kinds: Putin's talk with a leader the article never names, by name or office ('с канцлером Германии', 'с Шольцем', 'с эмиром Катара Путин разговаривал'); a contact of another kind with Erdogan (вживую, переписывались, письмо, ездил к, саммит, видеосвязь); the Foreign Ministry as a keyword query; typos in keyword queries (квартед, кватрет, перимирие, эрдаган); Russia's contact with Hamas alone; rambles with the asker's own places, a mediators' format, a manner of treating Israel, the spread and the ministry; refusals in the same shapes (first run on 7be17ce 47.1% / 100% engine; after 94.1% / 100%)",
  },
  {
    file: "probes-ru48.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru48), 40 in issue 10's kinds: Putin's view of the violence as another party's failure (Egypt, the EU, the UN, China: No, with the US); a summary asked in a fuss idiom placed in the text ('из-за чего весь этот шум в статье', 'что за каша заварилась'); the Kremlin's own role at the end of a long message; how Russia and one side are tied, asked of the pair, with no bare 'Да.'; surnames heard with 'фф'; a wrong office guessed for Peskov; 'за X или против'; refusals in the same shapes (first run on 8328cc7 55.9% / 100% engine, 64.7% / 100% judge; after 100% / 100% both)",
  },
  {
    file: "probes-ru50.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru50), 40 in issue 10's kinds: criticism in colloquial verbs ('наезжает на', 'катит бочку', 'проходится по', 'прессует', 'поливает грязью', 'валит вину на'); a dispute told and closed by a bare 'кто прав?' (the claim asked: a call with Netanyahu, Russia outside the Quartet, Putin silent on the Palestinians); Putin said to be silent on a topic he speaks of; a long preface ending 'что в статье об этом?'; why Russia is in the story ('а россия там зачем?'); the reported call asked of Peskov, the ministry or a Kremlin spokesman; refusals in the same shapes (first run on bb6a46a 61.8% / 100% engine, 64.7% / 100% judge; after 100% / 100% both)",
  },
  {
    file: "probes-ru53.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality53), 9: a party no table knows asked to be in the Quartet typed by ear («квортет»), the talks said to be paused or halted in the call (typos in the names), what Putin and Erdogan agreed asked open («о чем договорились»: the call's content, not an outcome), what the article calls disputed, which president blames America; refusal (Brazil) (first run on round1s25 engine 62.5% (5/8) / 100% (1/1), judge 62.5% / 100%; after 100% / 100% both)",
  },
  {
    file: "probes-ru52.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "ours in Russian (quality52), 17: a call with Netanyahu asked with the phone first and «что ли»; Putin said to boast of, pride himself on or praise Russia's own role («хвалился», «кичился», «превозносил», «нахваливал»: the silence, never the Quartet's «Да»); who of two named voices spoke to Erdogan; the Kremlin's stance asked in a commentator's voice; both sides' interests asked of the US; a member of the Quartet no table knows; Peskov said to have said Putin's words; the point of the call; refusals (the Security Council, weather, NATO) (first run on 9aa63f2 engine 57.1% (8/14) / 100% (3/3), judge 71.4% (10/14) / 100%; after 92.9% (13/14) / 100% engine — left: «Статья про выборы в Америке?», refused by the engine by design and answered Нет with the gist in the chat — and 100% / 100% judge)",
  },
  {
    file: "probes-ru51.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru51), 30 in issue 10's kinds: a flare-up in slang asked of Putin's view ('всё рвануло', 'полыхнуло', 'заварушка'); an act of force Putin is said to have proposed (troops, peacekeepers, sanctions: what he calls for); a side Peskov is said to have announced (the Kremlin's constructive role); a wrong list of the Quartet's members; the Foreign Ministry's direct dialogue with a wrong party; a paragraph asked by position ('главная мысль последнего абзаца'); long messages asking why Putin blames the US and why Russia shares common ground with Israel; refusals in the same shapes (first run on e65b18c 40.0% / 100% engine, 52.0% / 100% judge; after 92.0% / 100% engine, 88.0% / 100% judge)",
  },
  {
    file: "probes-ru31.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru31), 42 in issue 10's kinds: summaries in N points ('пункта три', 'пунктов пять'), an audience beside a topic ('как для пенсионера'), Russia's view of the war named by its sides, transliteration with a dropped final ь, imperfective -щать (прекращать), one group or format as the Quartet, talking directly as direct dialogue, praise of the US in Putin's voice, Russia's answer to the spread; refusals in the same shapes (first run 62.9% / 100% engine, 65.7% / 100% through the judge; 100% / 100% engine after)",
  },
  {
    file: "probes-ru29.jsonl",
    answer: 0.9,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru29), 40 in issue 10/11's kinds: yes/no asked in doubt ('…или это журналюги придумали?', 'неужели…'), Russia's role asked to be beyond dispute (бесспорна, однозначна, никем не оспаривается), Putin's support for US policy asked (the opposite of the article: No), Moscow friends with everyone, officials 'есть в статье', listed questions with 'кто такой песков'; off-topic yes/no refusals (first run 69.7% / 100% engine, 81.8% / 100% through the judge; 90.9% / 100% engine, 100% / 100% through the judge after — the three listed-question misses left are the dialogue's split)",
  },
  {
    file: "probes-ru27.jsonl",
    answer: 0.9,
    refuse: 0.88,
    about:
      "ours in Russian (quality-ru27), 40 in issue 10's kinds: colloquial verbs of saying (наговорил, вещал, наплёл, натрындел), summary words (выжимка, саммари, резюме, конспект) with sizes in the accusative and the story's names, rambles asking three points 'по пунктам', transliteration told by word shape (konstruktivnaya, prekrashchenie), whether Russians in Israel or Turkey are mentioned, the Russian officials as a list, sympathy words; refusals beside slang verbs and mention questions (first run 67.7% / 88.9% engine, 74.2% / 88.9% through the judge; 90.3% / 88.9% engine, 96.8% / 88.9% through the judge after — a 'who is Peskov' point among listed questions is not in the summary, and 'песков выразил сочувствие украинцам?' is the off-topic yes/no kind)",
  },
  {
    file: "probes-ru26.jsonl",
    answer: 0.96,
    refuse: 0.92,
    about:
      "ours in Russian (quality-ru26), 41 in issue 10's kinds: rambles whose question only points back at the story told before it ('в статье про это есть что-нибудь?', 'кто прав по статье?'), essay requests after 'нужно понять какую …' or before a plea for the reply's shape ('нужны главные тезисы коротко'), bare keywords (the regional spread, the former citizens, the call, the Quartet), off-topic yes/no questions naming someone the article never names (Biden, Netanyahu, Zelensky) and off-topic rambles (first run 85.7% / 92.3% engine, 67.9% / 61.5% through the judge; 96.4% / 92.3% both after — 'о чем договорились' reads as an agreement the article does not report, and a housing question beside 'репатриантов' finds the ties)",
  },
  {
    file: "probes-ru25.jsonl",
    answer: 0.96,
    refuse: 0.91,
    about:
      "ours in Russian (quality-ru25), 40 in issue 10's kinds: long rambles asking whom Putin blames and what he proposes, how Moscow presents itself and on what ties, why Putin is silent beside the Quartet, whether the war can spread and what Russia proposes; transliterated questions (est li, kto takoy); both sides' interests asked of the US; why Moscow stresses its ties with both; whose interests the conclusion puts first; refusals of an off-topic subject beside the story's names (first run 60.7% / 91.7% engine and through the judge; 96.4% / 91.7% engine, 89.3% / 91.7% through the judge after — the off-topic 'поставки газа' beside Putin and Erdogan is still answered with the call)",
  },
  {
    file: "probes-ru22.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru22), 60 in issue 10's kinds: typos in the story's names and topic words (путн, пескв, квартед, перегворах), a name one letter short next to a verb, the office of one of the story's people (по должности, пост, титул, кем назван), the story asked by its size or shape (очень коротко, максимально сжато, подробно, тезисно, по пунктам), refusals in the same shapes (first run 72.9% / 100% / 100% engine; 100% / 100% / 100% after)",
  },
  {
    file: "probes-ru17.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru17), 60 in colloquial Telegram Russian: hearsay blame on a party other than the US, конкретно beside a demand, transliteration of short words (mid rf za …), English phrases of the article inside Russian, lower-case names spelt like common words (лавров, китая), rambles and typos (first run 82.5% / 86.7% engine and through npm run ask)",
  },
  {
    file: "probes-en17.jsonl",
    answer: 0.97,
    refuse: 1.0,
    about:
      "ours (quality-en17), 66 in English: why a yes/no card's fact holds (talk to / deal with both sides, stay neutral), roster counts and 'who is named', statements with a question mark or 'right?', 'what's the deal with X', 'X's take on Y', 'is it true that …', 3–4 typos, keyword typists (fm stance direct talks), misspelt quotes, details the article leaves out (first run 74.4% / 100% engine and through the judge; 94.9% / 100% after); 97.4% / 100% after quality-en20",
  },
  {
    file: "probes-en29.jsonl",
    answer: 1.0,
    refuse: 0.66,
    about:
      "ours (quality-en29), 40 in issue 11's kinds: worried rambles asking how Moscow argues it is a neutral go-between, 'putin said russia should lead the talks' claims, the article's way forward ('going forward', 'next'), Russia's relationship with both/each side, who the Kremlin's 'warring sides' are, criticism of Russia's own role, an entry's 'Yes.' to the opposite question, a person's merit or career asked yes/no (first run on 48a9da4 engine 55.9% / 66.7%, judge 67.6% / 66.7%; after 85.3% / 66.7%, judge 85.3% / 100%: the engine alone has no yes/no refusal; the five left ask who the Kremlin's warring sides are, whose card does not name them — naming them in the card broke dialogues-own26's party swap); 100% / 66.7% after quality-r2-33, which names them in the reply to a 'who' question)",
  },
  {
    file: "probes-en30.jsonl",
    answer: 0.9,
    refuse: 1.0,
    about:
      "ours (quality-en30), 30 in issue 11's kinds: an off-story topic set out and asked 'what's going on' / 'any news' after a dash or colon, peace efforts that 'went nowhere' or 'stalled' in Putin's view, the fighting staying inside / limited to Israel and Gaza, Putin's blame checked with another party (EU, UN, Turkey), the Kremlin shunning the sides, Palestinian aspirations, Putin's words for the escalation, whose interests come first (first run on 4a84f51 engine 59.1% / 100%, judge 68.2% / 100%; after 90.9% / 100% both: left, the Kremlin shunning the sides and whose interests come first)",
  },
  {
    file: "probes-en31.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "ours (quality-en31), 43 in issue 11's kinds: whose interests come first, what the Palestinians aspire to, Putin's words for the surge, the Kremlin shunning / shutting out / no longer talking to the sides, who the warring sides are, rambles with two asks, labels and keyword queries (brief:, overview:), typos, yes/no, details not given, an off-story topic then a vague ask (first run on 42cd030 engine 77.4% / 87.5%, judge 90.3% / 87.5%; after 93.5% / 100% engine, 100% / 100% judge: the two rambles with two asks are answered whole only by the dialogue layer)",
  },
  {
    file: "probes-wp41.jsonl",
    answer: 0.97,
    refuse: 0.92,
    about:
      "ours (wrongparty41), 40 in English and Russian: a party the article never names put in a fact's slot asked yes/no (the one blamed, the one phoned, a Quartet member, the one who did it) against the same kind of name as a talk's topic or after 'with' (first run on 8c7ee6d engine 50.0% / 92.3%; after 100% / 92.3% engine (83.3% / 100% judge at e60e9a7): 'is china worried about the violence?' was answered before and after)",
  },
  {
    file: "probes-en46.jsonl",
    answer: 0.97,
    refuse: 0.88,
    about:
      "ours (quality-en46), 47 in English: the story in brief in idioms (bare bones, nuts and bolts, pared or whittled down, the executive summary), a voice's stance in brief with a size and a style after it (soundbite, like a headline), a meeting in person with Erdogan with its place or purpose or as a meeting between the two, what the Kremlin spokesman promised or vowed, stories naming 'the Quartet' closed by 'who is in it?', a cleft naming the right or wrong voice for the ceasefire call, the US refusing compromises, one more talk with another country's leader ('also', 'as well'); off-story briefs, meetings and spokesmen refused (first run on 7be17ce engine 55.3% / 100%, judge 55.3% / 100%; after 97.4% / 88.9% engine, 94.7% / 88.9% judge: the White House spokesman is still answered with Putin's view of the US)",
  },
  {
    file: "probes-q47.jsonl",
    answer: 0.97,
    refuse: 1.0,
    about:
      "ours (quality47), 33 in English and Russian: a story naming 'the Quartet' in any way ('something called', 'known as', 'so-called', a capitalised name) closed by 'who is in it?', a non-member asked with the group's name mistyped ('qartet', 'quartett'), a sceptic's story closed by a request ('explain how the piece says…'), a remark on the answer's manner after the question ('no spin, just what the text says'), Russian summaries in diminutives and page sizes ('выжимочка на полстраницы', 'шпаргалка', 'разжуй'), 'правда, что' / 'верно, что' opening a talk with a leader the article never names, 'назвал срочно необходимым', a Russian cleft naming the voice ('Это МИД заявил, что…'), contact 'только с' one side, 'кто прав и <question>' (first run on round1s22 engine 65.2% / 80% on the first 28; after 100% / 100% on 33)",
  },
  {
    file: "probes-q49.jsonl",
    answer: 0.69,
    refuse: 1.0,
    about:
      "ours (quality49), 16 in English and Russian: compromise refused asked of a party the article never says refused it (Russia, the Kremlin, a cleft naming Putin) and of Washington, the US said to have failed or let down the Palestinians, a phone talk with another country's president ('talk on the phone with', 'have a phone conversation with'), what Peskov said asked as a stance he never took, «Какие стороны названы в этой статье?», transliterated Russian on Peskov and the call; off-story refusals (first run on round1s23 engine 53.8% / 100%, judge 76.9% / 50%; after 69.2% / 100% engine — the four left are yes/no lines only the dialogue layer gives — and judge 100% / 50%: 'did putin refuse a visa to erdogan?' still gets a No on a neighbouring entry)",
  },
  {
    file: "probes-en54.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality26), 26 in English in wave AE's kinds: a story person's full / first / complete name asked by name or office, Russia's part in a group, format or club on the conflict in everyday words, what the Palestinians hope for or the Kremlin is after, whether Washington delivered the Palestinians' state in Putin's view, what Putin told Erdogan about the Americans or the talks, what the two agreed asked open, how Russia proposes to keep the crisis from spreading, Russia's stance between the sides, Putin blaming the EU; refusals (Macron's full name, a group on climate change) (first run on d64aa0e engine 50.0% (11/22) / 100% (2/2) on the first 24; after 100% / 100% on 26)",
  },
  {
    file: "probes-ru54.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality26), 21 in wave AE's kinds: a story person's name asked («как полностью зовут», «полное имя», «по имени»), Russia's part in a group or format on the conflict, what the Palestinians strive for or the Kremlin seeks, what Putin told Erdogan about America or the talks, Putin blaming the EU or the UN, what Moscow proposes against the spread, Russia's stance on both sides; refusals (Macron's full name, a group on climate) (first run on d64aa0e engine 63.2% (12/19) / 50.0% (1/2); after 100% / 50%; 100% / 100% after quality-r2-26: a group on a topic the article never names is refused)",
  },
  {
    file: "probes-en56.jsonl",
    answer: 0.91,
    refuse: 1.0,
    about:
      "ours (quality27), 14 in English: Putin typed beside the warring sides as bare keywords ('putin gaza israel'), where the EU comes in or what it has to do with the story, which Turkish leader is named, which Russian institutions or government bodies besides the Kremlin are mentioned, whether Peskov (not Putin) called US policy a failure, Russia in 'a group of five'; refusals (a Spanish leader, Macron beside the sides) (first run on pins27 engine 66.7% (8/12) / 100% (2/2); after 91.7% (11/12) / 100%: 'what other russian government bodies come up' left, 'come up' is no word of mention yet)",
  },
  {
    file: "probes-ru56.jsonl",
    answer: 0.84,
    refuse: 1.0,
    about:
      "ours in Russian (quality27), 14: Putin beside the warring sides as bare keywords («путин газа израиль»), «при чём тут ЕС» and what the European Union has to do with it, which Turkish leader or politician is named («упоминают», «называют»), which Russian bodies besides the Kremlin are mentioned («ведомства», «органы власти», «структуры»), Peskov said to have called US policy a failure, Putin said to have proposed freezing the talks, Russia in a «пятёрка» on the settlement; one refusal (a Spanish leader) (first run on pins27 engine 46.2% (6/13) / 100% (1/1); after 84.6% (11/13) / 100%: «это песков назвал…?» and «…кроме минобороны» (a ministry the article never names, refused out of scope) left)",
  },
  {
    file: "probes-en57.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-r2-27), 14 in English in wave AH's kinds: whether Putin wants the talks to start again, Erdogan's job or post, 'tldr'/'in a nutshell'/'short version' beside one voice, Russia's stance beside the warring sides, Putin's view of what set off the violence, who else on the Russian side spoke besides Putin, Washington keeping the peace effort to itself, Russian state agencies that 'come up', where the EU fits into 'this whole affair'; one refusal (a tl;dr of Biden) (first run on round1s27 engine 69.2% (9/13) / 100% (1/1); after 100% / 100%)",
  },
  {
    file: "probes-ru57.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-r2-27), 14 in wave AH's kinds: whether Putin wants talks «снова начались», Erdogan's «должность» after «кто такой», «вкратце»/«в двух словах» beside one voice, Washington monopolising or taking the settlement on itself, Russia's view beside Israel and Hamas «если коротко», «при чём» the EU with «в этой ситуации», what caused the escalation «по версии путина», who else besides Putin spoke, which Turkish leader «упоминают», Russian «госорганы» that «фигурируют»; one refusal (a «вкратце» of Biden) (first run on round1s27 engine 69.2% (9/13) / 100% (1/1); after 100% / 100%)",
  },
  {
    file: "probes-en58.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality28), 16 in English in wave AI's kinds and session 27's leftovers: Putin's take, angle or opinion on the Gaza violence, which country wants to be the go-between or broker peace, the article's title or headline, which names or people the story mentions, Peskov's words with Putin set aside, whether it was Peskov who called US policy a failure, who voiced worry for civilians, what the Foreign Ministry wants set up between the sides, what Putin says the sides should do to stop shooting, whether the Kremlin is neutral; one refusal (Putin's take on the World Cup) (first run on pins28 engine 46.7% (7/15) / 100% (1/1); after 100% / 100%)",
  },
  {
    file: "probes-ru58.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality28), 16 in wave AI's kinds: who voiced worry over civilians killed, whether Moscow is neutral or impartial, «тайип эрдоган» without «кто такой» first, what Putin wants the sides to do to stop shooting, which bodies together with Russia helped the talks, what the Foreign Ministry wants «наладить» or which dialogue «установить», «провальной политику США назвал Песков?», Peskov's words «кроме Путина», which names «упоминаются»; one refusal (Putin on the World Cup) (first run on pins28 engine 73.3% (11/15) / 100% (1/1); after 100% / 100%)",
  },
  {
    file: "probes-en59.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "ours (quality-r2-28), 14 in English in wave AJ's kinds: why the Quartet was set up, whether the fighting spills over or stays confined, a story person given an office he does not hold ('prime minister of turkey', the kremlin's 'defence minister'), what the Foreign Ministry wants of the talks, which players it wants coordinated or 'brought into line', the Kremlin as a peacemaker, Putin's response to the war named by its sides; one refusal (Putin's reaction to a World Cup final) (first run on round1s28 engine 92.3% (12/13) / 100% (1/1); after 92.3% / 100%: 'bring into line' now reads as coordinating but lands on the unnamed-players gap entry, which the judge counts as a refusal)",
  },
  {
    file: "probes-ru59.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "ours in Russian (quality-r2-28), 14 in wave AJ's kinds: «зачем создали» / «для чего образован» the Quartet, whether the crisis stays «в пределах газы» or «перекинется», «песков глава мид?», «эрдоган премьер-министр турции?», the MFA's aim for the talks, whom the MFA wants coordinated, «метит в миротворцы», «хочет выступить миротворцем», Putin's reaction to the war of Israel and Hamas; one refusal (Putin's reaction to the World Cup) (first run on round1s28 engine 61.5% (8/13) / 100% (1/1); after 92.3% (12/13) / 100%: «согласовать» (read as agreement, not coordination) left)",
  },
  {
    file: "probes-en60.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality29), 14 in English in wave AK's kinds and session 28's leftovers: whether the US sought an outcome, terms, a formula or deals both sides could accept, live with or that suit both ('mutually acceptable'), which head of state or who was in touch or in contact with Putin, whom Putin got hold of, Peskov as Russia's 'top diplomat' or foreign minister, regional players 'brought into line' or acting 'in step', the article's name; one refusal (who was in touch with Biden) (first run on pins29 engine 46.2% (6/13) / 100% (1/1); after 100% / 100%)",
  },
  {
    file: "probes-ru60.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality29), 13 in wave AK's kinds: which country's head or which politician «выходил на связь» / «связывался» / «был на связи» with Putin, «эрдоган связывался с путиным?», the Kremlin «на связи с обеими сторонами», solutions «которые устроили бы обе стороны» and «взаимоприемлемые договорённости» asked of the US, «согласовать» / «согласование» of regional players, «песков министр иностранных дел?», the article's name; one refusal (with whom Biden was in touch) (first run on pins29 engine 50.0% (6/12) / 100% (1/1); after 100% / 100%)",
  },
  {
    file: "probes-en61.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality30), 17 in English in wave AN's kinds: whether the EU or the UN is involved or mixed up in it (the Quartet), which ministry or part of the government speaks of the regional players or stabilising, the image the Kremlin projects and how Russia hopes the world will view it, China or Iran asked to be in the Quartet (No), whether Putin and Erdogan met face to face or sat in the same room (the call), the story in three lines, a sentence or two, about 50 words, Putin angry or annoyed with Washington, the US handling the peace effort on its own or keeping the talks to itself (first run on pins30 engine 58.8% (10/17); after 100%)",
  },
  {
    file: "probes-ru61.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality30), 16 in wave AN's kinds: the urgent things or two measures of the call with «турецкой стороной» / «турками», which «сектор» the article is about, Russia closer to or tied with the Palestinians or Israel (both named), who else spoke for the Kremlin «помимо путина» / «кроме президента», what American policy ignored, «путин хочет, чтобы израиль ответил силой?», a meeting «лично», China in the Quartet (Нет), the article in two sentences, Putin angry at the Americans, the US running the peace process alone (first run on pins30 engine 56.3% (9/16); after 100%)",
  },
  {
    file: "probes-en62.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-r2-30), 14 in English in wave AO's kinds, in chat spelling: how the Kremlin wants ppl / u / the world to see, view, perceive (typo) or think of it (the impartial mediator), Russia's stake in, interest in or investment in one side (its ties with that side), whom Russia has long-standing / old ties w/ (both named), which ministry talks abt or wants ur regional players coordinated (first run on round1s30 engine 28.6% (4/14); after 100%)",
  },
  {
    file: "probes-ru62.jsonl",
    answer: 0.66,
    refuse: 1.0,
    about:
      "ours in Russian (quality-r2-30), 12 in wave AO's kinds: which «ведомство» / «структура» / «министерство» speaks of the regional players, what settlement must be reached in the end, a short chat ramble closing on its question, with whom Russia has long-standing ties, how Moscow wants to be seen, Russia's interest in the Palestinian side (first run on round1s30 engine 41.7% (5/12); after 50.0% (6/12): the ramble reader needs 18 words, «отвечает за» is an unknown verb, see the lane's note; quality-r2-31b 66.7% (8/12): a bare «ведомство»/«министерство» read as the Foreign Ministry)",
  },
  {
    file: "probes-en64.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-r2-31), 28 in English a skimming reader would ask: everyday wordings of each paragraph's point, why/how questions, keyword queries (a voice, a side and the ceasefire; the Kremlin's contacts), typos in short lines ('whos peskov', 'wat does the kremlin want', 'artcle'), either-or (whose side, whom Putin blames, stop or go on), details the article does not give (death toll, the day of the call, Erdogan's reply: either), three off-topic lines that stay refused, and a guessed other party blamed (China), answered with whom Putin blames as blamed-other.ts does (first run on round1s31 engine 100% (21/21) / 75% (3/4) / 3/3, the refuse miss being that China line first labelled refuse; after 100% (22/22) / 100% (3/3) / 3/3)",
  },
  {
    file: "probes-en65.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality32, session 32), 22 in English: relevance asked of a topic ('X, is that relevant somehow'), summaries in 'a couple sentences' or capped ('two lines max'), a way out of the crisis in a Russian voice's view, 'how many sides', off-topic lines with one plain word of the article ('who won the last world cup') refused plainly (first run on base32 engine 69.2% / 100%; after 100% / 100%)",
  },
  {
    file: "probes-ru64.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-r2-31), 28 of the same kinds as probes-en64 in everyday Russian: «чем путин недоволен в америке», «путин эрдоган звонок перемирие», typos («статя», «кто такй песков»), either-or («россия за израиль или за палестинцев», «путин винит хамас или америку»), unsaid details (the toll, the day, Erdogan's reply: either), three off-topic lines refused, and China guessed as blamed (answered with the US, russian/blamed-party.ts) (first run on round1s31 engine 95.2% (20/21) / 75% (3/4) / 3/3: «кто такй песков» unsure, the China line first labelled refuse; after 100% (22/22) / 100% (3/3) / 3/3)",
  },
  {
    file: "probes-en63.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality31), 15 in English in wave AQ's and AP's kinds: what the Americans / the White House neglected to consider in Putin's view, which groups Russia is bundled in with or sits alongside on the talks (the Quartet), why Israel would believe or have any faith in Russia (typos; former citizens), what each of two or three named voices said, the underlying reason for the conflict per the article, Russia's ties to the Palestinians recent or old, who apart from Moscow brokers the talks; four that stay refused (a group on climate change, trusting China, Biden and Macron, the Ukraine war) (first run on pins31 engine 72.7% (8/11) / 100% (4/4); after 100% / 100%)",
  },
  {
    file: "probes-ru63.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality31), 15 in wave AQ's and AP's kinds: «бывших наших» / «выходцев» in Israel, fears «изза» the escalation (glued), what the conflict shows in the end, Putin's sympathy for the victims or only blaming the US (both halves), whose side Russia is on in the end, what Putin wants resumed, Russia's ties to the Palestinians old or new, who besides Russia mediates; three that stay refused (China, inflation, Ukrainians and NATO) (first run on pins31 engine 58.3% (7/12) / 100% (3/3); after 100% (12/12) / 100%)",
  },
  {
    file: "probes-ru65.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-r2-31b), 20 in wave AR's kinds: a ceasefire / «перемирие» asked with the warring sides named, a bare «министерство» / «ведомство», who wants the regional players' actions coordinated, why the article mentions the former citizens / Erdogan / the Quartet; five that stay refused (the defence ministry twice, Israel's health ministry, a truce agreed last week, Biden) (first run on round1s31 engine 33.3% (5/15) / 100% (5/5), with ru65-20 then «какое министерство обороны упоминается в статье», replaced: once a bare ministry is read, the wrong-party path reads it without «обороны» and answers the Foreign Ministry; after 100% / 100%)",
  },
  {
    file: "probes-en67.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality33, session 33), 25 in English in wave AW's kinds: why a side would trust Russia after a chat interjection or with 'put faith in', why Russia cares about a side, a country the article never names offering to mediate (China, India, Egypt, Japan, Qatar) refused, with whom the Kremlin talks (the sides named), what the EU/UN have to do with it, which conflict, war or peace wanted, the Kremlin backing a ceasefire, the Foreign Ministry's stance, the US approach to a Palestinian state, the US and the peace process in Putin's account (first run on base33 engine 72.2% (13/18) / 85.7% (6/7); after 88.9% / 100%: en67-14/15 want the sides named, which the English contact card does not do — naming them in its answer drew 'what ties does moscow keep with israel' to the card (dialog26), so only the Russian card names them; 100% / 100% after quality-r2-33, which names them in the reply to a 'who' question only, not in the card)",
  },
  {
    file: "probes-en71.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality35, session 35), 19 in English in wave BC's kinds: why a side would listen to / heed / pay attention to / take Russia seriously (its ties), the Foreign Ministry's 'what next' (another country's ministry refused), what the article says the whole conflict shows or teaches (its conclusion), what a solution or settlement should look like (the article's prescription; Hamas's refused), how Putin's talk with Erdogan ended and what Erdogan proposed (refused) (first run on base35 engine 60.0% (9/15) / 50.0% (2/4); after 100% / 100%)",
  },
  {
    file: "probes-ru72.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality35, session 35), 21 in wave BC's kinds: what Putin said of immediate / urgent action («о каких немедленных шагах говорил путин», «что путин говорил о срочности мер»), how Putin's talks with Erdogan ended («чем кончился разговор путина с эрдоганом») and what Erdogan proposed (refused), why Israel would listen to Russia, the Foreign Ministry's next steps, what the conflict shows, what a settlement should look like or which one is needed («какое урегулирование следует искать, если верить статье») (first run on base35 engine 53.3% (8/15) / 66.7% (2/3); after 100% / 100%; ru72-19..21 added after the first commit, first run on base35 1/2 / 0/1, after 2/2 / 0/1: «какое решение нужно хамасу» still gets the article's prescription, not a refusal of Hamas's needs; refused since quality-r2-35: 100% / 100%)",
  },
  {
    file: "probes-en74.jsonl",
    answer: 0.93,
    refuse: 0.5,
    about:
      'ours (quality-r2-36, session 36), 17 in English in wave BG\'s kinds: yes/no with a chat tail ("or nah", "lol"), Moscow seeming impartial, a Palestinian state of their own or rejected (No), Putin\'s call with Erdogan and its ceasefire point, compromises mentioned, the UN beside Russia (the Quartet), Putin\'s stance in two sentences, the ministry\'s plan; two refusals (first run on round1s36 engine 33.3% (5/15) / 50% (1/2); after 93.3% / 50%: "is moscow trying to seem impartial haha" still refused out-of-scope, "did putin phone the pope?" gets the Erdogan call at engine level, the call convention\'s "doesn\'t say" is the dialogue\'s)',
  },
  {
    file: "probes-ru75.jsonl",
    answer: 0.86,
    refuse: 0.5,
    about:
      "ours in Russian (quality-r2-36, session 36), 17 in wave BG's kinds: Putin's call with Erdogan («путин созванивался с эрдоганом?») and its ceasefire point («с турками»), compromises mentioned (typo too), a Palestinian state rejected (Нет), the UN or EU working on peace with Russia (the Quartet), Moscow wanting to seem neutral, civilians «или как»; two refusals (first run on round1s36 engine 13.3% (2/15) / 50% (1/2); after 86.7% / 50%: the two-sentence summary and «план мид рф по стабилизации» still refused; «путин звонил папе римскому?» the call convention's)",
  },
  {
    file: "probes-en75.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      'ours (quality37, session 37), 18 in English in wave BI\'s kinds: a speaker\'s statement asked by keywords, the Quartet\'s count, yes/no asked by a tag, after "so", with "r", "actually" or "haha", praise of what Putin faults (No), Moscow trying to seem neutral, a two-sentence summary; two refusals (first run on base37 engine 37.5% (6/16) / 100% (2/2); after 93.8% / 100%: "did putin commend the americans for how they handle…" keeps its card, the "how" may turn it)',
  },
  {
    file: "probes-ru76.jsonl",
    answer: 0.94,
    refuse: 1.0,
    about:
      "ours in Russian (quality37, session 37), 19 in wave BI's kinds: how Moscow presents itself («кем себя выставляет»), «или как» tails, approval of what Putin faults (Нет), «песков сказал что…» (Да), «путин это президент какой страны?», «путен», keyword statements, the Quartet's count, a summary in 2-3 sentences; two refusals (first run on base37 engine 58.8% (10/17) / 100% (2/2); after 94.1% / 100%: «путин поддерживает то что сша провалили…» left alone, it may ask his own claim)",
  },
  {
    file: "probes-en73.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality36, session 36), 17 in English in wave BF's kinds: plain yes/no questions asking a card's point in other words, the engine's own Yes (the Quartet's members, Russia's ties with Hamas, the Palestinians, Israel, the Kremlin ready to help, talks resumed, Moscow's impartial pose, a Palestinian state, fears of spread, a disputed role), No to a non-member, two refusals (first run on base36 engine 6.7% (1/15) / 100% (2/2); after 100% / 100%)",
  },
  {
    file: "probes-ru74.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality36, session 36), 17 in wave BF's kinds: the same yes/no points in Russian («москва входит в квартет?», «кремль готов содействовать урегулированию? да или нет», «у россии есть связи с хамасом?»), No to Turkey in the Quartet, the Foreign Ministry's role («какова роль мида рф в этой истории»), two refusals (first run on base36 engine 60.0% (9/15) / 100% (2/2), some Russian lines passing on «да» inside words; after 100% / 100%)",
  },
  {
    file: "probes-en72.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-r2-35, session 35), 16 in English in wave BD's kinds: Putin's message / words to Erdogan (the call), which violence Putin means (the violence itself), why it all happened by Putin's word (US failure), private details asked alone, which solution Hamas or Israel needs and what Erdogan told Putin (refused) (first run on round1s35 engine 40.0% (4/10) / 50.0% (3/6); after 100% / 100%)",
  },
  {
    file: "probes-ru73.jsonl",
    answer: 1.0,
    refuse: 0.83,
    about:
      "ours in Russian (quality-r2-35, session 35), 16 in wave BD's kinds: what Putin and Erdogan were agreeing with typed names and «кста», Putin's message to Erdogan, why it all happened per Putin, which violence he means, which solution Hamas or Israel needs and what Erdogan answered (refused) (first run on round1s35 engine 50.0% (5/10) / 33.3% (2/6); after 100% / 83.3%: «какое урегулирование нужно палестинцам» still gets the article's prescription — the Palestinians' wants have no card of silence)",
  },
  {
    file: "probes-en70.jsonl",
    answer: 0.66,
    refuse: 1.0,
    about:
      "ours (quality-r2-34, session 34), 17 in English in wave BA's kinds: a voice's reaction typed as bare keywords ('israel hamas putin reaction', 'putin's response hamas israel', 'kremlin reaction israel hamas', 'putin take on israel hamas'), another party's reaction to Putin refused, a quantity-led yes/no without an auxiliary ('loads of former russian citizens in israel?'), the US's own line with / dealing with the warring sides refused (first run on round1s34 engine 8.3% (1/12) / 40.0% (2/5); after 66.7% (8/12) / 100% (5/5): en70-11..14 are the right card without the 'Yes.' the dialogue layer adds — the dialogue does not take a quantity-led statement for a yes/no question, and the claim checker does not read 'loads/plenty/tons of' (dialog/claims lanes))",
  },
  {
    file: "probes-ru71.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-r2-34, session 34), 16 in wave BA's kinds: a voice's reaction typed as bare keywords («хамас израиль реакция путина», «реакция кремля хамас израиль», «путин отклик на войну израиля и хамаса», «реакция путина?»), another party's reaction to Putin refused, a quantity-led yes/no («полно экс-россиян в израиле?»: «экс» read as «бывших»), the US's own line with the warring sides refused (first run on round1s34 engine 27.3% (3/11) / 80.0% (4/5); after 100% / 100%)",
  },
  {
    file: "probes-en69.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality34, session 34), 22 in English in wave AY/AZ's kinds: a Russian voice's plan asked bare ('moscow plan?', 'whats the kremlin's plan'), its line with both / the two warring sides, the Foreign Ministry's stance on 'the crisis', the call offered as with another leader ('was putin's phone call with biden'), what Putin accuses Washington of; China's plan, the Chinese ministry, Biden's call refused (first run on base34 engine 61.1% (11/18) / 75.0% (3/4); after 100% / 75%: en69-22, the White House's line with the warring sides, is answered by the article's own view of the US blame — a US stance asked, left; en69-23..32 added after the first fix: what a voice is planning or proposes, the steps Putin finds urgent in English, Beijing and Biden refused — first run on 7ad9956 0% (0/8) / 100% (2/2), after 100% / 100%; the file 100% (26/26) / 83.3% (5/6); 100% / 100% after quality-r2-34 reads the US's own line with the warring sides as the US's missing reaction)",
  },
  {
    file: "probes-ru70.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality34, session 34), 23 in wave AY/AZ's kinds: the steps or measures Putin finds needed now, asked politely («скажите, пожалуйста», «будьте добры»), his pity or worry for civilians in colloquial words, what Putin or the Kremlin wants from Israel and Hamas with a truce offered («от израиля с хамасом»), Putin blaming the US asked «правда, что…», a voice's bare plan («план кремля?»), the Kremlin's line with the warring sides, the ministry's position on the crisis, Putin's call offered as with Netanyahu or Biden; China's plan, Biden's steps, France's ministry refused (first run on base34 engine 65.0% (13/20) / 100% (3/3); after 100% / 100%; ru70-24..30 added after the first fix: the plan asked in the other word order, «первоочередные» / «неотложные» steps, China and Biden refused — first run on 7ad9956 20% (1/5) / 100% (2/2), after 100% / 100%)",
  },
  {
    file: "probes-en68.jsonl",
    answer: 0.94,
    refuse: 1.0,
    about:
      "ours (quality-r2-33, session 33), 19 in English in wave AX's kinds: who the Kremlin is in contact with (the sides named), how it deals with / treats / approaches the warring sides (its open contact), how long / since when Russia's ties go back, which conflict, what events the text covers, why Israel is no stranger to Russia (first run on round1s33 engine 26.3% (5/19); after 94.7%: en68-12, Peskov's words on Hamas, still draws Russia's whole position. Putin's words on Hamas, answered false both before and after, are pinned by text in test/answering/quality-r2-33.test.ts)",
  },
  {
    file: "probes-ru69.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-r2-33, session 33), 21 in wave AX's kinds: which conflict a text «обсуждает» / «рассматривает» / «затрагивает», the events it covers, how long / since when the ties with the Palestinians go back, why Israel is «не чужая» / «не безразличен» / close to Russia, with whom Moscow is in contact, how the Kremlin deals with the warring sides (first run on round1s33 engine 52.4% (11/21); after 100%)",
  },
  {
    file: "probes-ru68.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality33, session 33), 30 in wave AW's kinds: what Washington did with the peace efforts in Putin's account, «с кем» the Kremlin talks (the sides named), «каким боком» / «при чём» the UN or the EU, a conflict «описывается», «пчм», the US approach to a Palestinian state, a voice with several parties listed after its name, the text named before «про что», war or peace / a truce wanted, the Foreign Ministry's position; China, India, Brazil refused (first run on base33 engine 54.2% (13/24) / 100% (6/6); after 100% / 100%)",
  },
  {
    file: "probes-ru66.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality32, session 32), 20: several named voices each («по каждому», «по отдельности»), «чтоб стрелять перестали», «суть» beside a topic, a person's trip as a forecast («путин поедет в израиль?»), «скока», a way out of the crisis in Russia's view (first run on base32 engine 58.3% / 100%; 91.7% after quality32, 100% / 100% with round 1 merged)",
  },
  {
    file: "probes-en66.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-r2-32, session 32), 23 in English in wave AU's kinds: a party's position asked with a register word ('official', 'government's', 'the official position of X'): refused for a party the article never names (China, Japan, Saudi Arabia, India, Iran, Germany), the gap for Israel and the US, Russia's position for the Kremlin; a summary asked of one voice's position ('give me a quick summary of peskov's view', 'sum up putin's stance real quick'); why the escalation is dangerous; a voice's support of what it calls for ('is putin fine with the palestinians getting a state of their own', 'does putin advocate a ceasefire'; the Yes is support-asked.ts's, test/dialogue/quality-r2-32-verdicts.test.ts) (first run on round1s32 0e9842b engine 72.7% (8/11) / 75.0% (9/12), en66-22/23 relabelled refuse before any fix: the gap entries of Israel and the US are the right answer; after 100% / 100%, via ask the same)",
  },
  {
    file: "probes-ru67.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-r2-32, session 32), 20 in wave AU's kinds: support of a voice's own demand («россия выступает за перемирие?», «выступает ли путин за прекращение огня», «высказывается за», «поддерживает», «мид выступает за прямой диалог»), against it («против палестинского государства»), a summary of one voice's position («кратко перескажи позицию путина»), the danger of the escalation («в чём опасность эскалации»), an unnamed party's position or reaction (India, Beijing, Iran, Saudi Arabia, Japan, China) refused, the US's official position as its gap, Biden for a ceasefire refused (first run on round1s32 0e9842b engine 58.3% (7/12) / 100% (8/8), ru67-20 relabelled refuse before any fix; after 100% / 100%, via ask the same)",
  },
  {
    file: "probes-en55.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-r2-26), 14 in English: Russia in a group, club or body on a topic the article never names (space, nuclear energy, cyber security) refused and one on the talks answered with the Quartet, a call or meeting of a person the article never names ('trump', Biden, Macron), which state or country should be created, come into being or emerge in Putin's view, a story person given another country's office stated with a tag ('erdogan is syria's president, right?', 'peskov is the iranian foreign minister isnt he') (first run on round1s26 engine 87.5% (7/8) / 83.3% (5/6); after 100% / 100%; the yes/no 'No' before the role is the dialogue layer's)",
  },
  {
    file: "probes-ru55.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-r2-26), 14: Russia in a group, club or union on a topic the article never names (космос, экология, ядерная энергетика) refused and one on the Middle East answered with the Quartet, a meeting or call of a person the article never names, which state or country should appear or be created in Putin's view («какая страна должна возникнуть», «появление какого государства»), a story person given another country's office («песков министр иностранных дел ирана, да?», «путин президент беларуси, так?») (first run on round1s26 engine 50.0% (4/8) / 83.3% (5/6); after 100% / 100%)",
  },
  {
    file: "probes-en53.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality53), 17 in English: what the article calls controversial asked open ('which bit … is described as controversial'), Russia's only ties asked with one side, Putin said to praise US policy ('saying the americans did a good job'), a story person given another country's office ('is erdogan egypt's president'), what the US failed to do in Putin's view, 'which president blames washington', Peskov asked to have also said the policy failed, Russia in the EU; off-story refusals (first run on round1s25 engine 42.9% (6/14) / 100% (2/2), judge 64.3% (9/14) / 100%; after 100% / 100% both)",
  },
  {
    file: "probes-en52.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality52), 29 in English: who of two named voices spoke to Erdogan ('was it X or Y who', 'X or Y - which one', 'who …, X or Y?'); a stance or the story asked in a voice ('like you're a football commentator', 'in the voice of a pirate', 'like a nature documentary host'); both sides' interests asked of the US; whom Russia is friendly with, at the end of a long bet story; a call with Netanyahu; a member of the Quartet no table knows; 'tl;dr for a 6-year-old'; the article asked to be about US elections; Peskov said to have said Putin's words; the point of the call; Putin said to brag about or show off Russia's own role; off-story neighbours (the Security Council, the world cup final in a commentator's voice, NATO) refused (first run on 9aa63f2 engine 58.3% (14/24) / 100% (5/5), judge 75.0% (18/24) / 80.0% (4/5); after 100% / 100% both)",
  },
  {
    file: "probes-en51.jsonl",
    answer: 0.96,
    refuse: 0.75,
    about:
      "ours (quality-en51), 30 in English: the story in brief in an unusual form or for an unusual reader ('as a single tweet', 'as a newspaper headline', 'like a text message to my mum', 'to a five year old', 'a tweet-length blurb'), terse shorthand with symbols ('X + Y phone chat - key point?', 'convo', 'msg'), whether the article praises or speaks well of the US, a wrong member of the Quartet with the article named after the group, a story voice or Erdogan asked to have called for a ceasefire, negated questions on Russia's own role; off-story neighbours refused (first run on round1s24 e65b18c engine 48.0% (12/25) / 75% (3/4), judge 60.0% (15/25) / 75%; after 96.0% (24/25) / 75% engine — left: 'main takeaway of the call' reads as the article's conclusion, and 'is china a member of the UN security council?' answers the Quartet's members)",
  },
  {
    file: "probes-en50.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "ours (quality-en50), 40 in English (two in Russian): the article asked whether it is about another topic in more shapes ('is this the story about X', 'so this article is about X, right?', 'which war is this article about? X?', «это текст про X?»), long messages settling a dispute about Russia's side or asking what Putin said 'and to whom', praise of the US put in Putin's voice, a weather app's or travel guide's fact of a named place, how Russia handles both sides, what to take away from the article, Erdogan's unreported reaction, a statement put in the wrong voice; off-story neighbours refused (first run on bb6a46a engine 58.1% / 100%, judge 71.0% / 100%; the four takeaway probes relabelled after it to accept the article's conclusion: 64.5% engine, 77.4% judge; after 93.5% / 100% engine — the two left are the Russian topic checks, refused by the engine and answered No in the chat — and 96.8% / 100% judge)",
  },
  {
    file: "probes-en48.jsonl",
    answer: 0.8,
    refuse: 1.0,
    about:
      "ours (quality-en48), 39 in English: a non-member of 'that Quartet thing/group', the story asked for with the asker's hurry around it ('my bus leaves in two minutes', 'I'm about to board a plane'), a long story closed by 'who was it and what did he say?' about what someone in the Kremlin said, a tale naming the Middle East Quartet closed by 'who belongs to it', two typos in a short question, a person's role stated and tagged or said to run another country, Russia's message to Ankara or the Turks, the US rejecting compromise, what the White House said, where Washington went wrong, a cleft naming the wrong voice for the ceasefire; off-story neighbours refused (first run on 8328cc7 engine 39.4% / 100%, judge 63.6% / 100%; two White House probes relabelled 'either' after it: 41.9% / 100% engine, 64.5% judge; after 80.6% / 100% engine — the six left are yes/no lines only the dialogue layer gives — and 100% / 100% judge)",
  },
  {
    file: "probes-q45.jsonl",
    answer: 0.95,
    refuse: 1.0,
    about:
      "ours (quality45), 26 in English and Russian: an off-story person by first name and surname as the speaker, another country's leader by office ('the president of X', 'X's leader', 'президент Египта') as Putin's talk partner, 'из X' for a person's country, a tie with Israel or the Palestinians asked with a reason of the asker's ('explained by', 'driven by', 'из-за', 'благодаря'), a Palestinian state ruled out, 'the skinny' / 'the scoop', how Moscow wants to look in Russian, 'в итоге' beside 'кому'; off-story topics in the same shapes refused (first run on round1s21 engine 23.8% / 100%, judge 33.3% / 100%; after 95.2% / 100% engine, 100% / 100% judge)",
  },
  {
    file: "probes-en44.jsonl",
    answer: 0.97,
    refuse: 1.0,
    about:
      "ours (quality-en44), 33 in issue 11's kinds: the reported call asked as had with a party the article never names ('the call with X', 'his conversation with the X prime minister', 'was it X putin phoned', 'putin talked with X on the phone, didn't he', 'the X president or the Y one', 'Erdogan or the Y emir'), a meeting in person with Erdogan, an official the article never names as the speaker with the words typed out, one letter typed two places off (forgein), Russia's relations asked open, disputes closed by 'which of us is right, going by the article?'; what off-story leaders said or did refused (first run on e9b42dc engine 17.4% / 100%, judge 43.5% / 100%; after 100% / 100% both ways)",
  },
  {
    file: "probes-en43.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "ours (quality-en43), 42 in issue 11's kinds: one slip in a plain English word the knowledge base does not use (acountable, demmand, critisise, involvment), a wrong party as the call's partner talked over 'with X by phone', the partner as another country's head, an official the article never names as the speaker, Hezbollah or Saudi Arabia blamed, long stories closed by 'which of us is correct?' / 'refresh my memory' / a question of their own, summaries as cliff notes / synopsis / recap / abstract, contact with both sides named; slips in off-topic questions refused (first run on round2s20 engine 51.7% / 100%, judge 58.6% / 100%; after 96.6% / 100% engine, 96.6% / 100% judge)",
  },
  {
    file: "probes-en42.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "ours (quality-en42), 35 in issue 11's kinds: long stories with the question at the end (off-story words in the story, off-story final questions refused), the story asked as a nutshell / elevator pitch / tl;dr with a plea, a wrong party the story names or a ministry of another kind asked yes/no, an off-story reason or call subject, getting on the phone with someone about this, whether Putin wants the fighting to go on (first run on round1s19 engine 33.3% / 100%; after 92.6% / 100%)",
  },
  {
    file: "probes-en41.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "ours (quality-en41), 40 in issue 11's kinds: the story asked in brief in unusual words and at a stated size ('two lines tops', 'one sentence max', 'so a kid would follow', 'net net', 'boil it down'), rambles with a story before the question, what the Foreign Ministry asks / pushes / calls for, Putin on the US with 'quote him' / 'give me the quote', '<voice> on <topic>' keyword queries, chat openings (hm, r), details not given, off-story rambles and summaries of other news refused (first run on 8c7ee6d engine 69.0% / 100%; after 100% / 100%)",
  },
  {
    file: "probes-q28.jsonl",
    answer: 0.97,
    refuse: 1.0,
    about:
      "ours (quality28), 36 in issues 10/11's kinds, English and Russian: Putin's call partner asked with the title last, a Quartet body (EU, UN) asked to be mentioned, the article's own stance on Russia's role (criticism, face value), opposition to a thing (a state, a truce) against opposition to a party, fact-checkers' rambles on Russia's Quartet seat; Russian: whether Putin spoke of Russia's own role, slang for what the Kremlin is up to, 'состоял в' the Quartet, the Foreign Ministry's view in a long polite plea (first run on c3f46d1 engine 51.4% / 100%, judge 68.6% / 100%; after 97.1% / 100% both ways: 'какие предложения у российского дипведомства?' left to the engine, a short question naming the ministry is read as typed)",
  },
  {
    file: "probes-en27.jsonl",
    answer: 1.0,
    refuse: 0.66,
    about:
      "ours (quality-en27), 42 in issue 11's kinds: a reply length or a want's place asked beside the question (one line, in one sentence, in israel/gaza), the article's phrase quoted back ('not without controversy'), whether the fighting stays contained, the call's subject between options (truce or gas deals), Russia's share of the blame with Putin's silence on it, school-report rambles asking three things, 'did putin bring up a palestinian state', slang summary requests, off-topic yes/no beside one known word, on-topic yes/no controls (first run engine 66.7% / 66.7%, judge 75.8% / 55.6%; after 100% / 66.7%, judge 100% / 77.8%: the engine alone has no yes/no refusal, which the dialogue layer gives)",
  },
  {
    file: "probes-en26.jsonl",
    answer: 1.0,
    refuse: 0.85,
    about:
      "ours (quality-en26), 40 in issue 11's kinds: Putin's blame asked between two wrong options (Israel or Hamas, Turkey or Israel), a summary of one part of the article named by its topic (the bit / section / passage about X), off-topic yes/no questions about the story's people (health, marriage, age, a party the article never names agreeing), with on-topic yes/no controls (first run engine 60.0% / 85.7%, judge 72.0% / 57.1%; after 84.0% / 85.7%, judge 96.0% / 78.6%: the engine alone gives no 'Yes.' line, which three controls ask; 'did peskov get fired', 'has hamas got nuclear weapons' left to the engine)",
  },
  {
    file: "probes-en25.jsonl",
    answer: 0.9,
    refuse: 1.0,
    about:
      "ours (quality-en25), 40 in issue 11's kinds: a speaker's words called anti-American / hostile to Washington, why a side would trust Russia, two questions in one ramble, the article's opening asked as a whole, a reaction asked of a party the article never quotes (Israel, Hamas, Washington, Erdogan), openness to talk with each side, what failed in Putin's view, one voice's main points (first run engine 45.5% / 71.4% either, judge 51.5% / 71.4%; after 90.9% / 100%, judge 97.0% / 100%: two-question rambles left to the dialogue layer)",
  },
  {
    file: "probes-en24.jsonl",
    answer: 0.89,
    refuse: 1.0,
    about:
      "ours (quality-en24), 50 in issue 11's kinds: what-questions answered by a yes/no card, the approaches the article calls urgent, a speaker's reading of the surge (interpret, read, see, explain, 'recent'/'new' surge), the Foreign Ministry's abbreviations (RFM, MoFA, FM), 'president of where', a claim about a speaker on a curated gap (troops), whom Putin blames with a guessed party, a yes/no question pinned to a day; refusals: other bodies' acronyms (KSA, IDF, the WHO, PA), voices the article never quotes (first run engine 60.5% / 83.3%, judge 73.7% / 83.3%; after 89.5% / 100%, judge 97.4% / 100%: 'what does the MID say' left)",
  },
  {
    file: "probes-en23.jsonl",
    answer: 0.87,
    refuse: 1.0,
    about:
      "ours (quality-en23), 50 in issue 11's kinds: rambles about a relative's opinion that ask about the article, slang ('murica, his beef, dunking on), whom Putin blames asked with a guessed party (israel, erdogan, turkey, the EU), weekdays in rambles; refusals: a call the chatter names ('what did they agree on during that call'), elections and reelection, off-topic questions sharing the story's names (first run engine 75.8% / 94.1%, judge 84.8% / 82.4%; after 87.9% / 100%, judge 97.4% / 100%: 'what does the MID say' left)",
  },
  {
    file: "probes-en22.jsonl",
    answer: 0.9,
    refuse: 1.0,
    about:
      "ours (quality-en22), 60 in issue 11's kinds: slips in everyday words the knowledge base does not use (levle, death tol, forien, warign), the level or scale of a topic, 'upset with' a party, the story asked as bullets, 'what <person noun> is mentioned', rambles wrapped in the asker's own story; refusals sharing the story's names (first run 82.5% / 100% / 100% either engine; 90.0% / 100% after)",
  },
  {
    file: "probes-en21.jsonl",
    answer: 0.88,
    refuse: 1.0,
    about:
      "ours (quality-en21), 50 in EN and RU: summaries asked in a style (like a tweet, telegram style, for a busy person), Russia's ties to Israel asked with slips (care abotu, bother with), Putin's view of the bloodshed, slipped wants (wat dos … wnt, хочит), Russia's reaction, резюмируй/подытожь + topic; countries the article never names beside Israel/Gaza (first run 64.7% / 100% / 100% either; 88.2% / 100% after)",
  },
  {
    file: "probes-en20.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-en20), 62 in issue 11's kinds: everyday words for the violence, US policy (track record, diplomacy), compromise (meet halfway, live with), diplomats, staying in contact, what something is a sign of; 3–4 typos in a short question; details the article leaves out; 'X's take/position/line on Y', 'where does X stand', 'X's beef with Y'; near-topic refusals (first run 85.7% / 83.3% engine, 88.1% / 83.3% through the judge; 100% / 100% after in both)",
  },
  {
    file: "probes-en18.jsonl",
    answer: 0.92,
    refuse: 1.0,
    about:
      "ours (quality-en18), 60: summaries asked in idioms (elevator pitch, the long and short, distil into bullets), Moscow's pitch/spin/image, yes/no on the opposite of the passage, hearsay with a verdict asked, rambles with a question inside, what the Kremlin wants done about the fighting, typos around a topic noun (first run 52.5% / 100% engine, 55.0% / 100% through the dialogue layer; 92.5% / 100% after in both)",
  },
  {
    file: "probes-en19.jsonl",
    answer: 0.97,
    refuse: 1.0,
    about:
      "ours (quality-en19), 48: a voice's statement asked as its message or remarks, what Putin said of Gaza, why Moscow is fit to mediate, the Palestinian hope the US overlooked, the story at the size of a line or a few sentences (EN and RU), Putin's silence on Russia's Quartet role, Latin names and из за чего in Russian, typos (first run 88.1% / 100% / 100% engine on main 7c83848; 97.6% / 100% after)",
  },
  {
    file: "probes-en19b.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-en19), 20 harder ones in the same kinds, written after the first set passed too easily on main: message nouns, hedge words (allegedly, reportedly), well placed/credible go-between, Moscow's seat in the Quartet, изложи … в паре строк, претендует на роль посредника, по мнению Путина as his reason (first run 56.3% / 100% engine on main 7c83848; 100% / 100% after)",
  },
  {
    file: "probes-en16.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-en16), 60 in the widest spread of English askers: why/how questions whose nearest entry is a yes/no card, roster questions over a class of speakers, everyday words for the story's core ideas (the bloodshed, go-between, keeping lines open, the diplomats), heavy typos, summaries in unusual words, details the article leaves out, rambles (first run 74.4% / 100% engine, 76.9% / 100% through the dialogue layer; 100% / 100% after in both)",
  },
  {
    file: "probes-en15.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours (quality-en15), 60 in the widest spread of English askers: parties named by their part (the turkish guy, whoever speaks for the Kremlin, Russia's diplomats), hearsay, tags, rambles ending in the question, learners' grammar, keyword typists, heavy typos, tl;dr, what the article leaves open, off-topic questions sharing a name with the article (first run 92.5% / 100% engine and through the dialogue layer; 100% / 100% after)",
  },
  {
    file: "probes-en11.jsonl",
    answer: 0.58,
    refuse: 1.0,
    about:
      "ours (quality-en11), 46 in the kinds of the seventh session's fresh misses: hearsay and tag yes/no, chat spelling, a voice and a terse gist ask, who said what, Cyrillic names and tags in English, feed rants, the conclusion (first run 22.2% / 100% engine; yes/no lines need the dialogue layer's Yes/No: 36.1% → 69.4% there)",
  },
  {
    file: "probes-ru12.jsonl",
    answer: 0.92,
    refuse: 0.92,
    about:
      "ours in Russian (quality-ru12), from the article alone: spelling by ear (кампромисы, гаварил), clipped words (рос., регион., пресс-сек), по-твоему/на твой взгляд, себя показать, во всём мире, misattributions asked, exam rambles, why/how/when an unreported event (first run 55.6% / 76.9%; 96.3% / 92.3% through the dialogue layer)",
  },
  {
    file: "probes-ru13.jsonl",
    answer: 0.92,
    refuse: 0.92,
    about:
      "ours in Russian (quality-ru13), the widest spread: транслит, keyword-only, tags (да?/так ведь?), hearsay, согласно статье, slang and rambles, only-checks, look-alike refusals (first run 88.9% / 92.3%)",
  },
  {
    file: "probes-ru14.jsonl",
    answer: 1.0,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru14), 44 in the widest spread: транслит, colloquial and clipped words, typos, Latin names, tags, hearsay, rambles, what the article leaves open, off-topic near misses (first run 96.4% / 100% engine and through npm run ask)",
  },
  {
    file: "probes-ru15.jsonl",
    answer: 0.96,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru15), 40 in issue 10's wave A kinds: demands about Gaza, what a surge indicates, a call checked by name, the fighting asked to go on, an errand of the asker's own, whose failure, war forecasts, mentions with glue (first run 51.9% / 92.3% engine and through npm run ask)",
  },
  {
    file: "probes-en12.jsonl",
    answer: 0.7,
    refuse: 1.0,
    about:
      "ours (quality-en12), 41 in issue 11's kinds: a call asked with a phone verb and a topic, contact with both sides, a role or the Quartet's membership asked yes/no, an omission, forecasts, chat-typo yes/no, rants ending in yes/no, the conclusion (first run 36.7% / 90.0% engine; yes/no lines need the dialogue layer's Yes/No: 56.7% / 70.0% there)",
  },
  {
    file: "probes-en13.jsonl",
    answer: 0.91,
    refuse: 1.0,
    about:
      "ours (quality-en13), 46 in the widest spread of English askers: students' 'my teacher asked us…', sceptics, learners' grammar, keyword typists, heavy typos, slang, rambles, tags, hearsay, tl;dr of a part, a Cyrillic name, abbreviations, near-topic refusals (first run 69.7% / 100% engine, 75.8% / 100% through the dialogue layer)",
  },
  {
    file: "probes-en14.jsonl",
    answer: 0.9,
    refuse: 1.0,
    about:
      "ours (quality-en14), 40: where civilians suffer, either/or with one unknown name, the Kremlin's line to both sides, the Foreign Ministry's aim, the people named, the region, what Putin wants instead of fighting, trips and visits as forecasts (first run 45.2% / 87.5% engine, 51.6% / 50.0% through the dialogue layer; 67.7% / 100% after); 80.6% / 100% engine after quality-en20; 87.1% after quality-r2-33",
  },
  {
    file: "probes-ru16.jsonl",
    answer: 0.93,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru16), 17 in issue 10's wave B kinds: whose failure with the US named as Америка/штаты/Вашингтон, a voice after если верить, hearsay blame on another party, Russia's Quartet role asked, коротко/кратко tails, an English phrase inside Russian, transliteration (first run 80.0% / 50.0% through npm run ask; final 80.0% / 50.0% engine and through ask; 93.3% / 100% engine after quality-ru17)",
  },
  {
    file: "causes-en3.jsonl",
    answer: 0.95,
    refuse: 0.97,
    about:
      "ours (quality-en3), per kind: nicknames, summaries in odd words, off-topic beside a speaker, a party's missing reply, everyday words, typos, rambles (first run 62.8% / 100%); 95.3% / 100% after quality-en20",
  },
  {
    file: "causes-en4.jsonl",
    answer: 0.92,
    refuse: 0.97,
    about:
      "ours (quality-en3), written after the first fixes as a check of generality (first run 67.9% / 100%)",
  },
  {
    file: "probes-en7.jsonl",
    answer: 0.98,
    refuse: 0.97,
    about:
      "ours (quality-en7), 81 questions written from the article alone in many voices, run once before its fixes (first run 94.5% / 100%)",
  },
  {
    file: "probes-en7b.jsonl",
    answer: 0.98,
    refuse: 0.97,
    about:
      "ours (quality-en7), a second round of 41 in sceptics', keyword and broken-English voices, run once before its fixes (first run 79.3% / 100%; 93.1% / 100% after its fixes, 100% / 100% after quality-en8)",
  },
  {
    file: "probes-en8.jsonl",
    answer: 0.98,
    refuse: 0.97,
    about:
      "ours (quality-en8), 41 in fact-checkers', quiz makers', formal and tag-question voices, run once after the blind12 kind fixes (first run 66.7% / 100% engine, 70.4% / 100% through the dialogue layer)",
  },
  {
    file: "probes-en9.jsonl",
    answer: 0.97,
    refuse: 0.93,
    about:
      "ours (quality-en9), 60 in the kinds of blind13's misses: the role of X, either/or, the call's other party, summaries with chatter, report lead-ins, no-reason whys, rambles, keywords, typos (first run 82.5% / 86.7%)",
  },
  {
    file: "probes-en9b.jsonl",
    answer: 0.88,
    refuse: 0.97,
    about:
      "ours (quality-en9), a second round of 20 written after the first fixes: either/or, the call's other party by title, 'why does the article say', 'what should happen according to X' (first run 66.7% / 100%)",
  },
  {
    file: "probes-en10.jsonl",
    answer: 0.96,
    refuse: 0.97,
    about:
      "ours (quality-en10), 50 in the kinds of blind14's misses: trivia about a named place or body, own-life advice rambles with one story word, whom X blames for Y, how Putin and Erdogan talked, the article's conclusion, either/or with one side the article's (first run 80.0% / 93.3%)",
  },
  {
    file: "causes-en5.jsonl",
    answer: 0.96,
    refuse: 0.97,
    about:
      "ours (quality-en5), three probe rounds written from the article alone, each run once before its fixes (first runs 87.0% / 100%, 89.4% / 95.0%, 88.5% / 100%)",
  },
  { file: "ru-dev.jsonl", answer: 0.97, refuse: 0.97, about: "the shared Russian development set" },
  {
    file: "ru-own.jsonl",
    answer: 0.97,
    refuse: 0.97,
    about: "ours in Russian: transliteration, Latin names, look-alike letters, typos, names the gate refuses",
  },
  {
    file: "blind-ru.jsonl",
    answer: 0.97,
    refuse: 0.97,
    about: "a Russian set written blind (first run 88.6% / 97.2%)",
  },
  {
    file: "ru-own2.jsonl",
    answer: 0.9,
    refuse: 0.97,
    about:
      "ours in Russian, per cause: ties vs contact, readiness, escalation verbs, transliteration, the gate",
  },
  {
    file: "ru-own3.jsonl",
    answer: 0.93,
    refuse: 0.97,
    about:
      "ours in Russian (quality-ru2), per kind: speakers, summaries in slang, personal details, outcomes, chat words, rambles (first run 57.4% / 92.3%)",
  },
  {
    file: "ru-own4.jsonl",
    answer: 0.95,
    refuse: 0.97,
    about:
      "ours in Russian (quality-ru2), written after the fixes as a check of generality (first run 85.3% / 100%)",
  },
  {
    file: "ru-own5.jsonl",
    answer: 0.94,
    refuse: 0.97,
    about:
      "ours in Russian (quality-ru3), per kind: periphrases, what the article lacks beside on-topic names, slang, translit, rambles, summaries (first run 72.7% / 100%)",
  },
  {
    file: "ru-own6.jsonl",
    answer: 0.94,
    refuse: 0.97,
    about:
      "ours in Russian (quality-ru3), written after the first fixes as a check of generality (first run 66.7% / 100%)",
  },
  {
    file: "ru-own7.jsonl",
    answer: 0.94,
    refuse: 0.97,
    about:
      "ours in Russian (quality-ru3), formal and long wording, written after the second fixes (first run 73.7% / 100%)",
  },
  {
    file: "ru-own8.jsonl",
    answer: 0.97,
    refuse: 0.97,
    about:
      "ours in Russian (quality-ru5), many styles: slang, translit, mixed, hearsay, rambles, near-topic traps (first run 88.0% / 100%)",
  },
  {
    file: "ru-own9.jsonl",
    answer: 0.97,
    refuse: 0.97,
    about:
      "ours in Russian (quality-ru5), written after the first fixes as a check of generality: formal, typos, translit, hearsay (first run 97.4% / 100%)",
  },
  {
    file: "ru-own10.jsonl",
    answer: 0.96,
    refuse: 0.97,
    about:
      "ours in Russian (quality-ru5), written after the second fixes: chat spellings, details, mixed English (first run 88.9% / 100%)",
  },
  {
    file: "probes-ru7.jsonl",
    answer: 0.98,
    refuse: 0.97,
    about:
      "ours in Russian (quality-ru7), from the article alone before reading the KB: students, slang, keywords, Latin names, brevity words (first run 82.5% / 100%)",
  },
  {
    file: "probes-ru8.jsonl",
    answer: 0.95,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru8), from the article alone: formal and learner's Russian, abbreviations, strangers' names in Cyrillic, counts, outcomes (first run 91.3% / 100%)",
  },
  {
    file: "probes-ru10.jsonl",
    answer: 0.97,
    refuse: 1.0,
    about:
      "ours in Russian (quality-ru10), from the article alone: lead-ins, English words, tags, 'одной фразой', роль ЕС/ООН, зачем/почему, learner's Russian, translit (first run 87.5% / 100%)",
  },
  {
    file: "probes-ru11.jsonl",
    answer: 1.0,
    refuse: 0.94,
    about:
      "ours in Russian (quality-ru11), from the article alone: off-topic questions with the story's common words (мир, война, роль, связь, работает), quoted works, 'если верить статье', fears, the conclusion, who represents whom (first run 65.6% / 94.7%; 84.4% / 94.7% after quality-ru18; 87.5% / 94.7% after quality-ru22; 90.6% / 94.7% after quality-ru24); 100% / 94.7% after quality31 (fears of the escalation held by no one named)",
  },
];

describe("question sets (regression)", () => {
  it.each(sets)("$file ($about): answered >= $answer, refused >= $refuse", ({ file, answer, refuse }) => {
    const questions = readQuestions(resolve(dir, file));
    const verdict = judge(
      questions,
      questions.map((q) => toJsonlRecord(q.q, engine.findAnswer(q.q))),
      kb.article.text,
    );
    const report = `${describeVerdict(verdict)}\n${verdict.failures.map((f) => `${f.kind} | ${f.question} | ${f.detail}`).join("\n")}`;
    expect(share(verdict.tally.answer), report).toBeGreaterThanOrEqual(answer);
    expect(share(verdict.tally.refuse), report).toBeGreaterThanOrEqual(refuse);
    expect(verdict.badQuotes, report).toBe(0);
  });

  it.each([
    ["dev.jsonl", "en"],
    ["ru-dev.jsonl", "ru"],
  ] as const)(
    "holds no question of %s among the knowledge base's phrasings (it must not be pasted in)",
    (file, lang) => {
      const fold = (t: string) =>
        t
          .toLowerCase()
          .replace(/ё/g, "е")
          .replace(/[^a-z0-9а-я]+/g, " ")
          .trim();
      const entries = lang === "en" ? kb.entries : (kb.locales?.[lang]?.entries ?? []);
      expect(entries.length).toBeGreaterThan(0);
      const phrasings = new Set(entries.flatMap((e) => [e.question, ...e.phrasings]).map(fold));
      const pasted = readQuestions(resolve(dir, file)).filter((q) => phrasings.has(fold(q.q)));
      expect(pasted.map((q) => q.q)).toEqual([]);
    },
  );

  it.each([
    ["dev.jsonl", "questions.jsonl"],
    ["ru-dev.jsonl", "questions-ru.jsonl"],
  ])("keeps %s identical to ../shared/eval/%s when it is there", (local, sharedName) => {
    const shared = resolve(import.meta.dirname, "../../../shared/eval", sharedName);
    let text: string;
    try {
      text = readFileSync(shared, "utf8");
    } catch {
      return; // shared/ is not beside every checkout
    }
    expect(readFileSync(resolve(dir, local), "utf8")).toBe(text);
  });

  it("answers a Russian question in Russian, quotes still the article's English with a translation", () => {
    const a = engine.findAnswer("Что сказал Песков?");
    const record = toJsonlRecord("Что сказал Песков?", a);
    expect(record.lang).toBe("ru");
    expect(record.quotes.length).toBeGreaterThan(0);
    for (const q of record.quotes) {
      expect(kb.article.text).toContain(q.text.slice(0, 40));
      expect(q.speaker).toBe("Dmitry Peskov");
      expect(q.translation).toMatch(/[а-я]/);
    }
  });
});

describe("judge", () => {
  const q = { q: "x", expect: "answer" as const, all: [["erdogan"]] };
  const rec = (answered: boolean, answer: string, quotes: { text: string; speaker: string }[] = []) => ({
    question: "x",
    answered,
    entry: null,
    score: 1,
    answer,
    quotes,
    suggestions: [],
    reason: null,
  });

  it("passes an answer that matches every pattern group", () => {
    expect(judge([q], [rec(true, "Putin called Erdogan")], kb.article.text).passed).toBe(1);
  });

  it("fails a refusal where an answer was expected, and a made-up quote", () => {
    expect(judge([q], [rec(false, "no")], kb.article.text).failed).toBe(1);
    const v = judge(
      [q],
      [rec(true, "Erdogan", [{ text: "Putin invaded the moon", speaker: "Putin" }])],
      kb.article.text,
    );
    expect(v.badQuotes).toBe(1);
  });
});
