/**
 * The demo review of "Reversing calcification and the miracle of vitamin K2", written from the
 * checked references in prisma/fixtures/vitamin-k2/references.md. Findings are quoted as
 * checked there; figures the references leave unconfirmed are not printed as the papers'.
 */
import type { Stance, StudyDesign, Verdict } from "../domain/ratings/scale";
import type { SourceFixture } from "./factories";

export const DEMO_SLUG = "reversing-calcification-vitamin-k2";

/**
 * Who wrote the reviewed article, where and when it appeared. Each from a stored copy of the
 * site's pages (the `search` tool's "pages" corpus, 2026-12-03):
 * - sourceUrl: the post's address, https://healthfully.net/2018/03/17/reversing-calcification-and-the-miracle-of-vitamin-k2/
 *   (its stored copy is the text of fixtures/vitamin-k2/source.txt);
 * - publishedAt: 17 March 2018, the date in that address (the stored copy prints no other);
 * - author: "Guillaume", the byline as the site presents it: healthfully.net is one author's
 *   blog (its page https://healthfully.net/about-the-author/ is about "the author of this blog"
 *   and, in the stored copy, gives no name), whose readers address him as Guillaume
 *   (https://healthfully.net/testimonial/bostjan/: "Dear Guillaume, ... following your blog";
 *   the post's own comments thank "Guillaume" for his advice). No surname is given because
 *   none of the stored pages states one.
 */
export const DEMO_ARTICLE_ORIGIN = {
  author: "Guillaume",
  sourceUrl: "https://healthfully.net/2018/03/17/reversing-calcification-and-the-miracle-of-vitamin-k2/",
  publishedAt: new Date("2018-03-17T00:00:00.000Z"),
};

export const DEMO_SUMMARY =
  "The article's central claim, that vitamin K2 is the only substance that can stop and reverse soft tissue calcification, is contradicted by randomized trials and systematic reviews: supplementation did not reverse or consistently slow calcification in people. The mouse studies it cites are reported accurately, but they show what the proteins do in animals, not what supplements do in humans. Its health statistics are overstated, and the reader comments give medical advice that the evidence does not back.";

type Ref = SourceFixture & { id: string };

