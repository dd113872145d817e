package dev.newsgrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  private static List<String> steps(String reference, String variant) {
    return WordDiff.compare(reference, variant).stream()
        .map(s -> s.kind() + ":" + s.word().surface())
        .toList();
  }

  @Test
  void sameWordsDifferingOnlyInCaseQuotesAndCommasAreTheSame() {
    assertEquals(
        List.of("SAME:It’s", "SAME:not", "SAME:heard", "SAME:But"),
        steps("It's not heard, but", "It’s not heard But"));
  }

  @Test
  void expandedContractionShowsAsRemovedThenAdded() {
    assertEquals(
        List.of("SAME:idea", "REMOVED:I've", "ADDED:I", "ADDED:have", "SAME:ever"),
        steps("idea I've ever", "idea I have ever"));
  }

  @Test
  void hyphensAndDashesSeparateWordsAndAreNoDifference() {
    assertEquals(
        List.of("SAME:can’t", "SAME:but", "SAME:a"), steps("can't-but a", "can’t – but a"));
  }

  @Test
  void droppedWordIsRemoved() {
    assertEquals(
        List.of("SAME:we", "REMOVED:won't", "SAME:ever"), steps("we won't ever", "we ever"));
  }
}
