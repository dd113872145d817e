/** newsgrep internals: index. Not part of the public API. */
@NullMarked
package dev.newsgrep.index;

import org.jspecify.annotations.NullMarked;
