/** newsgrep internals: attribution. Not part of the public API. */
@NullMarked
package dev.newsgrep.attribution;

import org.jspecify.annotations.NullMarked;
