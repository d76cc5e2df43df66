package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of ingest: hostile and broken inputs of many kinds, and good articles among them.
 * Every input must come out as a document or a named rejection, no junk may be stored and no good
 * article lost. {@code mvn verify} runs a few hundred inputs; {@code mvn verify -Pfuzz} (or {@code
 * -Dfuzz.inputs=N}) runs 10,000.
 */
class IngestFuzzTest {
  private static final int INPUTS = Integer.getInteger("fuzz.inputs", 300);
  private static final long SEED = Long.getLong("fuzz.seed", 20261201L);

  private static final Ingestor INGESTOR = Ingestor.standard(IngestConfig.DEFAULTS);

  /** What an input is, and so what must become of it. */
  enum Kind {
    GOOD(true),
    GOOD_ONE_BAD_BYTE(true),
    GOOD_WITH_FOREIGN_OPENING(true),
    GOOD_IN_HOSTILE_HTML(true),
    GOOD_WITH_DASH_RUN(true),
    RANDOM_BINARY(false),
    CONTROL_CHARACTERS(false),
    LONE_SURROGATES(false),
    ENTITY_BOMB(false),
    UTF16_WITHOUT_BOM(false),
    TRUNCATED_UTF8_JUNK(false),
    RIGHT_TO_LEFT(false),
    AMPERSAND_PAGE(false);

    final boolean good;

    Kind(boolean good) {
      this.good = good;
    }
  }

  private static final String[] SUBJECTS = {
    "Gunmen", "Soldiers", "Militia fighters", "Unidentified attackers", "Police officers", "Rebels"
  };
  private static final String[] VERBS = {
    "attacked", "shelled", "raided", "ambushed", "stormed", "burned"
  };
  private static final String[] OBJECTS = {
    "a village", "a police post", "a market", "a convoy", "an army base", "a school"
  };
  private static final String[] PLACES = {
    "near the river", "in the northern hills", "outside the town", "on the main road"
  };

  private static String article(Random r) {
    StringBuilder text = new StringBuilder();
    int paragraphs = 2 + r.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      for (int s = 0; s < 2 + r.nextInt(2); s++) {
        text.append(pick(r, SUBJECTS))
            .append(' ')
            .append(pick(r, VERBS))
            .append(' ')
            .append(pick(r, OBJECTS))
            .append(' ')
            .append(pick(r, PLACES))
            .append(" on Monday, killing ")
            .append(2 + r.nextInt(20))
            .append(" people and wounding several others, residents said. ");
      }
      text.append("\n\n");
    }
    return text.toString().strip();
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  private record Input(Kind kind, MediaType type, byte[] bytes) {}

