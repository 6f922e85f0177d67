/** English function words that carry no topic: dropped before BM25 and overlap features. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all am an and any are aren as at be because been before being below between both but by " +
    "can cannot could couldn did didn do does doesn doing don down during each few for from further had hadn has hasn have haven " +
    "having he her here hers herself him himself his how i if in into is isn it its itself just let me more most mustn my myself " +
    "nor of off on once only or other ought our ours ourselves out over own same shan she should shouldn so some such than that " +
    "the their theirs them themselves then there these they this those through to too under until up very was wasn we were weren " +
    "what when where which while who whom why will with won would wouldn you your yours yourself yourselves s t re ve ll d m " +
    "also via amp rt us get got one just like say says said"
  ).split(" "),
);

/**
 * Words that turn a claim into its opposite. Kept apart from the stop words: "X causes cancer"
 * and "X does not cause cancer" share every content word.
 */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without",
  "cannot", "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "wont", "wouldnt", "cant", "couldnt", "shouldnt",
  "false", "fake", "hoax", "myth", "debunked", "untrue",
]);
