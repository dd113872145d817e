package dev.newsgrep;

import java.nio.file.Path;

/**
 * A file, or a line of one, that an indexing run passed over, and why.
 *
 * @param path the file
 * @param reason one line saying why, e.g. {@code empty file} or {@code line 7: malformed JSON}
 */
public record SkippedInput(Path path, String reason) {}
