package dev.newsgrep;

import java.nio.file.Path;

/**
 * An indexing run replaced an article that another file had given the same id.
 *
 * @param article the id
 * @param previousFile the file the replaced article came from
 * @param file the file that replaced it
 */
public record Replacement(String article, Path previousFile, Path file) {}
