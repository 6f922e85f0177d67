/**
 * A long health-blog article for the claim-suggestion benchmark, as plain text the way a
 * reviewer pastes it: the demo article's paragraphs (prisma/fixtures/vitamin-k2/source.txt)
 * repeated in shuffled order with their numbers, nutrients and organs varied, interleaved
 * with generated paragraphs of study results, citations, absolutes and advice, and closed by
 * the demo's reader comments. Seeded, so every run builds the same text.
 */
import { readFileSync } from "node:fs";
import { isPageDebris } from "../../domain/import/page-debris";
import { pick, sampleIndices, seededRandom } from "../anchoring/random";

const DEMO_SOURCE = new URL("../../prisma/fixtures/vitamin-k2/source.txt", import.meta.url);

/** The demo's comments start at its comments heading ("11 thoughts on …"). */
const COMMENTS_HEADING = /^\d+ thoughts on /m;

const NUTRIENTS = ["vitamin K2", "vitamin D3", "magnesium", "omega-3", "vitamin A", "vitamin C", "zinc", "iodine", "vitamin B12", "selenium"];
const CONDITIONS = ["arterial calcification", "osteoporosis", "kidney stones", "type 2 diabetes", "arthritis", "dementia", "heart disease", "insulin resistance", "chronic inflammation", "hypertension"];
const MARKERS = ["coronary artery calcium scores", "bone mineral density", "fasting glucose", "LDL cholesterol", "blood pressure", "serum osteocalcin", "C-reactive protein", "arterial stiffness"];
const POPULATIONS = ["postmenopausal women", "adults over 50", "haemodialysis patients", "middle-aged men", "children", "athletes", "older adults", "people with diabetes"];
const DESIGNS = ["randomized controlled trial", "prospective cohort study", "meta-analysis", "cross-sectional survey", "double-blind trial", "case-control study"];
const AUTHORS = ["Geleijnse", "Knapen", "Schurgers", "Vermeer", "Beulens", "Shea", "Booth", "Theuwissen", "Cranenburg", "Masterjohn", "Luo", "Price", "Rheaume-Bleue", "Kawana"];
const ORGANS = ["arteries", "kidneys", "joints", "heart valves", "skin", "brain", "bones", "teeth"];

export interface HealthBlogArticle {
  /** The raw pasted text: a title line, paragraphs separated by blank lines, then comments. */
  raw: string;
  /** Words that survive the import (the comments' "Like" buttons are page debris and dropped). */
  words: number;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function importedWordCount(text: string): number {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => !isPageDebris(paragraph))
    .reduce((sum, paragraph) => sum + wordCount(paragraph), 0);
}

/** The demo article's own paragraphs (title and comments left out) and its comments section verbatim. */
function demoParts(): { paragraphs: string[]; comments: string } {
  const source = readFileSync(DEMO_SOURCE, "utf8").replace(/\r\n?/g, "\n");
  const commentsAt = source.search(COMMENTS_HEADING);
  if (commentsAt < 0) throw new Error("the demo article has no comments heading");
  const paragraphs = source
    .slice(0, commentsAt)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(1);
  return { paragraphs, comments: source.slice(commentsAt).trim() };
}

/**
 * The same paragraph with other figures, years, nutrients and organs, so repeats are not
 * verbatim. One factor scales all of a paragraph's figures, so "between 24 and 48 hours"
 * stays a range; codes such as MK-7 keep their digits.
 */
function varyParagraph(paragraph: string, random: () => number): string {
  const factor = 0.5 + random() * 1.5;
  return paragraph
    .replace(/(?<![-\p{L}])\d+(?:[.,]\d+)?\b/gu, (figure) => {
      if (/^(?:1[89]|20)\d\d$/.test(figure)) return String(1960 + Math.floor(random() * 65));
      return String(Math.max(1, Math.round(Number(figure.replace(",", "")) * factor)));
    })
    .replace(/\bvitamin K2\b/g, () => (random() < 0.3 ? pick(random, NUTRIENTS) : "vitamin K2"))
    .replace(/\barteries\b/g, () => (random() < 0.3 ? pick(random, ORGANS) : "arteries"));
}

