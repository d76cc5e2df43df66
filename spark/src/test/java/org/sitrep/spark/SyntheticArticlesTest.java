package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticArticlesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void sameSeedWritesTheSameBytes() throws IOException {
    List<Path> first = SyntheticArticles.write(dir.resolve("a"), 40, 7L);
    List<Path> second = SyntheticArticles.write(dir.resolve("b"), 40, 7L);

    assertThat(names(second)).isEqualTo(names(first));
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i)))
          .as(first.get(i).getFileName().toString())
          .isEqualTo(Files.readAllBytes(first.get(i)));
    }
  }

  @Test
  void differentSeedsWriteDifferentArticles() throws IOException {
    Map<String, String> one = texts(SyntheticArticles.write(dir.resolve("a"), 20, 1L));
    Map<String, String> two = texts(SyntheticArticles.write(dir.resolve("b"), 20, 2L));

    assertThat(two).isNotEqualTo(one);
    long same = one.keySet().stream().filter(id -> one.get(id).equals(two.get(id))).count();
    assertThat(same).isZero();
  }

  @Test
  void writesAsManyArticlesAsAskedInAllThreeFormats() throws IOException {
    List<Path> files = SyntheticArticles.write(dir.resolve("corpus"), 60, 3L);

    assertThat(files).isSorted();
    assertThat(files).allSatisfy(f -> assertThat(f.getParent()).isEqualTo(dir.resolve("corpus")));
    List<String> names = names(files);
    assertThat(names).contains("records.jsonl");
    assertThat(names).anyMatch(n -> n.endsWith(".html")).anyMatch(n -> n.endsWith(".txt"));
    assertThat(names)
        .filteredOn(n -> !n.equals("records.jsonl"))
        .allMatch(n -> n.matches("article-\\d{4}\\.(html|txt)"));
    long records = Files.readAllLines(dir.resolve("corpus/records.jsonl")).size();
    assertThat(files.size() - 1 + records).isEqualTo(60);
    assertThat(texts(files)).hasSize(60);
  }

  @Test
  void zeroArticlesWriteNoFiles() throws IOException {
    assertThat(SyntheticArticles.write(dir.resolve("empty"), 0, 5L)).isEmpty();
    assertThat(dir.resolve("empty")).isEmptyDirectory();
  }

  @Test
  void htmlPagesAreWholePagesWithPublicationDatesAndNoise() throws IOException {
    List<Path> pages =
        SyntheticArticles.write(dir, 40, 11L).stream()
            .filter(f -> f.toString().endsWith(".html"))
            .toList();

    assertThat(pages).isNotEmpty();
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(html)
          .contains("<html", "</html>", "<nav>", "Related articles", "class=\"share\"")
          .containsPattern("<meta property=\"article:published_time\" content=\"202[345]-")
          .containsPattern("<time datetime=\"202[345]-\\d\\d-\\d\\dT");
    }
  }

  @Test
  void textFilesOpenWithAHeadlineAndADateline() throws IOException {
    List<Path> texts =
        SyntheticArticles.write(dir, 40, 13L).stream()
            .filter(f -> f.toString().endsWith(".txt"))
            .toList();

    assertThat(texts).isNotEmpty();
    for (Path text : texts) {
      List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).isNotBlank();
      assertThat(lines.get(1)).containsPattern("202[345]");
      assertThat(lines.get(2)).isEmpty();
    }
  }

  @Test
  void recordsAreJsonObjectsWithIdTextAndAnIsoDate() throws IOException {
    SyntheticArticles.write(dir, 80, 17L);

    List<String> lines = Files.readAllLines(dir.resolve("records.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode record = JSON.readTree(line);
      assertThat(record.isObject()).isTrue();
      assertThat(record.path("id").asText()).matches("article-\\d{4}");
      assertThat(record.path("text").asText()).isNotBlank().contains("\n\n");
      assertThat(record.path("title").asText()).isNotBlank();
      assertThat(record.path("url").asText()).startsWith("https://");
      assertThat(record.path("published").asText()).matches("202[345]-\\d\\d-\\d\\d");
    }
  }

  @Test
  void jsonStringsEscapeQuotesBackslashesAndControlCharacters() throws IOException {
    String nasty = "say \"hi\" \\ to\nall\r\tnow\b\f\u0001 and \u2028 ok";

    String literal = SyntheticArticles.json(nasty);

    assertThat(literal).doesNotContain("\n", "\r", "\t", "\u0001", "\u2028");
    assertThat(JSON.readTree(literal).asText()).isEqualTo(nasty);
  }

  @Test
  void someIncidentsAreToldByDifferentOutletsAndEachTellingNamesTheTown() throws IOException {
    Map<String, String> texts = texts(SyntheticArticles.write(dir, 50, 23L));
    Map<Integer, SyntheticArticles.Sources> sources = SyntheticArticles.sources(50, 23L);

    List<SyntheticArticles.Sources> shared =
        sources.values().stream().filter(s -> s.articles().size() >= 2).toList();
    assertThat(shared).isNotEmpty();
    for (SyntheticArticles.Sources s : shared) {
      assertThat(s.articles()).hasSizeLessThanOrEqualTo(4).doesNotHaveDuplicates();
      assertThat(s.outlets()).hasSameSizeAs(s.articles());
      List<String> tellings = new ArrayList<>();
      for (String id : s.articles()) {
        assertThat(texts.get(id)).as(id).contains(s.town());
        tellings.add(texts.get(id));
      }
      assertThat(tellings).doesNotHaveDuplicates();
    }
  }

  @Test
  void aboutAThirdOfIncidentsAreToldMoreThanOnce() {
    Map<Integer, SyntheticArticles.Sources> sources = SyntheticArticles.sources(600, 29L);

    long shared = sources.values().stream().filter(s -> s.articles().size() >= 2).count();
    double share = shared / (double) sources.size();
    assertThat(share).isBetween(0.2, 0.45);
    assertThat(sources.values()).allSatisfy(s -> assertThat(s.articles()).hasSizeBetween(1, 4));
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }

  /** Article id to its written text, from files and from records alike. */
  private static Map<String, String> texts(List<Path> files) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".jsonl")) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          JsonNode record = JSON.readTree(line);
          texts.put(record.get("id").asText(), record.get("text").asText());
        }
      } else {
        texts.put(name.substring(0, name.lastIndexOf('.')), Files.readString(file));
      }
    }
    return texts;
  }
}
