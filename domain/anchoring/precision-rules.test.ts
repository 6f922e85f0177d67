import { describe, expect, it } from "vitest";
import { anchorOutcome } from "./anchor-quote";
import { describeRange } from "./describe-range";

/**
 * The rules that keep a claim off the wrong text, each with a case that must be orphaned and one
 * that must still be placed.
 */

const abstract = (topic: string, finding: string) =>
  [
    `${topic}: a randomised trial`,
    `Background: We studied ${topic.toLowerCase()} in 240 adults over two years of follow-up.`,
    `Results: ${finding} The effect was largest in the oldest group.`,
    "Funding: This study was funded by a national research council. The funders had no role in the design of the study.",
  ].join("\n\n");

/** Three abstracts sharing the same funding paragraph word for word (journal boilerplate). */
const journal = [
  abstract("Dietary nitrate and blood pressure", "Systolic pressure fell by 4 mmHg."),
  abstract("Urban tree cover and heat admissions", "Admissions rose 9% on hot days."),
  abstract("School sleep education", "Sleep lengthened by 12 minutes a night."),
].join("\n\n");

function nth(text: string, part: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(part, at + 1);
    if (at === -1) throw new Error(`fixture lacks occurrence ${n} of ${part}`);
  }
  return at;
}

function selectors(text: string, start: number, length: number) {
  return describeRange(text, start, start + length);
}

describe("another old copy of a repeated quote is never the claim's (with the old text)", () => {
  const boilerplate = "The funders had no role in the design of the study.";

  it("orphans a claim on a copy that was deleted, although identical copies remain", () => {
    const start = nth(journal, boilerplate, 1);
    const { quote, position } = selectors(journal, start, boilerplate.length);
    const revised = journal.slice(0, start - 1) + journal.slice(start + boilerplate.length);
    expect(anchorOutcome(revised, quote, position, { previousText: journal }).placed).toBeNull();
  });

  it("orphans a claim whose paragraph was deleted although the one other copy keeps the very same context", () => {
    const two = [
      abstract("Dietary nitrate and blood pressure", "Systolic pressure fell by 4 mmHg."),
      abstract("Urban tree cover and heat admissions", "Admissions rose 9% on hot days."),
    ].join("\n\n");
    const start = nth(two, "funded by", 0);
    const { quote, position } = selectors(two, start, "funded by".length);
    const paragraph = nth(two, "Funding:", 0);
    const revised = two.slice(0, paragraph) + two.slice(two.indexOf("\n\n", paragraph) + 2);
    // Only the old position would tell the copies apart; the remaining one is the second abstract's, carried here.
    expect(anchorOutcome(revised, quote, position, { previousText: two }).placed).toBeNull();
  });

  it("follows its own copy to a new place once the other copy is set aside (one side of its context intact)", () => {
    const two = [
      abstract("Dietary nitrate and blood pressure", "Systolic pressure fell by 4 mmHg."),
      abstract("Urban tree cover and heat admissions", "Admissions rose 9% on hot days."),
    ].join("\n\n");
    const sentence = "Funding: This study was funded by a national research council.";
    const start = nth(two, sentence, 0);
    const { quote, position } = selectors(two, start, sentence.length);
    const paragraphEnd = two.indexOf("\n\n", start);
    const funding = two.slice(start, paragraphEnd);
    // The first abstract's funding paragraph moves to the very end.
    const revised = two.slice(0, start) + two.slice(paragraphEnd + 2) + "\n\n" + funding;
    const expected = revised.lastIndexOf(sentence);
    expect(anchorOutcome(revised, quote, position, { previousText: two }).placed).toMatchObject({ start: expected, end: expected + sentence.length });
  });

  it("places a claim on its own copy when only its context was edited and the other copies kept theirs", () => {
    const start = nth(journal, "no role", 1);
    const { quote, position } = selectors(journal, start, "no role".length);
    const revised = journal.slice(0, start) + "no role" + " whatsoever" + journal.slice(start + "no role".length);
    expect(anchorOutcome(revised, quote, position, { previousText: journal }).placed).toMatchObject({ start, end: start + "no role".length });
  });
});

