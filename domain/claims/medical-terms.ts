/**
 * Words that mark a sentence as medical or scientific. Whole words (or word stems, matched
 * at a word start) plus suffixes; lower-case.
 */
export const MEDICAL_WORDS = [
  "absorption", "alzheimer", "aorta", "arteries", "artery", "arterial", "arthritis", "bacteria", "blood", "bloodstream",
  "bone", "bones", "calcium", "calcification", "calcified", "cancer", "cardiovascular", "cartilage", "cell", "cells",
  "cholesterol", "chondrocytes", "circulation", "deficiency", "deficient", "dementia", "diabetes", "diet", "disease",
  "disorder", "disorders", "dose", "doses", "enzyme", "enzymes", "fat-soluble", "gene", "genes", "glucose", "gut",
  "heart", "hormone", "hormones", "immune", "inflammatory", "inflammation", "insulin", "intestines", "joints",
  "kidney", "kidneys", "liver", "metabolism", "mice", "micronutrient", "mineral", "minerals", "mrna", "mutation",
  "mutations", "nutrient", "nutrients", "organ", "organs", "plaque", "plaques", "platelets", "protein", "proteins",
  "rickets", "serum", "skeletal", "stroke", "strokes", "supplement", "supplements", "syndrome", "tissue", "tissues",
  "triglyceride", "urine", "vascular", "vertebrae", "vitamin", "vitamins",
] as const;

/** Suffixes of disease, cell, enzyme and compound names: arthritis, osteoporosis, osteocytes, carboxylase... */
export const MEDICAL_SUFFIXES = ["itis", "osis", "emia", "aemia", "cyte", "cytes", "blast", "blasts", "ase", "quinone", "quinones", "ocalcin"] as const;

/** Compound and nutrient names written with digits: K2, MK-7, D3, B12. */
export const MEDICAL_CODE_PATTERN = /\b(?:MK-\d{1,2}|[ABDEK]\d{1,2})\b/g;

/** Suffix matches that are ordinary words, not enzymes or cells. */
export const MEDICAL_SUFFIX_EXCEPTIONS = new Set([
  "base", "case", "ease", "phase", "purchase", "release", "increase", "decrease", "please", "phrase", "database",
  "cease", "lease", "tease", "showcase", "erase", "vase", "chase", "suitcase", "staircase", "crease",
]);
