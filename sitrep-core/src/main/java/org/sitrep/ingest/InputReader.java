package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads inputs from the file system and from JSON Lines streams: files, folders (recursively, in
 * name order, hidden entries skipped) and records. Reports inputs it cannot hand on (too large,
 * unreadable) as rejections instead of failing. Thread-safe.
 */
public final class InputReader {
  private final long maxBytes;

  /** A reader that refuses, unread, any file or record larger than {@code maxBytes}. */
  public InputReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * The files the given paths name: a file as itself, a folder as every non-hidden regular file
   * under it, sorted by path so that runs are repeatable.
   *
   * @throws UncheckedIOException when a path does not exist or a folder cannot be listed
   */
  public List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && !hidden(path, p)).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new UncheckedIOException(new java.nio.file.NoSuchFileException(path.toString()));
      }
    }
    return files;
  }

  /**
   * Reads one file, handing each input it holds to {@code sink}: one for a text or HTML file, one
   * per line for a {@code .jsonl} file.
   */
  public void read(Path file, Consumer<InputItem> sink) {
    String name = file.getFileName().toString();
    String origin = file.toAbsolutePath().normalize().toString();
    try {
      long size = Files.size(file);
      if (name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        try (InputStream in = Files.newInputStream(file)) {
          readJsonLines(in, name, sink);
        }
        return;
      }
      if (size > maxBytes) {
        sink.accept(
            new Rejection(
                origin, name, RejectionReason.OVERSIZED, Sizes.oversized(size, maxBytes)));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      MediaType type = MediaType.fromFileName(name).orElseGet(() -> sniff(bytes));
      sink.accept(new RawInput(origin, name, type, bytes));
    } catch (IOException e) {
      sink.accept(
          new Rejection(origin, name, RejectionReason.UNREADABLE, "unreadable: " + e.getMessage()));
    }
  }

  /**
   * Reads JSON Lines records from {@code in}, one input per non-blank line. A record's origin is
   * its id (else its URL, else where it stands in {@code streamName}).
   *
   * @throws UncheckedIOException when the stream itself fails
   */
  public void readJsonLines(InputStream in, String streamName, Consumer<InputItem> sink) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (!line.isBlank()) {
          sink.accept(record(line, streamName + ":" + lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + streamName, e);
    }
  }

  private InputItem record(String line, String position) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > maxBytes) {
      return new Rejection(
          "jsonl:" + position,
          position,
          RejectionReason.OVERSIZED,
          Sizes.oversized(bytes.length, maxBytes));
    }
    try {
      JsonRecord record = JsonRecord.parse(line);
      String key = record.id() != null ? record.id() : record.metadata().url();
      String source = key != null ? key : position;
      return new RawInput("jsonl:" + source, source, MediaType.JSON_RECORD, bytes);
    } catch (RejectedInputException e) {
      return new Rejection("jsonl:" + position, position, e.reason(), e.getMessage());
    }
  }

  /** HTML when the bytes open like markup; plain text otherwise (the decoder judges binary). */
  private static MediaType sniff(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    boolean markup =
        head.startsWith("<!doctype html")
            || head.startsWith("<html")
            || head.contains("<body")
            || head.contains("<head");
    return markup ? MediaType.HTML : MediaType.PLAIN_TEXT;
  }

  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
