package dev.newsgrep.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a whole file as bytes, or says in one line why it will not.
 *
 * <p>Only regular files are opened: opening a FIFO blocks until something writes to it, and a
 * device may never end, so those are refused from their attributes, before any {@code open}. Files
 * larger than the caller's limit are refused from their size, before any byte is read.
 */
final class FileBytes {

  /** Why a file was not read; the message is one short line. */
  static final class Unreadable extends Exception {
    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  private static final long MIB = 1024L * 1024;

  private FileBytes() {}

  /**
   * The bytes of {@code path} (symbolic links followed).
   *
   * @throws Unreadable when it is not a regular file, is over {@code maxBytes}, or reading fails
   */
  static byte[] read(Path path, long maxBytes) throws Unreadable {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new Unreadable("unreadable: is a folder");
      }
      if (!attributes.isRegularFile()) {
        throw new Unreadable(notRegular(path));
      }
      if (attributes.size() > maxBytes) {
        throw tooLarge(attributes.size(), maxBytes);
      }
      byte[] bytes = Files.readAllBytes(path);
      if (bytes.length > maxBytes) {
        throw tooLarge(bytes.length, maxBytes);
      }
      return bytes;
    } catch (IOException | RuntimeException e) {
      throw new Unreadable(describeFailure(e));
    } catch (OutOfMemoryError e) {
      // One array of at most maxBytes failed to fit: nothing else is lost, the run goes on.
      throw new Unreadable("too large to read into memory");
    }
  }

  /** Why a path that exists is not a regular file, e.g. {@code not a regular file (FIFO)}. */
  static String notRegular(Path path) {
    String kind;
    try {
      // The file type bits of st_mode; Linux and the BSDs offer the "unix" attribute view.
      int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
      kind =
          switch (type) {
            case 0010000 -> " (FIFO)";
            case 0020000 -> " (character device)";
            case 0060000 -> " (block device)";
            case 0140000 -> " (socket)";
            default -> "";
          };
    } catch (IOException | RuntimeException e) {
      kind = "";
    }
    return "not a regular file" + kind;
  }

  /** One line on why reading failed: {@code unreadable: permission denied}, say. */
  static String describeFailure(Exception e) {
    if (isLinkLoop(e)) {
      return "symbolic link loop";
    }
    return "unreadable: " + describe(e);
  }

  /** A short description of an I/O failure, e.g. {@code permission denied}. */
  static String describe(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String message =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    if (message.toLowerCase(Locale.ROOT).contains("is a directory")) {
      return "is a folder";
    }
    return oneLine(message);
  }

  /** Whether {@code e} is the operating system's "too many levels of symbolic links" (ELOOP). */
  static boolean isLinkLoop(Exception e) {
    return e instanceof FileSystemException fs
        && fs.getReason() != null
        && fs.getReason().toLowerCase(Locale.ROOT).contains("too many levels of symbolic links");
  }

  private static Unreadable tooLarge(long size, long maxBytes) {
    return new Unreadable(
        String.format(
            Locale.ROOT,
            "too large (%,d MiB; the limit is %,d MiB)",
            (size + MIB - 1) / MIB,
            maxBytes / MIB));
  }

  private static String oneLine(String message) {
    String line = message.lines().findFirst().orElse(message).strip();
    return line.isEmpty() ? "unknown error" : line;
  }
}
