package dev.newsgrep.bench;

/** A Java "hello world": the floor of any Java command's start-to-answer time. */
public final class HelloWorld {
  private HelloWorld() {}

  /** Prints a line. */
  public static void main(String[] args) {
    System.out.println("hello world");
  }
}
