package dev.newsgrep.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl-C (SIGINT) or SIGTERM during a long command into a request to stop: the JVM's shutdown
 * waits, up to {@link #GRACE_SECONDS}, for the command to finish what it is doing, commit and say
 * how far it got, instead of dying mid-write.
 */
final class StopOnSignal implements AutoCloseable {
  /** The longest the JVM waits for the command once a signal came. */
  static final long GRACE_SECONDS = 60;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onSignal, "newsgrep-stop");

  StopOnSignal() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Whether a signal asked the command to stop. */
  boolean requested() {
    return requested.get();
  }

  private void onSignal() {
    requested.set(true);
    try {
      finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The command is done: a pending shutdown may go on; otherwise the hook is removed. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shutdownUnderWay) {
      // the signal came: the hook has seen the countdown and lets the JVM exit
    }
  }
}
