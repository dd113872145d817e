package dev.newsgrep.attribution;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsgrep.fuzz.FuzzText;
import dev.newsgrep.fuzz.Invariants;
import java.util.List;

/**
 * Fuzzes quote and speaker attribution. The input is an article's paragraphs separated by blank
 * lines ({@link FuzzText}); both the public {@link SpeakerAttributor#attribute} and {@link
 * SpeakerAttributor#attributeOrThrow}, which has no safety net to hide a defect, must return one
 * attribution per paragraph whose quotes lie inside the paragraph, in order and not overlapping.
 * Seeds: {@code src/test/resources/dev/newsgrep/attribution/AttributionFuzzTestInputs/}.
 */
class AttributionFuzzTest {
  private static final SpeakerAttributor ATTRIBUTOR = SpeakerAttributor.loadDefault();

  // No line breaks in dictionary entries: Jazzer writes them to libFuzzer's dictionary unescaped.
  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({
    "\"",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "'",
    "\u2014",
    " said ",
    " said: ",
    ", he said.",
    " told ",
    " according to ",
    " added",
    "Mr ",
    "Ms ",
    "Sen. ",
    "President ",
    "Jane Miller",
    "Miller",
    " she ",
    " the senator ",
    " tweeted",
    "It's",
    "NBC's ",
    "@"
  })
  void quotesLieInsideTheirParagraphsInOrder(byte[] bytes) {
    List<String> paragraphs = FuzzText.paragraphs(bytes);
    Invariants.checkAttribution(paragraphs, ATTRIBUTOR.attributeOrThrow(paragraphs));
    Invariants.checkAttribution(paragraphs, ATTRIBUTOR.attribute(paragraphs));
  }
}