/** Reference numbers follow references.md. */
export const DEMO_SOURCES: Record<string, Ref> = {
  r1: { id: "demo-source-01", title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein", authors: ["Luo G", "Ducy P", "McKee MD"], container: "Nature", year: 1997, volume: "386", issue: "6620", page: "78-81", doi: "10.1038/386078a0", pmid: "9052783" },
  r2: { id: "demo-source-02", title: "Increased bone formation in osteocalcin-deficient mice", authors: ["Ducy P"], container: "Nature", year: 1996, volume: "382", issue: "6590", page: "448-452", doi: "10.1038/382448a0", pmid: "8684484" },
  r2b: { id: "demo-source-02b", title: "Osteocalcin is necessary for the alignment of apatite crystallites, but not glucose metabolism, testosterone synthesis, or muscle mass", authors: ["Moriishi T"], container: "PLoS Genetics", year: 2020, doi: "10.1371/journal.pgen.1008586" },
  r3: { id: "demo-source-03", title: "Endocrine regulation of energy metabolism by the skeleton", authors: ["Lee NK", "Sowa H", "Hinoi E"], container: "Cell", year: 2007, volume: "130", issue: "3", page: "456-469", doi: "10.1016/j.cell.2007.05.047", pmid: "17693256" },
  r4: { id: "demo-source-04", title: "Vitamin K-containing dietary supplements: comparison of synthetic vitamin K1 and natto-derived menaquinone-7", authors: ["Schurgers LJ"], container: "Blood", year: 2007, volume: "109", issue: "8", page: "3279-3283", doi: "10.1182/blood-2006-08-040709" },
  r7: { id: "demo-source-07", title: "The effect of menaquinone-7 supplementation on vascular calcification in patients with diabetes: a randomized, double-blind, placebo-controlled trial", authors: ["Zwakenberg SR"], container: "The American Journal of Clinical Nutrition", year: 2019, volume: "110", issue: "4", page: "883-890", doi: "10.1093/ajcn/nqz147", pmid: "31387121" },
  r8: { id: "demo-source-08", title: "Vitamin K2 and D in patients with aortic valve calcification: a randomized double-blinded clinical trial", authors: ["Diederichsen ACP"], container: "Circulation", year: 2022, volume: "145", issue: "18", page: "1387-1397", doi: "10.1161/CIRCULATIONAHA.121.057008", pmid: "35465686" },
  r10: { id: "demo-source-10", title: "Mutations in the gene encoding the human matrix Gla protein cause Keutel syndrome", authors: ["Munroe PB", "Olgunturk RO", "Fryns JP"], container: "Nature Genetics", year: 1999, volume: "21", issue: "1", page: "142-144", doi: "10.1038/5102", pmid: "9916809" },
  r11: { id: "demo-source-11", title: "Cardiovascular disease in Europe: epidemiological update 2016", authors: ["Townsend N", "Wilson L", "Bhatnagar P", "Wickramasinghe K", "Rayner M", "Nichols M"], container: "European Heart Journal", year: 2016, volume: "37", issue: "42", page: "3232-3245", doi: "10.1093/eurheartj/ehw334" },
  r12: { id: "demo-source-12", title: "Cardiovascular diseases (CVDs): fact sheet", authors: ["World Health Organization"], container: "World Health Organization", year: 2021, type: "webpage", url: "https://www.who.int/news-room/fact-sheets/detail/cardiovascular-diseases-(cvds)" },
  r13: { id: "demo-source-13", title: "Global, regional, and national burden of osteoarthritis, 1990-2020 and projections to 2050: a systematic analysis for the Global Burden of Disease Study 2021", authors: ["GBD 2021 Osteoarthritis Collaborators"], container: "The Lancet Rheumatology", year: 2023, volume: "5", issue: "9", page: "e508-e522", doi: "10.1016/S2665-9913(23)00163-7" },
  r14: { id: "demo-source-14", title: "Prevalence of kidney stones in the United States", authors: ["Scales CD Jr", "Smith AC", "Hanley JM", "Saigal CS"], container: "European Urology", year: 2012, volume: "62", issue: "1", page: "160-165", doi: "10.1016/j.eururo.2012.03.052", pmid: "22498635" },
  r15: { id: "demo-source-15", title: "Conversion of phylloquinone (vitamin K1) into menaquinone-4 (vitamin K2) in mice: two possible routes for menaquinone-4 accumulation in cerebra of mice", authors: ["Okano T", "Shimomura Y", "Yamane M"], container: "Journal of Biological Chemistry", year: 2008, volume: "283", issue: "17", page: "11270-11279", doi: "10.1074/jbc.M702971200", pmid: "18083713" },
  r16: { id: "demo-source-16", title: "Identification of UBIAD1 as a novel human menaquinone-4 biosynthetic enzyme", authors: ["Nakagawa K"], container: "Nature", year: 2010, volume: "468", issue: "7320", page: "117-121", doi: "10.1038/nature09464", pmid: "20953171" },
  r17: { id: "demo-source-17", title: "Vitamin K status and vascular calcification: evidence from observational and clinical studies", authors: ["Shea MK", "Holden RM"], container: "Advances in Nutrition", year: 2012, volume: "3", issue: "2", page: "158-165", doi: "10.3945/an.111.001644", pmid: "22516723" },
  r19: { id: "demo-source-19", title: "Serum-derived protein S binds to phosphatidylserine and stimulates the phagocytosis of apoptotic cells", authors: ["Anderson HA", "Maylock CA", "Williams JA"], container: "Nature Immunology", year: 2003, volume: "4", issue: "1", page: "87-91", doi: "10.1038/ni871", pmid: "12447359" },
  r20: { id: "demo-source-20", title: "On the Trail of the Elusive X-Factor: A Sixty-Two-Year-Old Mystery Finally Solved", authors: ["Masterjohn C"], container: "Wise Traditions", year: 2007, volume: "8", issue: "1", page: "14-32" },
  r21: { id: "demo-source-21", title: "Vitamin K supplementation and vascular calcification: a systematic review and meta-analysis of randomized controlled trials", authors: ["Li T", "Wang Y", "Tu WP"], container: "Frontiers in Nutrition", year: 2023, volume: "10", page: "1115069", doi: "10.3389/fnut.2023.1115069", pmid: "37252246" },
  r22: { id: "demo-source-22", title: "Vitamin K supplementation for the prevention of cardiovascular disease: where is the evidence? A systematic review of controlled trials", authors: ["Vlasschaert C"], container: "Nutrients", year: 2020, volume: "12", issue: "10", page: "2909", doi: "10.3390/nu12102909", pmid: "32977548" },
};

export interface DemoEvidence {
  source: keyof typeof DEMO_SOURCES;
  stance: Stance;
  studyDesign: StudyDesign;
  finding: string;
  note?: string;
}

export interface DemoClaim {
  id: string;
  quote: string;
  /** Find the quote after this text (for quotes that occur more than once). */
  after?: string;
  restatement: string;
  verdict: Verdict;
  tags: string[];
  rationale: string;
  evidence: DemoEvidence[];
  /** A second reviewer's differing rating, to show a disagreement the editor resolved. */
  editorRating?: { verdict: Verdict; confidence: number; rationale: string };
}

export const DEMO_CLAIMS: DemoClaim[] = [
  {
    id: "demo-claim-01",
    quote: "Vitamin K2 is the only known substance that can stop and reverse soft tissue calcification.",
    restatement: "Vitamin K2 is the only known substance that can stop and reverse soft tissue calcification.",
    verdict: "contradicted",
    tags: ["absolute", "causal", "medical"],
    rationale:
      "Randomized trials of vitamin K2 (MK-7) found **no reversal** and no clear slowing of calcification: not of coronary calcification in diabetes, nor of aortic valve calcification. A 2023 meta-analysis found at most a slight slowing of coronary calcium progression, and a 2020 systematic review found no consistent effect. Nothing shows K2 is the *only* such substance.",
    evidence: [
      { source: "r7", stance: "contradicts", studyDesign: "randomized_trial", finding: "68 patients with type 2 diabetes and CVD, 360 µg/d MK-7 vs placebo, 6 months: CT calcification mass did not differ (P=0.18); active calcification on PET tended to increase with MK-7 (P=0.06)." },
      { source: "r8", stance: "contradicts", studyDesign: "randomized_trial", finding: "365 men, 720 µg MK-7 + 25 µg vitamin D vs placebo, 24 months: valve calcification rose 275 vs 292 AU, difference -17 (-86 to 53), P=0.64: no slowing." },
      { source: "r21", stance: "partially_supports", studyDesign: "systematic_review", finding: "14 RCTs, 1,533 patients: coronary calcium progression slightly slower with vitamin K (MD -17.37, -34.18 to -0.56, p=0.04); authors call for more rigorous trials.", note: "A slight slowing is not stopping or reversing." },
      { source: "r22", stance: "contradicts", studyDesign: "systematic_review", finding: "Nine RCTs: vitamin K does not consistently prevent progression of vascular calcification or stiffness." },
    ],
  },
  {
    id: "demo-claim-02",
    quote: "accounts for nearly half of all deaths in industrialised countries",
    restatement: "Cardiovascular disease accounts for nearly half of all deaths in industrialised countries.",
    verdict: "mostly_supported",
    tags: ["quantitative", "medical"],
    rationale: "Close for Europe (45% of all deaths in the 53 WHO European member states), but worldwide the share is about a third (32% in 2019). \"Nearly half\" holds for some industrialised regions, not all.",
    evidence: [
      { source: "r11", stance: "supports", studyDesign: "statistics", finding: "Over four million deaths a year in Europe (53 WHO member states): 45% of all deaths." },
      { source: "r12", stance: "partially_supports", studyDesign: "statistics", finding: "17.9 million CVD deaths in 2019, 32% of global deaths." },
    ],
  },
  {
    id: "demo-claim-03",
    quote: "Arthritis, of which basically everyone past the age of 40 suffers",
    restatement: "Basically everyone over 40 suffers from arthritis.",
    verdict: "contradicted",
    tags: ["absolute", "quantitative", "medical"],
    rationale: "Osteoarthritis, the commonest form, affected 595 million people in 2020: 7.6% of the world's population. Common in older age, but far from \"basically everyone past 40\".",
    evidence: [{ source: "r13", stance: "contradicts", studyDesign: "statistics", finding: "595 million people had osteoarthritis in 2020, 7.6% of the world population." }],
  },
  {
    id: "demo-claim-04",
    quote: "produced from vitamin K1 by certain kinds of bacteria in their gut",
    restatement: "Vitamin K2 in grazing animals is produced from vitamin K1 by bacteria in their gut.",
    verdict: "mixed",
    tags: ["causal"],
    rationale: "Bacteria do make longer menaquinones, but MK-4, the form in animal tissue, is made from K1 in the animal's own tissues: labelled K1 became MK-4 in mice, and the human enzyme UBIAD1 makes MK-4.",
    evidence: [
      { source: "r15", stance: "contradicts", studyDesign: "animal", finding: "Labelled K1 became MK-4 in mouse tissue after oral or enteral dosing: MK-4 is made from K1 in the animal's own tissues, not only by gut bacteria." },
      { source: "r16", stance: "background", studyDesign: "in_vitro", finding: "The human enzyme UBIAD1 makes MK-4 from vitamin K derivatives." },
    ],
  },
  {
    id: "demo-claim-05",
    quote: "MK-7 remains in circulation between 24 and 48 hours",
    restatement: "MK-7 stays in the blood for 24 to 48 hours after intake.",
    verdict: "mostly_supported",
    tags: ["quantitative", "medical"],
    rationale: "The pharmacokinetic trial confirms that MK-7 stays in circulation far longer than K1 and accumulates with daily intake. It does not confirm the 24 to 48 hour window itself.",
    evidence: [{ source: "r4", stance: "partially_supports", studyDesign: "randomized_trial", finding: "K1 and MK-7 both peak in serum about 4 h after intake; MK-7 has a \"very long half-life\" and accumulates 7-8-fold during prolonged intake.", note: "Exact half-life hours unconfirmed from the paper itself." }],
    editorRating: { verdict: "unsupported", confidence: 2, rationale: "The source does not give the hours." },
  },
  {
    id: "demo-claim-06",
    quote: "MGP-deficient mice develop calcification in extraskeletal sites such as in the aorta",
    restatement: "Mice lacking matrix Gla protein develop calcification outside the skeleton, such as in the aorta.",
    verdict: "supported",
    tags: ["cited", "medical"],
    rationale: "Reported accurately from Luo et al. (1997).",
    evidence: [{ source: "r1", stance: "supports", studyDesign: "animal", finding: "MGP-null mice reach birth but die within two months from arterial calcification leading to blood-vessel rupture." }],
  },
  {
    id: "demo-claim-07",
    quote: "Osteocalcin-deficient mice are reported to have increased bone mineral density compared with normal",
    restatement: "Mice lacking osteocalcin have higher bone mineral density than normal mice.",
    verdict: "mixed",
    tags: ["cited", "comparative", "medical"],
    rationale: "The 1996 study reported higher bone mass, but independently made knockouts did not reproduce it (Moriishi et al., 2020).",
    evidence: [
      { source: "r2", stance: "supports", studyDesign: "animal", finding: "Osteocalcin-deficient mice have higher bone mass (more bone formation, resorption unchanged)." },
      { source: "r2b", stance: "contradicts", studyDesign: "animal", finding: "Not reproduced in independently made osteocalcin knockouts." },
    ],
    editorRating: { verdict: "mostly_supported", confidence: 3, rationale: "The sentence says \"are reported to\", which is true." },
  },
  {
    id: "demo-claim-08",
    quote: "osteocalcin also acts as a hormone that influences energy metabolism by regulating insulin secretion, beta-cell proliferation, and serum triglyceride",
    restatement: "Osteocalcin acts as a hormone that regulates insulin secretion, beta-cell proliferation and serum triglycerides.",
    verdict: "mostly_supported",
    tags: ["cited", "causal", "medical"],
    rationale: "Shown in mice (Lee et al., 2007); the text says \"suggested\", which is fair, but the human evidence is not shown.",
    evidence: [{ source: "r3", stance: "supports", studyDesign: "animal", finding: "Osteocalcin-deficient mice show less beta-cell proliferation, glucose intolerance and insulin resistance." }],
  },
  {
    id: "demo-claim-09",
    quote: "mutations in MGP have been also been associated with excessive cartilage calcification (Keutel syndrome, OMIM 245150)",
    restatement: "Mutations in the MGP gene cause excessive cartilage calcification in humans (Keutel syndrome).",
    verdict: "supported",
    tags: ["cited", "medical"],
    rationale: "Munroe et al. (1999) identified MGP mutations as the cause of Keutel syndrome.",
    evidence: [{ source: "r10", stance: "supports", studyDesign: "case_series", finding: "MGP mutations cause Keutel syndrome (abnormal cartilage calcification)." }],
  },
  {
    id: "demo-claim-10",
    quote: "vitamin K2 activates protein S which oversees and helps the immune system clear out the stuff of arterial plaques",
    restatement: "Through protein S, vitamin K2 helps the immune system clear arterial plaque.",
    verdict: "unsupported",
    tags: ["causal", "medical"],
    rationale: "Protein S helps macrophages engulf dying cells in the laboratory. No cited evidence shows that K2 clears arterial plaque in people.",
    evidence: [{ source: "r19", stance: "inconclusive", studyDesign: "in_vitro", finding: "Protein S helps macrophages engulf apoptotic cells; says nothing about arterial plaque clearance in humans." }],
  },
  {
    id: "demo-claim-11",
    quote: "it was only 10 years ago that Chris Masterjohn solved the 60-year old mystery",
    restatement: "Chris Masterjohn showed that Weston Price's \"Activator X\" is vitamin K2.",
    verdict: "unsupported",
    tags: ["historical"],
    rationale: "The source is an advocacy article, not peer-reviewed, that argues the identification; it is a hypothesis, not a settled finding.",
    evidence: [{ source: "r20", stance: "background", studyDesign: "expert_opinion", finding: "Advocacy article (not peer-reviewed) arguing that Price's \"Activator X\" is vitamin K2." }],
  },
  {
    id: "demo-claim-12",
    quote: "More and more every year.",
    restatement: "Kidney stones in people in their 20s and 30s are becoming more common every year.",
    verdict: "unsupported",
    tags: ["quantitative", "medical"],
    rationale: "The US survey gives one prevalence figure (8.8%, about 1 in 11); it does not show a year-by-year rise among young adults.",
    evidence: [{ source: "r14", stance: "inconclusive", studyDesign: "cross_sectional", finding: "Kidney stone prevalence 8.8% (about 1 in 11) in the US (NHANES 2007-2010)." }],
  },
  {
    id: "demo-claim-13",
    quote: "Vitamin K2 removes calcium from soft tissues.",
    restatement: "Vitamin K2 removes calcium deposits from soft tissues.",
    verdict: "contradicted",
    tags: ["causal", "medical"],
    rationale: "Trials that measured calcification found no regression with K2; observational data are inconsistent.",
    evidence: [
      { source: "r7", stance: "contradicts", studyDesign: "randomized_trial", finding: "CT calcification mass did not differ between MK-7 and placebo after 6 months (P=0.18)." },
      { source: "r17", stance: "inconclusive", studyDesign: "systematic_review", finding: "Human data are inconsistent; in observational studies menaquinone but not phylloquinone intake is linked to less calcification.", note: "Narrative review." },
    ],
  },
  {
    id: "demo-claim-14",
    quote: "You definitely have to stop taking D and focus on taking only K2 for a while (6-12 months).",
    restatement: "Advice to a reader: stop vitamin D and take only K2 for 6 to 12 months.",
    verdict: "not_checkable",
    tags: ["advice", "medical"],
    rationale: "Medical advice to a reader, not a factual claim. For context: in the largest trial, K2 taken *with* vitamin D did not slow calcification. Readers should ask their doctor before stopping a prescribed supplement.",
    evidence: [
      { source: "r8", stance: "background", studyDesign: "randomized_trial", finding: "720 µg MK-7 + 25 µg vitamin D vs placebo, 24 months: no slowing of valve calcification (P=0.64)." },
      { source: "r22", stance: "background", studyDesign: "systematic_review", finding: "Nine RCTs: vitamin K does not consistently prevent progression of vascular calcification or stiffness." },
    ],
  },
];
