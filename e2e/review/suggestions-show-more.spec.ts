import { expect, test } from "../fixtures";
import { openNewArticle } from "./support/workspace";

/** Twenty check-worthy sentences on unrelated subjects, and two that only speculate. */
const PARAGRAPHS = [
  "Coffee exports from Brazil rose by 12 percent in 2019.",
  "The city of Lyon planted 40,000 trees between 2015 and 2020.",
  "A 2018 trial of 1,200 adults found that daily aspirin cut strokes by 8 percent.",
  "Norway sold more electric cars than petrol cars for the first time in 2021.",
  "Global sea levels have risen about 21 centimetres since 1880.",
  "Vitamin C supplements shorten colds by about one day in adults.",
  "The Eiffel Tower grows 15 centimetres taller in summer heat.",
  "Half of all antibiotics sold worldwide are given to farm animals.",
  "Wheat yields in India doubled between 1965 and 1985.",
  "Smoking causes nine out of ten lung cancers in the United States.",
  "The Amazon rainforest lost 11,000 square kilometres of forest in 2020.",
  "Japan's population fell by 644,000 people in 2020.",
  "Bottled water costs up to 2,000 times more than tap water.",
  "Measles cases in Europe tripled from 2017 to 2018.",
  "A cohort study of 90,000 nurses linked night shifts to a 20 percent higher risk of diabetes.",
  "Solar power prices fell by 89 percent over the last decade.",
  "Honeybee colonies in the United States declined by 45 percent in 2019.",
  "Lightning strikes the Earth about 100 times every second.",
  "Children who read daily score 30 percent higher on vocabulary tests.",
  "Repeat observations could allow astronomers to pin down the source of the radio bursts.",
  "Some experts think the new rules might perhaps make housing cheaper one day.",
  "Tokyo recorded 3,500 heatstroke cases in July 2018.",
];

test("suggested claims: the 15 most check-worthy first, named studies at the top, speculation left out, the rest on Show more", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await openNewArticle(page, await apiAs("reviewer"), PARAGRAPHS, "Show more");
  // One click: opening the panel asks for the suggestions.
  await page.getByRole("button", { name: "Suggest claims" }).click();
  const panel = page.locator(".suggestions-panel");
  await expect(panel.getByRole("heading", { name: "Suggested claims (20)" })).toBeVisible();
  const suggestions = panel.locator(".suggestion");
  await expect(suggestions).toHaveCount(15);
  await expect(suggestions.nth(0)).toContainText("A cohort study of 90,000 nurses");
  await expect(suggestions.nth(1)).toContainText("A 2018 trial of 1,200 adults");
  await expect(panel).not.toContainText("Repeat observations could allow");
  await expect(panel).not.toContainText("might perhaps make housing cheaper");

  await panel.getByRole("button", { name: "Show 5 more (of 5 left)" }).click();
  await expect(suggestions).toHaveCount(20);
  await expect(panel.getByRole("button", { name: /^Show \d+ more/ })).toHaveCount(0);
  await expect(suggestions.nth(19)).toContainText("The Eiffel Tower grows 15 centimetres");
  await expect(panel).not.toContainText("Repeat observations could allow");
});
