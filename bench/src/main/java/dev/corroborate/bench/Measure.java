package dev.corroborate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** What the harness measures about its own process, and how it prints results (one "key value" a line). */
final class Measure {
  private Measure() {}

  /** The highest heap use the JVM saw (sum of the heap pools' peaks), in MiB. */
  static double peakHeapMib() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }

  /** The largest heap left after a collection (a bound on live data), in MiB, or -1 when not known. */
  static double peakAfterGcMib() {
    long sum = 0;
    boolean any = false;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
          && pool.getCollectionUsage() != null) {
        sum += pool.getCollectionUsage().getUsed();
        any = true;
      }
    }
    return any ? sum / (1024.0 * 1024.0) : -1;
  }

  /** CPU seconds this process has used (all threads), or -1 when the JVM does not say. */
  static double cpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return -1;
  }

  static double maxHeapMib() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }

  /** Peak resident set size (VmHWM of /proc/self/status), in MiB, or -1 off Linux. */
  static double peakRssMib() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0).orElse(-1.0);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static long sizeBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }

  static void print(String stage, String key, double value) {
    System.out.println(stage + "." + key + " " + String.format(Locale.ROOT, value == Math.rint(value) && Math.abs(value) < 1e15
        ? "%.0f" : "%.3f", value));
  }

  static void print(String stage, String key, String value) {
    System.out.println(stage + "." + key + " " + value);
  }

  static void memory(String stage) {
    print(stage, "max_heap_mib", maxHeapMib());
    print(stage, "peak_heap_used_mib", peakHeapMib());
    print(stage, "peak_rss_mib", peakRssMib());
  }
}
