package org.sitrep.extract.detect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.SitrepException;
import org.sitrep.lexicon.DataLines;
import org.sitrep.model.SubEventType;

/**
 * The project's own labelled examples of event reports and of sentences that report none, kept as
 * TSV files ({@code LABEL<TAB>text}, label a {@link SubEventType} name or {@code NONE}) listed in
 * {@code training/files.txt}. Immutable.
 */
public final class TrainingCorpus {
  /** The label of texts that report no event. */
  public static final String NONE = "NONE";

  private final List<LabelledText> examples;
  private final String sha256;

  private TrainingCorpus(List<LabelledText> examples, String sha256) {
    this.examples = List.copyOf(examples);
    this.sha256 = sha256;
  }

  /**
   * The corpus bundled in the jar.
   *
   * @throws SitrepException when a file is missing, a label unknown or a text repeated, naming the
   *     file and line
   */
  public static TrainingCorpus bundled() {
    List<LabelledText> examples = new ArrayList<>();
    MessageDigest digest = newDigest();
    Map<String, String> seen = new HashMap<>();
    for (DataLines.Line file :
        DataLines.read(TrainingCorpus.class, "/org/sitrep/extract/training/files.txt")) {
      for (DataLines.Line line :
          DataLines.read(TrainingCorpus.class, "/org/sitrep/extract/training/" + file.text())) {
        String where = file.text() + ":" + line.number();
        LabelledText example = parse(line.text(), where);
        String previous = seen.putIfAbsent(example.text().toLowerCase(Locale.ROOT), where);
        if (previous != null) {
          throw new SitrepException(where + ": the same text as " + previous);
        }
        examples.add(example);
        digest.update((line.text() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return new TrainingCorpus(examples, HexFormat.of().formatHex(digest.digest()));
  }

  /** The examples in file order. */
  public List<LabelledText> examples() {
    return examples;
  }

  /** SHA-256 of the examples as read (comments and blank lines excluded): the corpus' identity. */
  public String sha256() {
    return sha256;
  }

  static LabelledText parse(String line, String where) {
    int tab = line.indexOf('\t');
    if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
      throw new SitrepException(where + ": expected LABEL<TAB>text");
    }
    String label = line.substring(0, tab).strip();
    String text = line.substring(tab + 1).strip();
    if (text.isEmpty()) {
      throw new SitrepException(where + ": empty text");
    }
    if (label.equals(NONE)) {
      return new LabelledText(Optional.empty(), text, where);
    }
    try {
      return new LabelledText(Optional.of(SubEventType.valueOf(label)), text, where);
    } catch (IllegalArgumentException e) {
      throw new SitrepException(where + ": unknown label " + label, e);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
