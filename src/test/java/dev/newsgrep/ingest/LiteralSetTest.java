package dev.newsgrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralSetTest {

  private static final LiteralSet SET =
      new LiteralSet(List.of("BBC", "BBC News", "AP", "Le Monde", "Éire", "BBC", "", "@"));

  private static BitSet ids(String... literals) {
    var ids = new BitSet();
    for (String literal : literals) {
      ids.set(SET.id(literal));
    }
    return ids;
  }

  @Test
  void findsEveryLiteralThatOccursOverlappingOrNot() {
    assertEquals(ids("BBC", "BBC News"), SET.foundIn("Read BBC News today"));
    assertEquals(ids("BBC", "AP"), SET.foundIn("BBC and AP"));
    assertEquals(ids("Éire", "Le Monde"), SET.foundIn("Éire, says Le Monde"));
  }

  @Test
  void findsOneCharacterLiterals() {
    assertEquals(ids("@", "AP"), SET.foundIn("tips@AP"));
    assertEquals(ids("@"), SET.foundIn("@"));
  }

  @Test
  void isCaseSensitive() {
    assertEquals(new BitSet(), SET.foundIn("bbc news and ap"));
  }

  @Test
  void findsLiteralsAtTheEdgesOfTheText() {
    assertEquals(ids("AP"), SET.foundIn("AP"));
    assertEquals(ids("BBC", "AP"), SET.foundIn("BBC...AP"));
  }

  @Test
  void unknownLiteralHasNoId() {
    assertThrows(IllegalArgumentException.class, () -> SET.id("CNN"));
  }
}
