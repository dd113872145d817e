package dev.newsgrep.index;

/**
 * Where an indexed article came from.
 *
 * @param root the folder (or file) named to the indexing run, absolute
 * @param file the article's own file, absolute
 */
public record Origin(String root, String file) {}
