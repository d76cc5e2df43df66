package org.sitrep.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * The job's output folder, on any file system. A run writes a whole new folder beside it ({@code
 * DIR.next}) and swaps it in only when everything is written, so that a crash mid-run leaves the
 * previous output as it was; the next run clears what the crash left.
 */
final class OutputFolder {
  private final FileSystem fs;
  private final Path current;
  private final Path next;
  private final Path previous;

  OutputFolder(String dir, Configuration conf) {
    try {
      this.current = new Path(dir);
      this.fs = current.getFileSystem(conf);
      this.next = new Path(current.getParent(), current.getName() + ".next");
      this.previous = new Path(current.getParent(), current.getName() + ".previous");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + dir, e);
    }
  }

  /**
   * Puts back the output of the last complete run if a crash interrupted its swap, and removes what
   * an interrupted run wrote.
   */
  void recover() {
    try {
      if (!fs.exists(current) && fs.exists(previous)) {
        fs.rename(previous, current);
      }
      fs.delete(previous, true);
      fs.delete(next, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy " + current, e);
    }
  }

  /** The current output's path of {@code part}, e.g. {@code state/documents}. */
  String current(String part) {
    return new Path(current, part).toString();
  }

  /** Whether the current output has {@code part}. */
  boolean has(String part) {
    try {
      return fs.exists(new Path(current, part));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + current, e);
    }
  }

  /** Where this run writes {@code part}. */
  String next(String part) {
    return new Path(next, part).toString();
  }

  /** Replaces the current output by what this run wrote. */
  void commit() {
    try {
      if (fs.exists(current) && !fs.rename(current, previous)) {
        throw new IOException("cannot move " + current + " aside");
      }
      if (!fs.rename(next, current)) {
        throw new IOException("cannot move " + next + " into place");
      }
      fs.delete(previous, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the output " + current, e);
    }
  }

  /**
   * Writes {@code lines} (id, JSON line) as one JSON Lines file sorted by id, as {@code ./sitrep
   * export} writes it.
   */
  void writeJsonLines(JavaPairRDD<String, String> lines, String file) {
    Path target = new Path(next(file));
    Path parts = new Path(target.getParent(), "_" + target.getName() + ".parts");
    try {
      lines.sortByKey(true, 1).values().saveAsTextFile(parts.toString());
      FileStatus[] written = fs.globStatus(new Path(parts, "part-*"));
      if (written == null || written.length == 0) {
        try (OutputStream out = fs.create(target, true)) {
          out.write(new byte[0]);
        }
      } else if (!fs.rename(written[0].getPath(), target)) {
        throw new IOException("cannot move " + written[0].getPath() + " to " + target);
      }
      fs.delete(parts, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** Writes {@code lines} (id, JSON line) as a Parquet dataset of the schema {@code name} has. */
  void writeParquet(SparkSession spark, JavaPairRDD<String, String> lines, String name) {
    spark
        .read()
        .schema(Schemas.DDL.get(name))
        .json(spark.createDataset(lines.values().rdd(), Encoders.STRING()))
        .write()
        .parquet(next("parquet/" + name));
  }

  /** Writes a small text file, such as the run's summary. */
  void writeText(String part, String text) {
    try (OutputStream out = fs.create(new Path(next(part)), true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + next(part), e);
    }
  }
}
