package dev.newsgrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Standard output that remembers why a write failed, so a full disk is reported while a reader that
 * went away ({@code newsgrep export | head}) is not.
 */
final class WatchedOutput extends OutputStream {
  private final OutputStream target;
  private volatile @Nullable IOException failure;

  WatchedOutput(OutputStream target) {
    this.target = target;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      target.write(b);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      target.write(bytes, offset, length);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      target.flush();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  boolean brokenPipe() {
    IOException e = failure;
    return e != null && e.getMessage() != null && e.getMessage().contains("Broken pipe");
  }
}
