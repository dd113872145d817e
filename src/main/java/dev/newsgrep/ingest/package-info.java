/** newsgrep internals: ingest. Not part of the public API. */
@NullMarked
package dev.newsgrep.ingest;

import org.jspecify.annotations.NullMarked;
