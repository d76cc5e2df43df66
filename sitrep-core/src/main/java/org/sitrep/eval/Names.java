package org.sitrep.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Name comparison as {@code eval/FORMAT.md} defines it: case-insensitive after folding accents,
 * dashes, apostrophes and the article "the". Periods are dropped too, so that "U.S." is "US".
 */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED =
      Pattern.compile("['\u2018\u2019\u201B\u02BC\u0060\u00B4.]");
  private static final Pattern DASHES =
      Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");
  private static final Pattern THE = Pattern.compile("\\bthe\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  /** {@code name} folded for comparison; the empty string for null. */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = DROPPED.matcher(s).replaceAll("");
    s = DASHES.matcher(s).replaceAll(" ");
    s = THE.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** The folded forms of {@code names}, empty ones left out. */
  public static Set<String> folded(Collection<String> names) {
    return names.stream().map(Names::fold).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  /** Whether {@code name} folds to one of {@code acceptable}'s folded names. */
  public static boolean matches(String name, Collection<String> acceptable) {
    String folded = fold(name);
    return !folded.isEmpty() && folded(acceptable).contains(folded);
  }

  /** Whether any of {@code names} folds to one of {@code acceptable}'s folded names. */
  public static boolean anyMatches(Collection<String> names, Collection<String> acceptable) {
    Set<String> wanted = folded(acceptable);
    return names.stream().map(Names::fold).anyMatch(wanted::contains);
  }
}
