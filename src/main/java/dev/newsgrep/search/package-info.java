/** newsgrep internals: search. Not part of the public API. */
@NullMarked
package dev.newsgrep.search;

import org.jspecify.annotations.NullMarked;
