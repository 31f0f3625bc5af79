package dev.corroborate.cli;

import dev.corroborate.index.Progress;
import java.io.PrintWriter;

/**
 * Progress on stderr: a line redrawn in place on a terminal; on a pipe, a line every 10 % of long
 * work only, so logs stay short. Short work (under 20 items) shows nothing.
 */
final class StderrProgress implements Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private String lastStage = "";
  private int lastDecile = -1;

  StderrProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void update(String stage, int done, int total) {
    if (total < 20) {
      return;
    }
    if (!stage.equals(lastStage)) {
      lastStage = stage;
      lastDecile = -1;
    }
    if (terminal) {
      err.print("\r" + stage + " " + done + "/" + total + (done == total ? "\n" : ""));
      err.flush();
      return;
    }
    int decile = done * 10 / total;
    if (decile != lastDecile) {
      lastDecile = decile;
      err.println(stage + " " + done + "/" + total);
      err.flush();
    }
  }
}
