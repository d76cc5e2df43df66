package org.sitrep.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.SitrepException;

/**
 * The phrases of page furniture, loaded from {@code furniture.tsv}: which whole blocks are share
 * bars, comment sections or headers of teaser blocks. Immutable and thread-safe.
 */
public final class FurnitureLexicon {
  /** What a furniture block is, and so how much of the page it takes with it. */
  public enum Kind {
    /** The block alone. */
    LINE,
    /** A comment or feedback section: the block and, late in a page, the rest of the page. */
    END,
    /** The header of teasers of other articles: the block and the teasers under it. */
    RELATED
  }

  private static final String RESOURCE = "furniture.tsv";
  private static final Pattern DECORATION = Pattern.compile("[\\s:*»›>→|•·-]+$");

  private final Map<Kind, List<Pattern>> patterns;

  private FurnitureLexicon(Map<Kind, List<Pattern>> patterns) {
    this.patterns = patterns;
  }

  /**
   * Loads the lexicon bundled with Sitrep.
   *
   * @throws SitrepException when the resource is missing or a rule is malformed
   */
  public static FurnitureLexicon bundled() {
    try (InputStream in = FurnitureLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new SitrepException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses rules in the {@code furniture.tsv} format.
   *
   * @throws SitrepException naming the line of a malformed rule
   */
  public static FurnitureLexicon parse(String tsv) {
    Map<Kind, List<Pattern>> byKind = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    int lineNumber = 0;
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(tsv))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", 2);
        if (fields.length != 2) {
          throw new SitrepException(RESOURCE + ":" + lineNumber + ": expected KIND<TAB>regex");
        }
        byKind.get(kind(fields[0], lineNumber)).add(compile(fields[1], lineNumber));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byKind.replaceAll((kind, list) -> List.copyOf(list));
    return new FurnitureLexicon(byKind);
  }

  /** The number of rules of one kind. */
  public int size(Kind kind) {
    return patterns.get(kind).size();
  }

  /** Whether the whole {@code block} is furniture of the given kind. */
  public boolean matches(Kind kind, String block) {
    String candidate = DECORATION.matcher(block.strip()).replaceAll("");
    if (candidate.isEmpty() || candidate.length() > 600) {
      return false;
    }
    for (Pattern pattern : patterns.get(kind)) {
      if (pattern.matcher(candidate).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Kind kind(String name, int lineNumber) {
    try {
      return Kind.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SitrepException(RESOURCE + ":" + lineNumber + ": unknown kind '" + name + "'", e);
    }
  }

  private static Pattern compile(String regex, int lineNumber) {
    try {
      return Pattern.compile(regex.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new SitrepException(
          RESOURCE + ":" + lineNumber + ": bad pattern: " + e.getMessage(), e);
    }
  }
}
