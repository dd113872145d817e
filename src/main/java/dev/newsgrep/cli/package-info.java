/** newsgrep internals: cli. Not part of the public API. */
@NullMarked
package dev.newsgrep.cli;

import org.jspecify.annotations.NullMarked;
