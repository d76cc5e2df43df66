package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.SitrepException;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.RelationType;

/**
 * Reads the registry's data files, tab-separated UTF-8 text with '#' comments, from the classpath
 * next to this class: {@code actors.tsv}, {@code relations.tsv}, {@code demonyms.tsv}, {@code
 * force-nouns.txt}, {@code police-nouns.txt}, {@code not-actors.txt}, {@code
 * ambiguous-aliases.txt}, {@code regimes.tsv}, {@code generic-actors.tsv}, {@code
 * identity-groups.tsv}, {@code identity-nouns.txt}, {@code crowd-quantifiers.txt}. A malformed line
 * fails with its file and line number.
 */
final class RegistryFiles {
  static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  /** Everything the files say, not yet cross-checked. */
  record Contents(
      List<Actor> actors,
      List<PriorRelation> relations,
      Map<String, List<String>> demonyms,
      Map<String, List<String>> capitals,
      List<String> forceNouns,
      List<String> notActors,
      List<String> policeNouns,
      Map<String, String> ambiguousAliases,
      Map<String, List<Integer>> regimes,
      List<GenericActors.Kind> generics,
      List<GenericActors.Group> groups,
      List<String> identityNouns,
      List<String> quantifiers) {}

  private RegistryFiles() {}

  static Contents read() {
    List<Actor> actors = new ArrayList<>();
    for (Line line : lines("actors.tsv")) {
      String[] f = line.fields(6);
      actors.add(
          new Actor(f[0], f[1], kind(line, f[2]), country(line, f[3]), list(f[5]), orNull(f[4])));
    }
    List<PriorRelation> relations = new ArrayList<>();
    for (Line line : lines("relations.tsv")) {
      String[] f = line.fields(3);
      try {
        relations.add(new PriorRelation(f[0], RelationType.ofCode(f[1]), f[2]));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown relation " + f[1], e);
      }
    }
    Map<String, List<String>> demonyms = new LinkedHashMap<>();
    Map<String, List<String>> capitals = new LinkedHashMap<>();
    for (Line line : lines("demonyms.tsv")) {
      String[] f = line.fields(3);
      String code = country(line, f[0]);
      demonyms.put(code, list(f[1]));
      capitals.put(code, list(f[2]));
    }
    List<String> forceNouns = lines("force-nouns.txt").stream().map(Line::text).toList();
    List<String> notActors = lines("not-actors.txt").stream().map(Line::text).toList();
    List<String> policeNouns = lines("police-nouns.txt").stream().map(Line::text).toList();
    Map<String, String> ambiguous = new LinkedHashMap<>();
    for (Line line : lines("ambiguous-aliases.txt")) {
      String[] f = line.fields(2);
      ambiguous.put(f[0], f[1]);
    }
    Map<String, List<Integer>> regimes = new LinkedHashMap<>();
    for (Line line : lines("regimes.tsv")) {
      String[] f = line.fields(2);
      regimes.put(country(line, f[0]), years(line, f[1]));
    }
    List<GenericActors.Kind> generics = new ArrayList<>();
    for (Line line : lines("generic-actors.tsv")) {
      String[] f = line.fields(7);
      generics.add(
          new GenericActors.Kind(
              f[0], f[1], kind(line, f[2]), orNull(f[3]), list(f[4]), list(f[5]), list(f[6])));
    }
    List<GenericActors.Group> groups = new ArrayList<>();
    for (Line line : lines("identity-groups.tsv")) {
      String[] f = line.fields(3);
      groups.add(new GenericActors.Group(f[0], country(line, f[1]), list(f[2])));
    }
    List<String> identityNouns = lines("identity-nouns.txt").stream().map(Line::text).toList();
    List<String> quantifiers = lines("crowd-quantifiers.txt").stream().map(Line::text).toList();
    return new Contents(
        actors,
        relations,
        demonyms,
        capitals,
        forceNouns,
        notActors,
        policeNouns,
        ambiguous,
        regimes,
        generics,
        groups,
        identityNouns,
        quantifiers);
  }

  private static ActorKind kind(Line line, String name) {
    try {
      return ActorKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw line.error("unknown actor kind " + name, e);
    }
  }

  private static String country(Line line, String code) {
    if (code.equals("-")) {
      return null;
    }
    if (!ISO_COUNTRIES.contains(code)) {
      throw line.error("not an ISO 3166-1 alpha-2 code: " + code, null);
    }
    return code;
  }

  private static List<Integer> years(Line line, String field) {
    List<Integer> out = new ArrayList<>();
    for (String y : field.split(",")) {
      try {
        out.add(Integer.parseInt(y.strip()));
      } catch (NumberFormatException e) {
        throw line.error("not a year: " + y, e);
      }
    }
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i) <= out.get(i - 1)) {
        throw line.error("years must increase: " + field, null);
      }
    }
    return List.copyOf(out);
  }

  private static String orNull(String field) {
    return field.equals("-") ? null : field;
  }

  private static List<String> list(String field) {
    if (field.equals("-") || field.isBlank()) {
      return List.of();
    }
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<Line> lines(String file) {
    try (InputStream in = RegistryFiles.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new SitrepException("registry file " + file + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Line> out = new ArrayList<>();
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (!text.isBlank() && !text.startsWith("#")) {
          out.add(new Line(file, number, text.strip()));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read registry file " + file, e);
    }
  }

  private record Line(String file, int number, String text) {
    String[] fields(int count) {
      String[] f = text.split("\t", -1);
      if (f.length != count) {
        throw error("expected " + count + " tab-separated fields, found " + f.length, null);
      }
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      return f;
    }

    SitrepException error(String message, Throwable cause) {
      return new SitrepException(file + ":" + number + ": " + message, cause);
    }
  }
}