function citation(random: () => number): string {
  const year = 1985 + Math.floor(random() * 40);
  const author = pick(random, AUTHORS);
  return random() < 0.6 ? `(${author} et al., ${year})` : `(${author}, ${year})`;
}

/** Sentences of the kinds health blogs are full of, one of each kind; about a third carry a citation. */
function generatedSentences(random: () => number): string[] {
  const nutrient = pick(random, NUTRIENTS);
  const condition = pick(random, CONDITIONS);
  const marker = pick(random, MARKERS);
  const population = pick(random, POPULATIONS);
  const percent = 5 + Math.floor(random() * 70);
  const people = (200 + Math.floor(random() * 40_000)).toLocaleString("en-US");
  const dose = pick(random, ["45 mcg", "90 mcg", "180 mcg", "360 mcg", "1,000 IU", "2,000 IU", "5,000 IU", "400 mg"]);
  const years = 2 + Math.floor(random() * 11);
  const cite = () => (random() < 0.35 ? ` ${citation(random)}` : "");
  return [
    `A ${pick(random, DESIGNS)} of ${people} ${population} found that ${dose} of ${nutrient} a day reduced ${marker} by ${percent}% over ${years} years${cite()}.`,
    `${nutrient[0]!.toUpperCase()}${nutrient.slice(1)} is the only nutrient that can reverse ${condition}${cite()}.`,
    `People with the highest intake of ${nutrient} had a ${percent}% lower risk of ${condition} than those with the lowest${cite()}.`,
    `Every single one of us is deficient in ${nutrient}, and almost nobody gets enough from food alone.`,
    `Low levels of ${nutrient} cause ${condition}, which affects more than ${people} ${population} every year${cite()}.`,
    `In ${1920 + Math.floor(random() * 100)}, researchers first noticed that ${population} eating traditional diets never developed ${condition}.`,
    `Taking ${nutrient} together with calcium is always safer than taking calcium alone${cite()}.`,
    `You should start taking ${dose} of ${nutrient} today, and never stop.`,
    `Doctors rarely test for it, so most ${population} don't know they are at risk.`,
    `Is ${nutrient} really that important? Absolutely.`,
    `I started taking ${nutrient} ${years} years ago and my ${marker} improved within months.`,
    `The study measured ${marker} in ${people} participants (PMID ${20_000_000 + Math.floor(random() * 9_000_000)}).`,
    `Processed food contains far less ${nutrient} than the food our grandparents ate.`,
    `This is why it matters so much.`,
    `Blood levels of ${nutrient} fall by about ${percent}% after the age of ${30 + Math.floor(random() * 40)}${cite()}.`,
  ];
}

/** Two to seven of those sentences, each kind at most once, in a random order. */
function generatedParagraph(random: () => number): string {
  const sentences = generatedSentences(random);
  return sampleIndices(random, sentences.length, 2 + Math.floor(random() * 6))
    .map((index) => sentences[index]!)
    .join(" ");
}

/**
 * About `targetWords` words: rounds of the demo's paragraphs in a new order, every few of them
 * followed by a generated paragraph, until the target is reached; then the comments, once.
 */
export function healthBlogArticle(targetWords: number, seed = 2026): HealthBlogArticle {
  const random = seededRandom(seed);
  const { paragraphs, comments } = demoParts();
  const body: string[] = ["Calcification, vitamin K2 and the nutrients modern diets lack: the complete guide"];
  let words = wordCount(body[0]!) + importedWordCount(comments);
  while (words < targetWords) {
    for (const index of sampleIndices(random, paragraphs.length, paragraphs.length)) {
      const paragraph = random() < 0.35 ? generatedParagraph(random) : varyParagraph(paragraphs[index]!, random);
      body.push(paragraph);
      words += wordCount(paragraph);
      if (words >= targetWords) break;
    }
  }
  return { raw: [...body, comments].join("\n\n"), words };
}
