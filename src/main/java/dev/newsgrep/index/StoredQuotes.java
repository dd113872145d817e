package dev.newsgrep.index;

import dev.newsgrep.Quote;
import java.util.Optional;

/**
 * How a quote's span and speaker are stored: {@code start TAB end TAB speaker}, speaker optional.
 */
final class StoredQuotes {
  private StoredQuotes() {}

  static String encode(int start, int end, Optional<String> speaker) {
    return start + "\t" + end + "\t" + speaker.orElse("");
  }

  static Quote decode(String stored) {
    String[] parts = stored.split("\t", 3);
    String speaker = parts.length > 2 ? parts[2] : "";
    return new Quote(
        Integer.parseInt(parts[0]),
        Integer.parseInt(parts[1]),
        speaker.isEmpty() ? Optional.empty() : Optional.of(speaker));
  }
}
