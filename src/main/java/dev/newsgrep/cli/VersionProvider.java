package dev.newsgrep.cli;

import org.apache.lucene.util.Version;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code newsgrep --version}: its own version, and the Lucene and Java it runs on (with the Java's
 * home, as the launcher picks one of possibly several installed).
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String own = NewsgrepCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "newsgrep " + (own == null ? "(development build)" : own),
      "Lucene " + Version.LATEST + ", Java " + Runtime.version(),
      "Java home: " + System.getProperty("java.home")
    };
  }
}
