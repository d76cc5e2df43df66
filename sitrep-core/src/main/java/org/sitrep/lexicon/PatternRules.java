package org.sitrep.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.SitrepException;

/**
 * Domain rules kept as data: a TSV file of {@code KIND<TAB>regular expression} lines, blank lines
 * and {@code #} comments skipped. Used for page furniture, event triggers and modality cues.
 * Immutable and thread-safe.
 *
 * @param <K> the kinds of rule
 */
public final class PatternRules<K extends Enum<K>> {
  /** One rule: its kind, its compiled pattern and the line it was read from. */
  public record Rule<K>(K kind, Pattern pattern, int line) {}

  /** Wraps an expression so that it only matches whole words. */
  public static final UnaryOperator<String> WHOLE_WORDS = regex -> "\\b(?:" + regex + ")\\b";

  private final List<Rule<K>> rules;
  private final Map<K, List<Pattern>> byKind;

  private PatternRules(List<Rule<K>> rules, Class<K> kinds) {
    this.rules = List.copyOf(rules);
    Map<K, List<Pattern>> map = new EnumMap<>(kinds);
    for (K kind : kinds.getEnumConstants()) {
      map.put(kind, rules.stream().filter(r -> r.kind() == kind).map(Rule::pattern).toList());
    }
    this.byKind = map;
  }

  /**
   * Loads rules from a resource beside {@code anchor}.
   *
   * @param wrap applied to each expression before compiling, e.g. {@link #WHOLE_WORDS}
   * @throws SitrepException when the resource is missing or a line is malformed, naming the line
   */
  public static <K extends Enum<K>> PatternRules<K> load(
      Class<?> anchor, String resource, Class<K> kinds, UnaryOperator<String> wrap) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SitrepException("missing resource " + resource);
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), kinds, wrap);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Parses rules in the TSV format.
   *
   * @param name the file's name, for error messages
   * @throws SitrepException naming the line of a malformed rule
   */
  public static <K extends Enum<K>> PatternRules<K> parse(
      String name, String tsv, Class<K> kinds, UnaryOperator<String> wrap) {
    List<Rule<K>> rules = new ArrayList<>();
    String[] lines = tsv.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", 2);
      if (fields.length != 2 || fields[1].isBlank()) {
        throw new SitrepException(name + ":" + (i + 1) + ": expected KIND<TAB>regex");
      }
      rules.add(
          new Rule<>(
              kind(name, i + 1, fields[0], kinds),
              compile(name, i + 1, wrap.apply(fields[1].strip())),
              i + 1));
    }
    return new PatternRules<>(rules, kinds);
  }

  /** Every rule in file order. */
  public List<Rule<K>> rules() {
    return rules;
  }

  /** The patterns of one kind in file order; empty when the file has none. */
  public List<Pattern> patterns(K kind) {
    return byKind.get(kind);
  }

  private static <K extends Enum<K>> K kind(String name, int line, String value, Class<K> kinds) {
    try {
      return Enum.valueOf(kinds, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SitrepException(name + ":" + line + ": unknown kind '" + value.strip() + "'", e);
    }
  }

  private static Pattern compile(String name, int line, String regex) {
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new SitrepException(name + ":" + line + ": bad pattern: " + e.getDescription(), e);
    }
  }
}
