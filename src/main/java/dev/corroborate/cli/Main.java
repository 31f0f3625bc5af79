package dev.corroborate.cli;

import java.io.PrintWriter;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    int code = Cli.run(args, out, err, System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
