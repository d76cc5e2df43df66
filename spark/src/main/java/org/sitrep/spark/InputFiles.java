package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files of the job's inputs on any file system Hadoop reads (local, HDFS, S3, ...): a
 * folder is walked, a glob expanded. Names starting with a dot or an underscore are skipped, as
 * Spark skips them (hidden files, {@code _SUCCESS} markers). Sorted within each input, inputs in
 * the order given, as {@code ./sitrep} reads them.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * The files of {@code inputs}.
   *
   * @throws UncheckedIOException when an input matches nothing or cannot be listed
   */
  static List<InputFile> list(List<String> inputs, Configuration conf) {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path pattern = new org.apache.hadoop.fs.Path(input);
      try {
        FileSystem fs = pattern.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(pattern);
        if (matched == null || matched.length == 0) {
          throw new UncheckedIOException(new IOException("no such input: " + input));
        }
        List<FileStatus> found = new ArrayList<>();
        for (FileStatus status : matched) {
          if (status.isDirectory()) {
            RemoteIterator<LocatedFileStatus> walk = fs.listFiles(status.getPath(), true);
            while (walk.hasNext()) {
              LocatedFileStatus file = walk.next();
              if (!hidden(status.getPath(), file.getPath())) {
                found.add(file);
              }
            }
          } else {
            found.add(status);
          }
        }
        found.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
        for (FileStatus file : found) {
          URI uri = file.getPath().toUri();
          files.add(
              new InputFile(
                  uri.toString(),
                  origin(uri),
                  file.getPath().getName(),
                  file.getLen(),
                  files.size()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + input, e);
      }
    }
    return files;
  }

  /** A local file's origin is its absolute path, as the local store records it. */
  static String origin(URI uri) {
    if ("file".equals(uri.getScheme())) {
      return Path.of(uri).toAbsolutePath().normalize().toString();
    }
    return uri.toString();
  }

  private static boolean hidden(org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path file) {
    for (org.apache.hadoop.fs.Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
