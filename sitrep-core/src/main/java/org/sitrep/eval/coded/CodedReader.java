package org.sitrep.eval.coded;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a file of third-party coded rows (RFC 4180 CSV with a header) and tells its source from the
 * header: ACLED exports of any schema, GTD extracts, CASE 2021 snippets and Wikipedia incident
 * tables. Immutable and thread-safe.
 */
public final class CodedReader {
  private final CaseCodes caseCodes;
  private final CoarseTypes coarseTypes;

  /**
   * @param caseCodes what CASE's codes stand for
   * @param coarseTypes the map for free-text attack types
   */
  public CodedReader(CaseCodes caseCodes, CoarseTypes coarseTypes) {
    this.caseCodes = caseCodes;
    this.coarseTypes = coarseTypes;
  }

  /** A reader with the bundled CASE codes and coarse type map. */
  public static CodedReader standard() {
    return new CodedReader(CaseCodes.standard(), CoarseTypes.standard());
  }

  /**
   * The rows of {@code file}, named after the file without {@code .csv}.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when its header is of no known source, or a row is malformed
   */
  public CodedFile read(Path file) {
    try {
      return read(name(file), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The rows of CSV text {@code csv}, as the file {@code name} (without {@code .csv}). */
  public CodedFile read(String name, String csv) {
    List<List<String>> records = records(csv);
    if (records.isEmpty()) {
      throw new IllegalArgumentException(name + ": no header");
    }
    Columns columns = new Columns(records.get(0));
    List<List<String>> rows = records.subList(1, records.size());
    Source source = sniff(columns, name);
    List<CodedRow> coded =
        switch (source) {
          case ACLED -> AcledRows.read(name, columns, rows);
          case GTD -> GtdRows.read(name, columns, rows, coarseTypes);
          case CASE -> CaseRows.read(name, columns, rows, caseCodes);
          case WIKIPEDIA -> WikipediaRows.read(name, columns, rows, coarseTypes);
        };
    return new CodedFile(name, source, coded);
  }

  /** The file's name without its {@code .csv} extension: the prefix of its document ids. */
  public static String name(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? name.substring(0, name.length() - 4)
        : name;
  }

  private static Source sniff(Columns columns, String name) {
    if (columns.hasAll("id", "eventsnippet", "subtype")) {
      return Source.CASE;
    }
    if (columns.hasAll("src_row", "details", "type", "dead", "location")) {
      return Source.WIKIPEDIA;
    }
    if (columns.hasAll("eventid", "iyear", "imonth", "iday", "summary")) {
      return Source.GTD;
    }
    if (columns.hasAll("event_id_cnty", "event_date", "sub_event_type", "notes")) {
      return Source.ACLED;
    }
    throw new IllegalArgumentException(
        name + ": the header is of no known source (ACLED, GTD, CASE, Wikipedia)");
  }

  /** Every record of {@code csv}, the header first; quoted commas, quotes and newlines kept. */
  private static List<List<String>> records(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    CsvMapper mapper = new CsvMapper();
    List<List<String>> records = new ArrayList<>();
    try (Reader reader = new StringReader(text);
        MappingIterator<String[]> it =
            mapper
                .readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(reader)) {
      while (it.hasNextValue()) {
        records.add(Arrays.asList(it.nextValue()));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed CSV: " + e.getMessage(), e);
    }
    return records;
  }
}
