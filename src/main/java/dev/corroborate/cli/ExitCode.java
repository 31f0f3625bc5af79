package dev.corroborate.cli;

/** Process exit codes (see STYLE.md); listed in every command's --help. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int GATE_FAILED = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;
  public static final int INTERNAL = 4;


  private ExitCode() {}
}
