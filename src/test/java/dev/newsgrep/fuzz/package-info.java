/**
 * Fuzzing and seeded property tests: no input may make newsgrep throw anything but its own
 * documented errors.
 *
 * <h2>What runs where</h2>
 *
 * <ul>
 *   <li>The article reader ({@code TextDecoder.decode}, {@code ArticleFileReader.read} of a {@code
 *       .txt} and a {@code .jsonl} file): {@code ingest.ArticleReaderFuzzTest}, {@code
 *       ingest.ArticleReaderPropertyTest}.
 *   <li>Quote and speaker attribution, with and without its safety net: {@code
 *       attribution.AttributionFuzzTest}, {@code attribution.AttributionPropertyTest}.
 *   <li>Query parsing, and search and quote lookup on the seeds: {@code search.QueryFuzzTest},
 *       {@code search.QueryPropertyTest}.
 * </ul>
 *
 * <p>The promises checked are in {@link dev.newsgrep.fuzz.Invariants}; fuzz bytes become text
 * through {@link dev.newsgrep.fuzz.FuzzText}, and the property tests draw text from {@link
 * dev.newsgrep.fuzz.RandomNews}: BBC sentences from {@code ../shared/corpora/bbc} spliced with
 * quote marks, apostrophes, dashes, controls, surrogates and long runs. Inputs that once failed are
 * replayed by the {@code *FindingsTest} classes.
 *
 * <p>In a normal build ({@code mvn verify}) every {@code @FuzzTest} runs as a parameterized test
 * over its seed inputs, {@code src/test/resources/dev/newsgrep/<package>/<Class>Inputs/} (files
 * directly there serve every method of the class, a {@code <method>/} folder one method), plus the
 * empty input. The profile {@code fuzz-regression} in {@code pom.xml}, active unless {@code
 * JAZZER_FUZZ} is set, keeps Jazzer's bug-detector hooks off there, saving about 7 s.
 *
 * <h2>Fuzzing</h2>
 *
 * <p>One fuzz test per run, chosen with {@code -Dtest}; {@code -Djazzer.max_duration} overrides the
 * duration in its annotation:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -Dtest='AttributionFuzzTest#quotesLieInsideTheirParagraphsInOrder' -Djazzer.max_duration=5m
 * JAZZER_FUZZ=1 mvn -B test -Dtest='ArticleReaderFuzzTest#decodingGivesTextOrAReason' -Djazzer.max_duration=2m
 * JAZZER_FUZZ=1 mvn -B test -Dtest='ArticleReaderFuzzTest#plainTextFileIsReadOrSkipped'
 * JAZZER_FUZZ=1 mvn -B test -Dtest='ArticleReaderFuzzTest#jsonLinesFileIsReadOrSkipped'
 * JAZZER_FUZZ=1 mvn -B test -Dtest='QueryFuzzTest#parsingReturnsOrThrowsQuerySyntaxException'
 * JAZZER_FUZZ=1 mvn -B test -Dtest='QueryFuzzTest#searchAndQuoteKeepHighlightsInside'
 * </pre>
 *
 * <p>A failing input ({@code crash-…}, {@code timeout-…}) is written to the test's seed folder
 * {@code <Class>Inputs/<method>/}, where every later build replays it; move it into a {@code
 * *FindingsTest}. The corpus Jazzer grows goes to {@code .cifuzz-corpus/} in the project folder,
 * where the next run picks it up; it is not to be committed. To catch hangs, add {@code
 * -Djunit.jupiter.execution.timeout.testtemplate.method.default=30s}: an input running longer than
 * 30 s becomes a finding, but JUnit also times the whole run against it, so a run with no finding
 * then fails with a {@code TimeoutException} at its end, which means nothing.
 *
 * <h2>Record</h2>
 *
 * <p>2026-11-21, Jazzer 0.30.0 on Temurin JDK 25, the project's 2-core machine, by the commands
 * above (a few runs also with the 30 s hang timeout). Durations are libFuzzer's own, without the
 * 10-15 s of Maven and JVM start per run:
 *
 * <ul>
 *   <li>Article reader, 323 s: {@code decodingGivesTextOrAReason} 101 s, 3,191,608 runs; {@code
 *       plainTextFileIsReadOrSkipped} 101 s, 44,781 runs (file writes dominate); {@code
 *       jsonLinesFileIsReadOrSkipped} 121 s, 142,347 runs. Nothing found.
 *   <li>Attribution, 331 s: {@code quotesLieInsideTheirParagraphsInOrder}, 78,351 runs (both {@code
 *       attribute} and {@code attributeOrThrow}). Nothing found.
 *   <li>Queries, 534 s: {@code parsingReturnsOrThrowsQuerySyntaxException} about 110 s and 446,000
 *       runs until a 30 s hang, then 121 s and 366,741 runs with that hang skipped; {@code
 *       searchAndQuoteKeepHighlightsInside} about 82 s and 155,000 runs until the same hang, then
 *       221 s and 247,069 runs with it skipped. Found: finding 2 of {@code
 *       search.QueryFindingsTest}, a regular expression with a run of repetition marks hangs the
 *       parser (both runs). The seeded {@code QueryPropertyTest}, while it still looked up phrases
 *       of hundreds of words (now left out: they take 5-7 s each), found finding 1: a quote lookup
 *       of 1,024 words or more throws {@code IndexSearcher.TooManyClauses}.
 * </ul>
 */
package dev.newsgrep.fuzz;
