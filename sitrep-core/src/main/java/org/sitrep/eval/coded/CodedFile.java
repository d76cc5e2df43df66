package org.sitrep.eval.coded;

import java.util.List;

/**
 * The rows of one coded file.
 *
 * @param name the file's name without {@code .csv}
 * @param source the kind of file, told by its header
 * @param rows one per document: rows that code one event twice are one row
 */
public record CodedFile(String name, Source source, List<CodedRow> rows) {
  public CodedFile {
    rows = List.copyOf(rows);
  }
}
