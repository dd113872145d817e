package dev.newsgrep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts over a whole index.
 *
 * @param articles how many articles
 * @param paragraphs how many paragraphs, headlines (paragraph 0) included
 * @param outlets paragraph count per outlet name, largest first
 * @param speakers paragraph count per speaker's full name, largest first
 */
public record IndexStats(
    long articles, long paragraphs, Map<String, Long> outlets, Map<String, Long> speakers) {
  /** Copies the maps, keeping their order. */
  public IndexStats {
    outlets = Collections.unmodifiableMap(new LinkedHashMap<>(outlets));
    speakers = Collections.unmodifiableMap(new LinkedHashMap<>(speakers));
  }
}
