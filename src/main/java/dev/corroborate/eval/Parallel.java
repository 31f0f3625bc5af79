package dev.corroborate.eval;

import dev.corroborate.index.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs numbered tasks on a fixed number of threads, in chunks, and returns the results in order. */
final class Parallel {
  private Parallel() {}

  /**
   * {@code task(0) ... task(count - 1)} on {@code threads} daemon threads, reporting progress per
   * finished chunk; a task's runtime exception is rethrown as it is.
   */
  static <T> List<T> map(int count, IntFunction<T> task, int threads, String stage, Progress progress) {
    int n = Math.max(1, threads);
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "corroborate-eval");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    try {
      int chunk = Math.max(1, count / (n * 16));
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int start = 0; start < count; start += chunk) {
        int from = start;
        int to = Math.min(count, start + chunk);
        futures.add(pool.submit(() -> {
          List<T> part = new ArrayList<>(to - from);
          for (int i = from; i < to; i++) {
            part.add(task.apply(i));
          }
          progress.update(stage, done.addAndGet(to - from), count);
          return part;
        }));
      }
      List<T> out = new ArrayList<>(count);
      for (Future<List<T>> f : futures) {
        out.addAll(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
