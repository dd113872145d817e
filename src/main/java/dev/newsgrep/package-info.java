/**
 * newsgrep's public API: open an index with {@link dev.newsgrep.NewsIndex}, add {@link
 * dev.newsgrep.Article}s, and search it for ranked, highlighted {@link dev.newsgrep.Hit}s.
 */
@NullMarked
package dev.newsgrep;

import org.jspecify.annotations.NullMarked;
