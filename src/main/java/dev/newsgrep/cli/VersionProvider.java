package dev.newsgrep.cli;

import org.apache.lucene.util.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code newsgrep --version}: its own version and the Lucene and Java it runs on. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String own = NewsgrepCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "newsgrep " + (own == null ? "(development build)" : own),
      "Lucene " + Version.LATEST + ", Java " + Runtime.version()
    };
  }
}
