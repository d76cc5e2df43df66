package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawInput;

/** What the benchmarks share: a corpus repeated to N distinct documents, and peak heap. */
final class BenchCorpus {
  private BenchCorpus() {}

  /**
   * The readable documents of {@code corpus} repeated to {@code documents} inputs, each copy made
   * distinct by a closing line so that the content hash does not skip it.
   */
  static List<RawInput> repeated(Path corpus, int documents) {
    InputReader reader = new InputReader(IngestConfig.DEFAULT_MAX_BYTES);
    List<RawInput> originals = new ArrayList<>();
    for (Path file : reader.files(List.of(corpus))) {
      reader.read(
          file,
          item -> {
            if (item instanceof RawInput raw) {
              originals.add(raw);
            }
          });
    }
    if (originals.isEmpty()) {
      throw new UncheckedIOException(new IOException("no readable documents in " + corpus));
    }
    List<RawInput> inputs = new ArrayList<>(documents);
    for (int i = 0; i < documents; i++) {
      RawInput original = originals.get(i % originals.size());
      byte[] marker = ("\n\nCopy " + i + ".\n").getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[original.bytes().length + marker.length];
      System.arraycopy(original.bytes(), 0, bytes, 0, original.bytes().length);
      System.arraycopy(marker, 0, bytes, original.bytes().length, marker.length);
      inputs.add(
          new RawInput(
              original.origin() + "#" + i, original.source(), original.mediaType(), bytes));
    }
    return inputs;
  }

  /** Collects garbage and resets the peak usage of every memory pool. */
  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peak usage since the last {@link #resetPeaks}. */
  static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** The heap in use once garbage is collected: what stays resident, loaded models included. */
  static long retainedHeapBytes() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }
}