describe("position must not contradict text and context", () => {
  const twoAbstracts = [
    abstract("Dietary nitrate and blood pressure", "Systolic pressure fell by 4 mmHg."),
    abstract("Urban tree cover and heat admissions", "Admissions rose 9% on hot days."),
  ].join("\n\n");

  it("orphans a repeated quote whose best-surrounded copy is far away while a copy with one intact side is where it was expected", () => {
    const start = nth(twoAbstracts, "no role", 1);
    const { quote, position } = selectors(twoAbstracts, start, "no role".length);
    // A short sentence goes in before the claim's copy (the second), and a word after it; the first copy, far before, keeps all its context.
    const results = nth(twoAbstracts, "Results:", 1);
    const revised =
      twoAbstracts.slice(0, results) + "Data are online. " + twoAbstracts.slice(results, start) + "no role at all" + twoAbstracts.slice(start + "no role".length);
    const outcome = anchorOutcome(revised, quote, position);
    expect(outcome).toMatchObject({ placed: null, reason: "ambiguous" });
    expect(outcome.suggestions.map((s) => s.start)).toContain(start + "Data are online. ".length);
  });

  it("places a unique quote found far away with its whole context", () => {
    const text = journal.replace("Systolic pressure fell by 4 mmHg.", "Systolic pressure fell by 4 mmHg in the nitrate phase.");
    const exact = "fell by 4 mmHg in the nitrate phase";
    const start = text.indexOf(exact);
    const { quote, position } = selectors(text, start, exact.length);
    const paragraphs = text.split("\n\n");
    const revised = [...paragraphs.slice(3), ...paragraphs.slice(0, 3)].join("\n\n");
    expect(anchorOutcome(revised, quote, position).placed).toMatchObject({ start: revised.indexOf(exact) });
  });
});

describe("a quote cut from where it was expected", () => {
  const text = [
    "Opening remarks about the council meeting and its long agenda.",
    "Related: How other coastal towns are paying for flood defences. The vote was close.",
    "Middle paragraph with the details of the plan and the costs involved.",
    "Related: How other coastal towns are paying for flood defences. The vote was close.",
    "Middle of nowhere: the article ends here.",
  ].join("\n\n");
  const sentence = "Related: How other coastal towns are paying for flood defences.";

  it("is orphaned rather than put on a copy elsewhere that keeps only one side of its context", () => {
    const start = nth(text, sentence, 0);
    const { quote, position } = selectors(text, start, sentence.length);
    const revised = text.slice(0, start) + text.slice(start + sentence.length + 1);
    expect(anchorOutcome(revised, quote, position).placed).toBeNull();
  });

  it("is still placed where it stands when a copy elsewhere lost its sentence", () => {
    const start = nth(text, sentence, 0);
    const { quote, position } = selectors(text, start, sentence.length);
    const second = nth(text, sentence, 1);
    const revised = text.slice(0, second) + text.slice(second + sentence.length + 1);
    expect(anchorOutcome(revised, quote, position).placed).toMatchObject({ start, end: start + sentence.length });
  });
});

describe("a whole paragraph that moved", () => {
  const thread = [
    "Thread: does magnesium help with sleep?",
    "posted by nightowl_77",
    "I have been taking it for a month and sleep better.",
    "posted by lazy_sunday",
    "No difference for me after six weeks.",
    "Replies are closed.",
  ].join("\n\n");
  const block = "posted by lazy_sunday";
  const start = thread.indexOf(block);
  const paragraphs = thread.split("\n\n");
  const revised = [paragraphs[3], ...paragraphs.slice(0, 3), ...paragraphs.slice(4)].join("\n\n");

  it("is placed when the old text shows it was unique and it is unique and whole in the new one", () => {
    const { quote, position } = selectors(thread, start, block.length);
    expect(anchorOutcome(revised, quote, position, { previousText: thread }).placed).toMatchObject({ start: 0, end: block.length });
  });

  it("is orphaned with only the old position (a copy of a deleted paragraph would look the same)", () => {
    const { quote, position } = selectors(thread, start, block.length);
    expect(anchorOutcome(revised, quote, position).placed).toBeNull();
  });

  it("is orphaned when the old text held it twice", () => {
    const twice = thread + "\n\n" + block;
    const { quote, position } = selectors(twice, start, block.length);
    const moved = [paragraphs[3], ...paragraphs.slice(0, 3), ...paragraphs.slice(4)].join("\n\n");
    expect(anchorOutcome(moved, quote, position, { previousText: twice }).placed).toBeNull();
  });
});

