/*
 * The weights of the site's search (html_search_scorer).
 *
 * Sphinx's own weights, and one more rule: a page or a section whose title holds the words
 * of the query comes before a page that only mentions them. Each word of the query found at
 * the start of a word of the result's title (so "certificate" finds "Certificates") adds
 * `titleWord`. Names of the API (objects) keep Sphinx's score: a query of prose words finds
 * the page that explains them before a class that happens to carry one of them.
 */
var Scorer = {
  // query matches the full name of an object
  objNameMatch: 11,
  // or matches in the last dotted part of the object name
  objPartialMatch: 6,
  // Additive scores depending on the priority of the object
  objPrio: {
    0: 15,
    1: 5,
    2: -5,
  },
  objPrioDefault: 0,
  // query found in title
  title: 15,
  partialTitle: 7,
  // query found in terms
  term: 5,
  partialTerm: 2,
  // each word of the query at the start of a word of a page's or section's title
  titleWord: 5,

  words: (text) =>
    (text || "")
      .normalize("NFC")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1),

  score: (result) => {
    const [docname, title, anchor, descr, score, filename, kind] = result;
    if (kind === "object") return score;
    const query = new URLSearchParams(window.location.search).get("q");
    const heading = Scorer.words(title);
    const found = Scorer.words(query).filter((word) =>
      heading.some((part) => part.startsWith(word)),
    );
    return score + Scorer.titleWord * found.length;
  },
};