  private static Input generate(Kind kind, Random r) {
    String article = article(r);
    return switch (kind) {
      case GOOD -> text(kind, article + " Its people \u201cfled\u201d \u2014 again.");
      case GOOD_ONE_BAD_BYTE -> {
        byte[] b =
            (article + " \u201cWe fled,\u201d she said \u2014 twice.")
                .getBytes(StandardCharsets.UTF_8);
        b[r.nextInt(b.length / 2)] = (byte) (0x80 + r.nextInt(0x40)); // a stray continuation
        yield new Input(kind, MediaType.PLAIN_TEXT, b);
      }
      case GOOD_WITH_FOREIGN_OPENING ->
          text(
              kind,
              "Des hommes armés ont attaqué le village lundi, selon des habitants.\n\n" + article);
      case GOOD_IN_HOSTILE_HTML -> {
        int depth = 1_000 + r.nextInt(20_000);
        String html =
            "<html><body><p>"
                + article.replace("\n\n", "</p><p>")
                + "</p><div>"
                + "<b><i>".repeat(depth)
                + "x"
                + "</i></b>".repeat(depth)
                + "</div></body></html>";
        yield new Input(kind, MediaType.HTML, html.getBytes(StandardCharsets.UTF_8));
      }
      case GOOD_WITH_DASH_RUN ->
          text(
              kind, article + "\n\n" + " -".repeat(1_000 + r.nextInt(40_000)) + " x\n\n" + article);
      case RANDOM_BINARY -> {
        byte[] b = new byte[1 + r.nextInt(500)];
        r.nextBytes(b);
        for (int i = 0; i < b.length; i++) {
          b[i] = b[i] == 0 ? 1 : b[i];
        }
        yield new Input(kind, MediaType.PLAIN_TEXT, b);
      }
      case CONTROL_CHARACTERS -> {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(200); i++) {
          s.append(String.format(Locale.ROOT, "\\u%04x", 1 + r.nextInt(31)));
        }
        yield json(kind, s.toString());
      }
      case LONE_SURROGATES -> {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(50); i++) {
          s.append(String.format(Locale.ROOT, "\\u%04x ", 0xD800 + r.nextInt(0x800)));
        }
        yield json(kind, s.toString());
      }
      case ENTITY_BOMB -> {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
        s.append("<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
          s.append("<!ENTITY lol").append(i).append(" \"");
          s.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        s.append("]><lolz>&lol9;</lolz>");
        yield text(kind, s.toString());
      }
      case UTF16_WITHOUT_BOM ->
          new Input(kind, MediaType.PLAIN_TEXT, article.getBytes(StandardCharsets.UTF_16LE));
      case TRUNCATED_UTF8_JUNK -> {
        byte[] b = "\u00e9\u4e2d\u0416".repeat(1 + r.nextInt(30)).getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(b, Math.max(1, b.length - 1 - r.nextInt(2)));
        for (int i = 0; i < cut.length; i += 5 + r.nextInt(5)) {
          cut[i] = (byte) 0xFF; // many bad sequences: not "nearly valid"
        }
        yield new Input(kind, MediaType.PLAIN_TEXT, cut);
      }
      case RIGHT_TO_LEFT ->
          text(
              kind,
              "\u202e\u0647\u0627\u062c\u0645 \u0645\u0633\u0644\u062d\u0648\u0646"
                  + " \u0627\u0644\u0642\u0631\u064a\u0629 \u0635\u0628\u0627\u062d"
                  + " \u0627\u0644\u064a\u0648\u0645 \u0648\u0642\u062a\u0644\u0648\u0627"
                  + " \u062b\u0644\u0627\u062b\u0629 \u0645\u0646 \u0627\u0644\u0633\u0643\u0627\u0646"
                  + " \u0648\u0623\u062d\u0631\u0642\u0648\u0627 \u0627\u0644\u0633\u0648\u0642"
                  + " \u0642\u0628\u0644 \u0623\u0646 \u064a\u0641\u0631\u0648\u0627"
                  + " \u0625\u0644\u0649 \u0627\u0644\u063a\u0627\u0628\u0629.");
      case AMPERSAND_PAGE -> text(kind, "&amp;".repeat(1_000 + r.nextInt(100_000)));
    };
  }

  private static Input text(Kind kind, String text) {
    return new Input(kind, MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Input json(Kind kind, String escapedText) {
    String line = "{\"id\":\"fuzz\",\"text\":\"" + escapedText + "\"}";
    return new Input(kind, MediaType.JSON_RECORD, line.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyInputIsKeptOrNamedNoJunkIsStoredAndNoGoodArticleLost() {
    Random random = new Random(SEED);
    Kind[] kinds = Kind.values();
    Map<Kind, int[]> tally = new EnumMap<>(Kind.class); // inputs, kept, rejected
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      Kind kind = kinds[i % kinds.length];
      Input input = generate(kind, random);
      IngestOutcome outcome;
      try {
        outcome =
            INGESTOR.ingest(new RawInput("fuzz:" + i, "fuzz-" + i, input.type(), input.bytes()));
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(i + " " + kind + ": crashed: " + e);
        continue;
      }
      int[] counts = tally.computeIfAbsent(kind, k -> new int[3]);
      counts[0]++;
      if (outcome instanceof CleanDocument) {
        counts[1]++;
        if (!kind.good) {
          problems.add(i + " " + kind + ": junk stored");
        }
      } else {
        Rejection rejection = (Rejection) outcome;
        counts[2]++;
        if (kind.good) {
          problems.add(i + " " + kind + ": good article lost: " + rejection.detail());
        }
        if (rejection.detail().isBlank()) {
          problems.add(i + " " + kind + ": rejected without a reason");
        }
      }
    }
    tally.forEach(
        (kind, c) ->
            System.out.printf(
                Locale.ROOT,
                "fuzz %-26s inputs %5d kept %5d rejected %5d%n",
                kind,
                c[0],
                c[1],
                c[2]));
    assertThat(problems).isEmpty();
  }

  @Test
  void jsonLinesOfMixedGoodAndBrokenLinesKeepTheGoodAndNameEachBadByLine() {
    Random random = new Random(SEED + 1);
    int lines = Math.max(50, INPUTS / 10);
    StringBuilder feed = new StringBuilder("\uFEFF");
    List<Integer> bad = new ArrayList<>();
    int good = 0;
    for (int i = 1; i <= lines; i++) {
      String record =
          "{\"id\":\"r" + i + "\",\"text\":\"" + article(random).replace("\n", " ") + "\"}";
      switch (random.nextInt(5)) {
        case 0 -> {
          feed.append(record).append(record);
          bad.add(i);
        }
        case 1 -> {
          feed.append(record).append(" trailing");
          bad.add(i);
        }
        case 2 -> {
          feed.append(record, 0, record.length() / 2);
          bad.add(i);
        }
        default -> {
          feed.append(record);
          good++;
        }
      }
      feed.append(random.nextBoolean() ? "\n" : "\r\n");
    }
    List<InputItem> items = new ArrayList<>();
    new InputReader(IngestConfig.DEFAULT_MAX_BYTES)
        .readJsonLines(
            new ByteArrayInputStream(feed.toString().getBytes(StandardCharsets.UTF_8)),
            "feed.jsonl",
            items::add);

    assertThat(items.stream().filter(RawInput.class::isInstance)).hasSize(good);
    assertThat(items.stream().filter(Rejection.class::isInstance).map(InputItem::source))
        .containsExactlyElementsOf(bad.stream().map(n -> "feed.jsonl:" + n).toList());
  }
}