describe("a few words far from where they were expected", () => {
  const filler = Array.from({ length: 40 }, (_, i) => `Sentence ${i} says nothing in particular here.`).join(" ");

  it("are orphaned when one side of their context changed and other copies exist", () => {
    const title = "Reversing calcification and the miracle of vitamin K2";
    const text = `${title}\n\n${filler}\n\nThoughts on "Reversing calcification and the miracle of vitamin K2" are welcome.`;
    const start = text.indexOf("and the");
    const { quote, position } = selectors(text, start, "and the".length);
    // The title is rewritten; a copy of its words far below keeps the prefix but not the suffix.
    const revised = text.replace(title, "Calcification: the vitamin K2 story and the evidence");
    expect(anchorOutcome(revised, quote, position).placed).toBeNull();
  });

  it("are placed when they are the only copy, one side of their context intact and the other lightly edited", () => {
    const closing = "Closing remarks from the survey team: prices rose sharply in June across every region we surveyed.";
    const text = `Intro paragraph.\n\n${filler}\n\n${closing}`;
    const start = text.indexOf("rose sharply");
    const { quote, position } = selectors(text, start, "rose sharply".length);
    const revised = `${closing.replace("sharply in", "sharply again in")}\n\nIntro paragraph.\n\n${filler}`;
    const expected = revised.indexOf("rose sharply");
    expect(anchorOutcome(revised, quote, position).placed).toMatchObject({ start: expected, end: expected + "rose sharply".length });
  });
});

describe("an edited quote between its intact context", () => {
  const text = "Intro paragraph.\n\nreply · report\n\nposted by nightowl_77\n\nI have been taking magnesium for a month.";

  it("is orphaned when its words were replaced (a rewrite, not a typo)", () => {
    const start = text.indexOf("posted by nightowl_77");
    const { quote, position } = selectors(text, start, "posted by nightowl_77".length);
    const revised = text.replace("posted by nightowl_77", "Posted fell nightowl.");
    expect(anchorOutcome(revised, quote, position).placed).toBeNull();
  });

  it("is placed when its words are still there with a typo or two", () => {
    const sentence = "Flood risk is high at current sea levels, the report says.";
    const plain = `The report was published on Monday. ${sentence} Nobody disputes it.`;
    const start = plain.indexOf("current");
    const { quote, position } = selectors(plain, start, "current".length);
    const revised = plain.replace("current", "cerent");
    expect(anchorOutcome(revised, quote, position).placed).toMatchObject({ start, end: start + "cerent".length, method: "fuzzy" });
  });
});

describe("word boundaries", () => {
  it("never places a quote that was a whole word inside a longer word", () => {
    const text = "The cat sat on the mat while the dog slept in the hall.";
    const start = text.indexOf("cat");
    const { quote, position } = selectors(text, start, 3);
    const revised = "The concatenated list sat on the mat while the dog slept in the hall.";
    expect(anchorOutcome(revised, quote, position).placed).toBeNull();
  });

  it("takes the whole edited word rather than a part of it", () => {
    const text = "The cat sat on the mat while the dog slept in the hall.";
    const { quote, position } = selectors(text, text.indexOf("cat"), 3);
    const revised = text.replace("cat", "cats");
    expect(anchorOutcome(revised, quote, position).placed).toMatchObject({ start: 4, end: 8, method: "fuzzy" });
  });

  it("still places a quote that was itself part of a word", () => {
    const text = "Magnesium supplements are popular with older adults who sleep badly.";
    const start = text.indexOf("supplement");
    const { quote, position } = selectors(text, start, "supplement".length);
    const revised = "Some say magnesium supplements are popular with older adults who sleep badly.";
    const expected = revised.indexOf("supplement");
    expect(anchorOutcome(revised, quote, position).placed).toMatchObject({ start: expected, end: expected + "supplement".length });
  });
});
