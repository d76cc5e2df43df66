package org.sitrep.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invented news articles about invented incidents, written as the files a team collects: for the
 * Spark job's tests and benchmark.
 */
public final class SyntheticArticles {

  // Late enough in 2025 that a report up to three days after the last incident is still in 2025.
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int DAYS =
      (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2025, 12, 28)) + 1;
  // A third of new incidents are owed further reports; follow-ups are taken often enough that
  // most of those debts are paid before the run ends.
  private static final int SHARED_PERCENT = 45;
  private static final int FOLLOW_UP_PERCENT = 60;
  private static final Pattern TOKEN = Pattern.compile("\\{([\\w']+)}");
  private static final Pattern KEYED = Pattern.compile("(\\w+): (.*)");

  private SyntheticArticles() {}

  /**
   * Writes {@code count} articles into {@code folder} (created if needed) and returns the files
   * written, sorted. Same seed, same bytes.
   */
  public static List<Path> write(Path folder, int count, long seed) throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    StringBuilder records = new StringBuilder();
    for (Article article : plan(count, seed)) {
      Story story = new Writer(article, seed).story();
      switch (article.format()) {
        case HTML ->
            written.add(save(folder.resolve(article.id() + ".html"), html(article, story)));
        case TEXT -> written.add(save(folder.resolve(article.id() + ".txt"), text(article, story)));
        case RECORD -> records.append(record(article, story)).append('\n');
      }
    }
    if (!records.isEmpty()) {
      written.add(save(folder.resolve("records.jsonl"), records.toString()));
    }
    written.sort(null);
    return List.copyOf(written);
  }

  /** Per incident number, its town and the articles that report it: what fusion should join. */
  static Map<Integer, Sources> sources(int count, long seed) {
    Map<Integer, Sources> sources = new TreeMap<>();
    for (Article article : plan(count, seed)) {
      for (Incident incident : article.incidents()) {
        Sources s =
            sources.computeIfAbsent(
                incident.id(),
                id ->
                    new Sources(incident.place().town(), new ArrayList<>(), new LinkedHashSet<>()));
        s.articles().add(article.id());
        s.outlets().add(article.outlet().name());
      }
    }
    return sources;
  }

  /** The town of one incident, the ids of the articles reporting it and their outlets. */
  record Sources(String town, List<String> articles, Set<String> outlets) {}

  // ---------------------------------------------------------------- planning: who reports what

  /** The articles to write, in order; their wording is drawn later, article by article. */
  static List<Article> plan(int count, long seed) {
    Random random = new Random(seed);
    String idFormat = "article-%0" + Math.max(4, Integer.toString(count).length()) + "d";
    List<Article> articles = new ArrayList<>(count);
    Deque<Followup> owed = new ArrayDeque<>();
    List<Incident> invented = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      Followup due =
          !owed.isEmpty() && random.nextInt(100) < FOLLOW_UP_PERCENT ? owed.poll() : null;
      List<Incident> carried = new ArrayList<>();
      Outlet outlet;
      if (due != null) {
        outlet = freshOutlet(random, due.outlets());
        due.outlets().add(outlet);
        if (due.outlets().size() < due.wanted()) {
          owed.add(due);
        }
        carried.add(due.incident());
      } else {
        outlet = pick(random, Data.OUTLETS);
        carried.add(fresh(random, invented, null, null, outlet, owed));
      }
      Incident anchor = carried.get(0);
      LocalDate published = anchor.date().plusDays(random.nextInt(4));
      int roll = random.nextInt(100);
      int extras = roll < 55 ? 0 : roll < 85 ? 1 : 2;
      for (int e = 0; e < extras; e++) {
        LocalDate date = published.minusDays(random.nextInt(4));
        carried.add(fresh(random, invented, anchor.theatre(), date, outlet, owed));
      }
      roll = random.nextInt(100);
      Format format = roll < 45 ? Format.HTML : roll < 85 ? Format.TEXT : Format.RECORD;
      int minute = 5 * 60 + random.nextInt(17 * 60);
      articles.add(
          new Article(
              n,
              String.format(Locale.ROOT, idFormat, n),
              format,
              outlet,
              published,
              minute,
              carried));
    }
    return articles;
  }

  /** A new incident, in {@code theatre} on {@code date} when given; a third are owed follow-ups. */
  private static Incident fresh(
      Random random,
      List<Incident> invented,
      Theatre theatre,
      LocalDate date,
      Outlet outlet,
      Deque<Followup> owed) {
    Incident last = invented.isEmpty() ? null : invented.get(invented.size() - 1);
    Incident incident;
    if (theatre == null && last != null && random.nextInt(10) == 0) {
      // A look-alike: the same place and kind a few days on, which fusion must keep apart.
      LocalDate later = last.date().plusDays(1 + random.nextInt(3));
      incident =
          invent(
              random, invented.size() + 1, last.theatre(), clamp(later), last.place(), last.kind());
    } else {
      Theatre t = theatre != null ? theatre : pick(random, Data.THEATRES);
      LocalDate d = date != null ? date : FIRST_DAY.plusDays(random.nextInt(DAYS));
      incident = invent(random, invented.size() + 1, t, d, null, null);
    }
    invented.add(incident);
    if (random.nextInt(100) < SHARED_PERCENT) {
      owed.add(new Followup(incident, new ArrayList<>(List.of(outlet)), 2 + random.nextInt(3)));
    }
    return incident;
  }

  /** An incident drawn at random; {@code place} and {@code kind} are drawn too when null. */
  private static Incident invent(
      Random random, int id, Theatre theatre, LocalDate date, Place fixedPlace, Kind fixedKind) {
    Kind kind = fixedKind != null ? fixedKind : pick(random, theatre.profile().kinds);
    Place place = fixedPlace != null ? fixedPlace : pick(random, theatre.places());
    Actor group = pick(random, theatre.groups());
    Actor force = pick(random, theatre.forces());
    Actor crowd = new Actor(pick(random, Data.CROWDS), false);
    boolean groupActs =
        kind.role == Role.GROUP || (kind.role == Role.EITHER && random.nextBoolean());
    Actor actor = kind.role == Role.CROWD ? crowd : groupActs ? group : force;
    Actor other = kind.role == Role.CROWD ? Data.POLICE : groupActs ? force : group;
    int killed =
        kind.minKilled == 0 && random.nextInt(3) == 0
            ? 0
            : Math.max(kind.minKilled, 1) + random.nextInt(kind.maxKilled - kind.minKilled + 1);
    int injured = random.nextInt(2 * killed + 4);
    int taken =
        switch (kind) {
          case ABDUCTION -> 3 + random.nextInt(58);
          case ARREST -> 2 + random.nextInt(24);
          default -> 0;
        };
    int roll = random.nextInt(100);
    Claim claim = roll < 40 ? Claim.CLAIMED : roll < 55 ? Claim.DENIED : Claim.NONE;
    String target = pick(random, kind.targets);
    return new Incident(
        id,
        theatre,
        place,
        kind,
        actor,
        other,
        target,
        date,
        kind.maxKilled == 0 ? 0 : killed,
        injured,
        taken,
        claim);
  }

  private static LocalDate clamp(LocalDate date) {
    LocalDate last = FIRST_DAY.plusDays(DAYS - 1);
    return date.isAfter(last) ? last : date;
  }

  /** An outlet that has not yet reported the incident, so that each telling has its own voice. */
  private static Outlet freshOutlet(Random random, List<Outlet> used) {
    List<Outlet> unused = new ArrayList<>(Data.OUTLETS);
    unused.removeAll(used);
    return pick(random, unused);
  }

  // ---------------------------------------------------------------- layout: page, text, record

  private static String html(Article a, Story s) {
    String stamp = stamp(a);
    String outlet = escape(a.outlet().name());
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    b.append("<title>").append(escape(s.title())).append(" | ").append(outlet).append("</title>\n");
    b.append("<meta property=\"og:title\" content=\"").append(attribute(s.title())).append("\">\n");
    b.append("<meta property=\"article:published_time\" content=\"").append(stamp).append("\">\n");
    b.append("<link rel=\"canonical\" href=\"").append(url(a, s)).append("\">\n</head>\n<body>\n");
    b.append(Data.COOKIE_BANNERS.get(a.number() % Data.COOKIE_BANNERS.size())).append('\n');
    b.append("<header><a class=\"logo\" href=\"/\">").append(outlet).append("</a>\n<nav><ul>");
    for (String section : Data.SECTIONS) {
      b.append("<li><a href=\"/").append(slug(section)).append("\">").append(section);
      b.append("</a></li>");
    }
    b.append("</ul></nav></header>\n<main>\n<article>\n");
    b.append("<h1>").append(escape(s.title())).append("</h1>\n");
    b.append("<p class=\"byline\">").append(escape(s.byline())).append("</p>\n");
    b.append("<time datetime=\"").append(stamp).append("\">");
    b.append(longDate(a.published(), a.outlet().usDates())).append("</time>\n");
    b.append(Data.SHARE_BAR).append('\n');
    for (String paragraph : s.paragraphs()) {
      b.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    b.append(Data.NEWSLETTER).append("\n</article>\n");
    b.append("<aside class=\"related\">\n<h2>Related articles</h2>\n<ul>\n");
    for (String teaser : s.related()) {
      b.append("<li><a href=\"/news/").append(slug(teaser)).append("\">").append(escape(teaser));
      b.append("</a></li>\n");
    }
    b.append("</ul>\n</aside>\n</main>\n<footer><p>&copy; ").append(a.published().getYear());
    b.append(' ').append(outlet).append(". All rights reserved.</p>");
    b.append("<a href=\"/privacy\">Privacy policy</a> <a href=\"/terms\">Terms of use</a>");
    return b.append("</footer>\n</body>\n</html>\n").toString();
  }

  private static String text(Article a, Story s) {
    String published = longDate(a.published(), a.outlet().usDates());
    String body = String.join("\n\n", s.paragraphs());
    return String.format(
        "%s\n%s | %s | %s\n\n%s\n", s.title(), s.byline(), a.outlet().name(), published, body);
  }

  private static String record(Article a, Story s) {
    return String.format(
        "{\"id\":%s,\"url\":%s,\"title\":%s,\"published\":%s,\"text\":%s}",
        json(a.id()),
        json(url(a, s)),
        json(s.title()),
        json(a.published().toString()),
        json(String.join("\n\n", s.paragraphs())));
  }

  /** A JSON string literal; control characters are escaped so that a record stays on one line. */
  static String json(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          // U+2028 and U+2029 end lines for some readers of JSON Lines.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String attribute(String s) {
    return escape(s).replace("\"", "&quot;");
  }

  private static String stamp(Article a) {
    return String.format(
        Locale.ROOT, "%sT%02d:%02d:00Z", a.published(), a.minute() / 60, a.minute() % 60);
  }

  private static String url(Article a, Story s) {
    String date = a.published().toString().replace('-', '/');
    return String.format(
        "https://www.%s/world/%s/%s-%d", a.outlet().domain(), date, slug(s.title()), a.number());
  }

  private static String slug(String s) {
    String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-$", "");
  }

  private static String longDate(LocalDate d, boolean us) {
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return us
        ? month + " " + d.getDayOfMonth() + ", " + d.getYear()
        : d.getDayOfMonth() + " " + month + " " + d.getYear();
  }

  private static Path save(Path file, String content) throws IOException {
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static <T> T pick(Random random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  // ---------------------------------------------------------------- prose: one article's words

  /** Draws one article's wording; it has its own random stream, so it depends on no other. */
  private static final class Writer {
    private final Random random;
    private final Article article;
    private final Outlet outlet;
    private final List<Report> reports = new ArrayList<>();

    Writer(Article article, long seed) {
      this.random = new Random(seed * 1_000_003L + article.number());
      this.article = article;
      this.outlet = article.outlet();
      for (Incident incident : article.incidents()) {
        reports.add(new Report(incident, figure(incident.killed())));
      }
    }

    Story story() {
      return switch (outlet.style()) {
        case WIRE -> wire();
        case ANALYSIS -> analysis();
        case BULLETIN -> bulletin();
      };
    }

    /** Wire copy: a dateline, the lead incident in detail, any others briefly, then context. */
    private Story wire() {
      Report first = reports.get(0);
      Incident incident = first.incident();
      boolean crowd = incident.kind().role == Role.CROWD;
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(dateline(incident) + capitalize(lead(first)));
      paragraphs.add(join(casualties(first), attribution(incident)));
      if (random.nextBoolean()) {
        paragraphs.add(capitalize(fill(pick(crowd ? Data.CROWD_QUOTES : Data.QUOTES), incident)));
      }
      List<String> links =
          new ArrayList<>(
              List.of("in a separate incident, ", "separately, ", "elsewhere in {country}, "));
      for (Report next : reports.subList(1, reports.size())) {
        String link = links.remove(random.nextInt(links.size()));
        paragraphs.add(
            join(
                capitalize(fill(link, next.incident()) + lead(next)),
                casualties(next),
                attribution(next.incident())));
      }
      paragraphs.add(
          capitalize(fill(pick(crowd ? Data.CROWD_BACKGROUND : Data.BACKGROUND), incident)));
      String byline =
          "Reporting by " + name() + (random.nextBoolean() ? "; editing by " + name() : "");
      return new Story(headline(first), byline, paragraphs, related());
    }

    /** A blog post: an opinionated opener, one paragraph per incident, then an outlook. */
    private Story analysis() {
      Incident main = reports.get(0).incident();
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(capitalize(fill(pick(Data.OPENERS), main)));
      for (int k = 0; k < reports.size(); k++) {
        Report r = reports.get(k);
        String intro =
            k == 0
                ? any("Start with {town}.", "First, {town}.", "The main story came from {town}.")
                : any("Then there is {town}.", "Next, {region}.", "Then {town}.");
        String doubt =
            r.incident().killed() > 0 && random.nextInt(3) == 0
                ? "Tolls from the area are hard to verify, and other accounts differ."
                : "";
        paragraphs.add(
            join(
                fill(intro, r.incident()),
                capitalize(lead(r)),
                casualties(r),
                attribution(r.incident()),
                doubt));
      }
      paragraphs.add(capitalize(fill(pick(Data.OUTLOOKS), main)));
      String title =
          fill(
              any(
                  "Analysis: reading the {noun} in {town}",
                  "Notes from {region}: a difficult week",
                  "Why {town} matters for {country's} security",
                  "{country}: what the latest violence in {region} tells us"),
              main);
      return new Story(capitalize(title), "By " + name(), paragraphs, related());
    }

    /** A security bulletin: one terse line per incident under a dated heading. */
    private Story bulletin() {
      Incident main = reports.get(0).incident();
      String date = longDate(article.published(), outlet.usDates());
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(
          any("Security bulletin", "Incident summary", "Travel risk update")
              + " — "
              + main.theatre().country()
              + " — "
              + date);
      for (Report r : reports) {
        Place place = r.incident().place();
        paragraphs.add(
            place.town().toUpperCase(Locale.ROOT)
                + " ("
                + place.region()
                + ") — "
                + join(capitalize(lead(r)), casualties(r)));
      }
      paragraphs.add(
          any(
              "Compiled from local sources. Figures may change as more information comes in.",
              "Avoid non-essential movement in the areas named above.",
              "This bulletin is updated daily."));
      String title =
          capitalize(
              main.theatre().country()
                  + ": "
                  + any("security update", "daily brief")
                  + ", "
                  + date);
      return new Story(title, "Compiled by the " + outlet.name() + " desk", paragraphs, related());
    }

    /** The event itself, as one uncapitalised sentence naming place and day. */
    private String lead(Report r) {
      String lead = fill(pick(r.incident().kind().leads), r.incident());
      String said = any("", "", "", ", officials said", ", residents said", ", witnesses said");
      return lead + (lead.contains(" said") ? "" : said) + ".";
    }

    private String headline(Report r) {
      Incident i = r.incident();
      String headline =
          i.killed() > 0 && random.nextBoolean()
              ? r.toll().text(false) + " killed in " + i.kind().noun + " in " + i.place().town()
              : fill(pick(i.kind().heads), i);
      return capitalize(headline);
    }

    private String dateline(Incident i) {
      String city = random.nextBoolean() ? i.theatre().capital() : i.place().town();
      String date =
          outlet.usDates()
              ? longDate(article.published(), true).replaceAll(", \\d+$", "")
              : longDate(article.published(), false);
      return city.toUpperCase(Locale.ROOT) + ", " + date + " (" + outlet.name() + ") - ";
    }

    /** The toll as this outlet heard it; a quiet incident is said to be quiet. */
    private String casualties(Report r) {
      Incident i = r.incident();
      Kind kind = i.kind();
      String source = pick(Data.SOURCES);
      if (i.killed() == 0) {
        return capitalize(
            switch (kind) {
              case PEACEFUL_PROTEST ->
                  any("the protest ended peacefully.", "police said no one was hurt.");
              case ARREST -> "no one was hurt during the operation.";
              case VIOLENT_PROTEST, RIOT ->
                  "no deaths were reported, though several people were treated for injuries.";
              default ->
                  any(
                      "no one was killed, " + source + " said.",
                      "there were no immediate reports of casualties.",
                      source + " said no one was killed in the " + kind.noun + ".");
            });
      }
      Figure toll = r.toll();
      boolean one = toll.number() == 1;
      String victims = one ? kind.victim() : kind.victims;
      String count = toll.text(outlet.style() == Style.WIRE) + " " + victims;
      String wounded =
          i.injured() > 1 && random.nextBoolean() ? " and wounded " + i.injured() + " others" : "";
      return capitalize(
          any(
              kind.subject + " killed " + count + wounded + ", " + source + " said.",
              source + " said " + count + (one ? " was" : " were") + " killed.",
              "the death toll rose to " + toll.text(false) + ", according to " + source + ".",
              kind.subject
                  + " left "
                  + count
                  + " dead, "
                  + source
                  + " told "
                  + outlet.name()
                  + "."));
    }

    /** Who owned up, who denied it, or who is suspected: varies by incident, not by outlet. */
    private String attribution(Incident i) {
      String actor = i.actor().name();
      String noun = i.kind().noun;
      if (i.kind().role == Role.CROWD) {
        return random.nextInt(3) == 0
            ? "Organisers threatened further protests if their demands were not met."
            : "";
      }
      if (i.kind() == Kind.TERRITORY_SEIZED && i.claim() != Claim.CLAIMED) {
        return ""; // the lead already says who holds the ground
      }
      if (!i.actor().armed()) {
        return switch (i.claim()) {
          case CLAIMED ->
              "Authorities said in a statement that the "
                  + noun
                  + " had targeted "
                  + i.other().name()
                  + ".";
          case DENIED -> capitalize(i.other().name() + " disputed the official account.");
          case NONE -> "";
        };
      }
      return capitalize(
          switch (i.claim()) {
            case CLAIMED ->
                any(
                    actor
                        + " claimed responsibility for the "
                        + noun
                        + " in a statement posted online.",
                    "in a statement, "
                        + actor
                        + " said its fighters had carried out the "
                        + noun
                        + ".");
            case DENIED ->
                any(
                    actor + " denied involvement.",
                    "officials blamed " + actor + ", which denied any role in the " + noun + ".");
            case NONE ->
                any(
                    "no group immediately claimed responsibility, but "
                        + actor
                        + " is active in the area.",
                    "there was no immediate claim of responsibility; security officials blamed "
                        + actor
                        + ".");
          });
    }

    /** How this outlet puts the day: weekday, date, or "yesterday", relative to publication. */
    private String when(Incident i) {
      LocalDate d = i.date();
      long before = ChronoUnit.DAYS.between(d, article.published());
      String weekday = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String dayMonth =
          outlet.usDates() ? month + " " + d.getDayOfMonth() : d.getDayOfMonth() + " " + month;
      List<String> options =
          new ArrayList<>(
              List.of(
                  "on " + weekday,
                  "late on " + weekday,
                  "on " + dayMonth,
                  "on " + longDate(d, outlet.usDates())));
      if (before == 1) {
        options.add("yesterday");
      }
      if (before == 0) {
        options.add("early on " + weekday);
      }
      return pick(options);
    }

    private String place(Incident i) {
      Place p = i.place();
      String country = i.theatre().country();
      return any(
          "in " + p.town(),
          "near " + p.town(),
          "in " + p.town() + ", " + country,
          "in " + p.town() + " in " + possessive(country) + " " + p.region(),
          "on the outskirts of " + p.town() + ", " + p.region());
    }

    /** A few teasers for other stories: page furniture, not reports of events. */
    private List<String> related() {
      List<String> teasers = new ArrayList<>();
      for (int k = 2 + random.nextInt(3); k > 0; k--) {
        Theatre t = pick(Data.THEATRES);
        teasers.add(
            capitalize(
                pick(Data.TEASERS)
                    .replace("{group}", pick(t.groups()).name())
                    .replace("{region}", pick(t.places()).region())
                    .replace("{town}", pick(t.places()).town())
                    .replace("{country}", t.country())));
      }
      return teasers;
    }

    /** The toll this outlet reports: exact, a floor, a later count or a round figure. */
    private Figure figure(int killed) {
      int roll = random.nextInt(100);
      if (killed <= 1 || roll < 40) {
        return new Figure("", killed);
      }
      if (roll < 70) {
        return new Figure("at least", killed - random.nextInt(Math.min(3, killed - 1) + 1));
      }
      if (roll < 85) {
        return new Figure("", killed + 1 + random.nextInt(3));
      }
      return killed >= 12
          ? new Figure("more than", (killed - 1) / 10 * 10)
          : new Figure("at least", killed);
    }

    /** Fills {tokens} in order of appearance, so that the draws are repeatable. */
    private String fill(String template, Incident i) {
      Matcher m = TOKEN.matcher(template);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(b, Matcher.quoteReplacement(value(m.group(1), i)));
      }
      return m.appendTail(b).toString();
    }

    private String value(String token, Incident i) {
      return switch (token) {
        case "actor" -> i.actor().name();
        case "fighters" -> i.actor().fighters();
        case "other" -> i.other().name();
        case "target" -> i.target();
        case "place" -> place(i);
        case "when" -> when(i);
        case "n" -> Integer.toString(i.taken());
        case "town" -> i.place().town();
        case "region" -> i.place().region();
        case "country" -> i.theatre().country();
        case "country's" -> possessive(i.theatre().country());
        case "noun" -> i.kind().noun;
        case "group" -> (i.actor().armed() ? i.actor() : i.theatre().groups().get(0)).name();
        case "force" -> i.theatre().forces().get(0).name();
        case "outlet" -> outlet.name();
        default -> throw new IllegalStateException("unknown token {" + token + "}");
      };
    }

    private String name() {
      return pick(Data.FIRST_NAMES) + " " + pick(Data.LAST_NAMES);
    }

    private <T> T pick(List<T> options) {
      return options.get(random.nextInt(options.size()));
    }

    private String any(String... options) {
      return options[random.nextInt(options.length)];
    }
  }

  private static String join(String... sentences) {
    StringBuilder b = new StringBuilder();
    for (String s : sentences) {
      if (!s.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(s);
      }
    }
    return b.toString();
  }

  /** "Somalia's", but "the Philippines'". */
  private static String possessive(String country) {
    return country.endsWith("s") ? country + "'" : country + "'s";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---------------------------------------------------------------- the values

  /** One article to write: its id, file format, outlet, publication time and incidents. */
  record Article(
      int number,
      String id,
      Format format,
      Outlet outlet,
      LocalDate published,
      int minute,
      List<Incident> incidents) {}

  /** One invented incident: the truth every report of it bends a little. */
  record Incident(
      int id,
      Theatre theatre,
      Place place,
      Kind kind,
      Actor actor,
      Actor other,
      String target,
      LocalDate date,
      int killed,
      int injured,
      int taken,
      Claim claim) {}

  /** A news outlet: the style it writes in and how it writes dates. */
  record Outlet(String name, String domain, Style style, boolean usDates) {}

  /** A country at war, its towns, its armed groups and its security forces. */
  record Theatre(
      String country,
      String capital,
      Profile profile,
      List<Place> places,
      List<Actor> groups,
      List<Actor> forces) {}

  /** A real town and the region it lies in, as reporters name it. */
  record Place(String town, String region) {}

  /** A party to an event: its name, how its fighters are called, and whether it is non-state. */
  record Actor(String name, String fighters, boolean armed) {
    Actor(String name, boolean armed) {
      this(name, name, armed);
    }
  }

  private record Report(Incident incident, Figure toll) {}

  private record Story(
      String title, String byline, List<String> paragraphs, List<String> related) {}

  private record Figure(String qualifier, int number) {
    String text(boolean words) {
      boolean spelled = (words || number == 1) && number < Data.NUMBER_WORDS.size();
      String n = spelled ? Data.NUMBER_WORDS.get(number) : Integer.toString(number);
      return qualifier.isEmpty() ? n : qualifier + " " + n;
    }
  }

  private record Followup(Incident incident, List<Outlet> outlets, int wanted) {}

  enum Format {
    HTML,
    TEXT,
    RECORD
  }

  enum Style {
    WIRE,
    ANALYSIS,
    BULLETIN
  }

  enum Claim {
    CLAIMED,
    DENIED,
    NONE
  }

  /** Who acts in an event of a kind: an armed group, the state, either, or a crowd. */
  enum Role {
    GROUP,
    FORCE,
    EITHER,
    CROWD
  }

  /**
   * Kinds of event, with the words reporters use for each. Each table gives who acts, the range of
   * the dead, noun, subject and victims, then targets, then uncapitalised lead and headline
   * templates whose {tokens} the writer fills in.
   */
  enum Kind {
    CLASH(
        """
        GROUP | 2-40 | clashes | the fighting | people
        targets: a military base | an army outpost | a checkpoint | government positions
        lead: {fighters} attacked {target} {place} {when}, sparking clashes with {other}
        lead: heavy fighting broke out between {other} and {fighters} {place} {when}
        lead: {other} fought off an assault by {fighters} on {target} {place} {when}
        head: fighting between {actor} and {other} near {town}
        head: {fighters} attack {target} in {country}
        """),
    SUICIDE_BOMBING(
        """
        GROUP | 2-45 | suicide bombing | the blast | people
        targets: a crowded market | a military checkpoint | a police station | a bus station
        targets: a hotel near government offices
        lead: a suicide bomber blew himself up at {target} {place} {when}
        lead: a suicide car bomb exploded outside {target} {place} {when}
        lead: an attacker wearing an explosive vest set it off at {target} {place} {when}
        head: suicide bomber strikes {target} in {town}
        head: suicide attack hits {town}
        """),
    IED(
        """
        GROUP | 1-15 | roadside bombing | the explosion | people
        targets: a military convoy | a minibus carrying passengers | a police patrol
        targets: a truck carrying traders
        lead: a roadside bomb struck {target} {place} {when}
        lead: an improvised explosive device hit {target} {place} {when}
        lead: {target} ran over a landmine {place} {when}
        head: roadside bomb hits {target} near {town}
        head: bomb blast hits {target} in {country}
        """),
    DRONE_STRIKE(
        """
        EITHER | 0-12 | drone strike | the strike | people
        targets: a vehicle | a house | a fuel depot | a checkpoint | a warehouse
        lead: a drone strike carried out by {actor} hit {target} {place} {when}
        lead: {actor} used armed drones to strike {target} {place} {when}
        lead: a drone attack blamed on {actor} destroyed {target} {place} {when}
        head: drone strike hits {target} in {town}
        head: drone attack on {town} blamed on {actor}
        """),
    AIR_STRIKE(
        """
        FORCE | 0-30 | air strike | the strike | people
        targets: suspected hideouts | a training camp | a weapons depot | positions
        lead: {actor} said military aircraft struck {target} used by {other} {place} {when}
        lead: an air strike by {actor} hit {target} {place} {when}
        lead: an air strike targeting {other} hit {target} {place} {when}
        head: air strike targets {other} near {town}
        head: air strike hits {other} in {region}
        """),
    SHELLING(
        """
        EITHER | 0-10 | shelling | the shelling | civilians
        targets: residential areas | a market | a school | farmland | a hospital compound
        lead: {actor} shelled {target} {place} {when}
        lead: artillery fire from {actor} hit {target} {place} {when}
        lead: mortar rounds fired by {actor} landed on {target} {place} {when}
        head: shelling hits {target} in {town}
        head: shells hit {town} as fighting continues
        """),
    ATTACK_ON_CIVILIANS(
        """
        GROUP | 2-50 | attack | the attack | civilians
        targets: a village | a farming community | a camp for displaced people | a market
        targets: a church | a mosque
        lead: gunmen believed to be members of {actor} stormed {target} {place} {when}
        lead: suspected {fighters} attacked {target} {place} {when}, burning homes
        lead: armed men on motorbikes raided {target} {place} {when}, and officials blamed {actor}
        head: gunmen kill villagers near {town}
        head: attack on {target} in {country}
        """),
    ABDUCTION(
        """
        GROUP | 0-3 | abduction | the raid | people
        targets: passengers | students | farmers | aid workers | traders
        lead: {fighters} abducted {n} {target} {place} {when}
        lead: armed men kidnapped {n} {target} {place} {when}, and officials blamed {actor}
        lead: at least {n} {target} were seized by suspected {fighters} {place} {when}
        head: {n} {target} abducted near {town}
        head: gunmen kidnap {target} in {country}
        """),
    PEACEFUL_PROTEST(
        """
        CROWD | 0-0 | protest | the protest | people
        targets: better security | the release of detained relatives | lower fuel prices
        targets: the payment of salary arrears | an end to power cuts
        lead: hundreds of {actor} marched through {town} {when} to demand {target}
        lead: {actor} staged a peaceful sit-in {place} {when}, calling for {target}
        lead: several hundred {actor} rallied {place} {when} to call for {target}
        head: {actor} in {town} demand {target}
        head: protest in {town} over security
        """),
    VIOLENT_PROTEST(
        """
        CROWD | 0-4 | protest | the unrest | protesters
        targets: better security | the release of detained relatives | lower fuel prices
        targets: the payment of salary arrears
        lead: {actor} demanding {target} clashed with police {place} {when}, throwing stones
        lead: police fired tear gas at {actor} who blocked roads {place} {when} to demand {target}
        head: police and {actor} clash in {town}
        head: tear gas fired at protest in {town}
        """),
    RIOT(
        """
        CROWD | 0-6 | riot | the violence | people
        targets: a disputed killing | rising food prices | a local election result
        targets: the arrest of a community leader
        lead: rioters set fire to shops and vehicles {place} {when} in anger over {target}
        lead: angry crowds ransacked government buildings {place} {when} following {target}
        head: riots in {town} over {target}
        head: mob torches shops in {town}
        """),
    ARREST(
        """
        FORCE | 0-0 | arrests | the raid | people
        targets: a dawn raid | a series of raids | a search operation
        lead: {actor} arrested {n} suspected members of {other} {place} {when}
        lead: {target} {place} {when} led to the arrest of {n} people suspected of links to {other}
        head: {n} arrested over suspected links to {other} in {town}
        head: raid in {town} targets {other} suspects
        """),
    TERRITORY_SEIZED(
        """
        GROUP | 0-20 | offensive | the fighting | people
        targets: a military base | a border crossing | a district headquarters | several villages
        lead: {fighters} seized control of {target} {place} {when} after {other} withdrew
        lead: {actor} said its fighters had captured {target} {place} {when}, a claim {other} disputed
        lead: {other} pulled out of {target} {place} {when}, leaving it in the hands of {actor}
        head: {fighters} capture {target} near {town}
        head: {other} lose ground near {town}
        """);

    // Read directly, like table columns; the enum is private to this class.
    final Role role;
    final int minKilled;
    final int maxKilled;
    final String noun;
    final String subject;
    final String victims;
    final List<String> targets;
    final List<String> leads;
    final List<String> heads;

    Kind(String table) {
      Map<String, List<String>> fields = fields(table);
      List<String> header = fields.get("");
      String[] range = header.get(1).split("-");
      this.role = Role.valueOf(header.get(0));
      this.minKilled = Integer.parseInt(range[0]);
      this.maxKilled = Integer.parseInt(range[1]);
      this.noun = header.get(2);
      this.subject = header.get(3);
      this.victims = header.get(4);
      this.targets = fields.get("targets");
      this.leads = fields.get("lead");
      this.heads = fields.get("head");
    }

    /** "person" for "people", otherwise the plural without its "s". */
    String victim() {
      return victims.equals("people") ? "person" : victims.substring(0, victims.length() - 1);
    }
  }

  /**
   * The lines of a small table as key to values: "key: a | b" adds a and b under key (a key may
   * repeat), and a line without a key adds its values under "".
   */
  private static Map<String, List<String>> fields(String table) {
    Map<String, List<String>> fields = new TreeMap<>();
    for (String line : table.strip().split("\n")) {
      Matcher keyed = KEYED.matcher(line);
      String key = keyed.matches() ? keyed.group(1) : "";
      String values = keyed.matches() ? keyed.group(2) : line;
      List<String> list = fields.computeIfAbsent(key, k -> new ArrayList<>());
      for (String value : values.split("\\|")) {
        list.add(value.strip());
      }
    }
    return fields;
  }

  /**
   * Which kinds of event a conflict produces: an insurgency, a war between armies, cartel crime.
   */
  enum Profile {
    INSURGENCY(Kind.values()),
    WAR(
        Kind.CLASH,
        Kind.DRONE_STRIKE,
        Kind.AIR_STRIKE,
        Kind.SHELLING,
        Kind.TERRITORY_SEIZED,
        Kind.PEACEFUL_PROTEST),
    CRIME(
        Kind.CLASH,
        Kind.IED,
        Kind.DRONE_STRIKE,
        Kind.ATTACK_ON_CIVILIANS,
        Kind.ABDUCTION,
        Kind.PEACEFUL_PROTEST,
        Kind.VIOLENT_PROTEST,
        Kind.RIOT,
        Kind.ARREST);

    final List<Kind> kinds;

    Profile(Kind... kinds) {
      this.kinds = List.of(kinds);
    }
  }

  /** The fixed word lists: real places and groups, invented outlets, people and page furniture. */
  private static final class Data {
    static final List<Outlet> OUTLETS =
        List.of(
            new Outlet("Meridian Press", "meridianpress.example", Style.WIRE, false),
            new Outlet("Continental Newswire", "continentalnewswire.example", Style.WIRE, true),
            new Outlet("Global Dispatch Agency", "globaldispatch.example", Style.WIRE, false),
            new Outlet("The Daily Sentinel", "dailysentinel.example", Style.WIRE, true),
            new Outlet("The Frontline Ledger", "frontlineledger.example", Style.ANALYSIS, false),
            new Outlet("Conflict Notebook", "conflictnotebook.example", Style.ANALYSIS, true),
            new Outlet("Horizon Security Review", "horizonreview.example", Style.ANALYSIS, false),
            new Outlet("Crisis Watch Bulletin", "crisiswatch.example", Style.BULLETIN, false),
            new Outlet("SafeRoute Risk Alerts", "saferoute.example", Style.BULLETIN, true),
            new Outlet(
                "Regional Security Digest", "securitydigest.example", Style.BULLETIN, false));

    // Real places, groups and forces. A header names country, dateline city and profile; towns are
    // "town / region" and groups "name / what its fighters are called".
    static final List<Theatre> THEATRES =
        theatres(
            """
            Somalia | Mogadishu | INSURGENCY
            towns: Mogadishu / Banadir region | Baidoa / Bay region | Beledweyne / Hiraan region
            towns: Kismayo / Lower Juba region | Jowhar / Middle Shabelle region
            towns: Afgooye / Lower Shabelle region | Galkayo / Mudug region
            groups: al-Shabaab / al-Shabaab fighters
            groups: Islamic State in Somalia / Islamic State fighters
            forces: the Somali army | Somali National Army troops | African Union troops
            forces: Somali police

            Nigeria | Maiduguri | INSURGENCY
            towns: Maiduguri / Borno state | Monguno / Borno state | Gwoza / Borno state
            towns: Damaturu / Yobe state | Gusau / Zamfara state | Kaduna / Kaduna state
            towns: Jos / Plateau state
            groups: ISWAP / ISWAP fighters | Boko Haram / Boko Haram fighters
            forces: Nigerian troops | the Nigerian army | the Nigerian Air Force
            forces: the Civilian Joint Task Force

            Mali | Bamako | INSURGENCY
            towns: Gao / Gao region | Timbuktu / Timbuktu region | Mopti / Mopti region
            towns: Menaka / Menaka region | Segou / Segou region | Kidal / Kidal region
            groups: JNIM / JNIM fighters | Islamic State Sahel Province / Islamic State fighters
            forces: the Malian army | Malian soldiers | Malian troops and Wagner Group fighters

            Burkina Faso | Ouagadougou | INSURGENCY
            towns: Djibo / Sahel region | Dori / Sahel region | Fada N'Gourma / Est region
            towns: Kaya / Centre-Nord region | Ouahigouya / Nord region
            towns: Barsalogho / Centre-Nord region
            groups: JNIM / JNIM fighters | Islamic State Sahel Province / Islamic State fighters
            forces: the Burkinabe army | Burkinabe soldiers
            forces: Volunteers for the Defence of the Homeland

            Syria | Damascus | INSURGENCY
            towns: Deir ez-Zor / Deir ez-Zor province | Raqqa / Raqqa province
            towns: Idlib / Idlib province | Aleppo / Aleppo province | Palmyra / Homs province
            towns: Daraa / Daraa province
            groups: Islamic State / Islamic State militants | Hayat Tahrir al-Sham / HTS fighters
            forces: Syrian government forces | the Kurdish-led Syrian Democratic Forces

            Iraq | Baghdad | INSURGENCY
            towns: Mosul / Nineveh province | Kirkuk / Kirkuk province
            towns: Tikrit / Salahuddin province | Ramadi / Anbar province
            towns: Baqubah / Diyala province | Samarra / Salahuddin province
            groups: Islamic State / Islamic State militants
            groups: Kataib Hezbollah / Kataib Hezbollah fighters
            forces: Iraqi security forces | the Iraqi army | Iraqi police
            forces: the Popular Mobilisation Forces

            Afghanistan | Kabul | INSURGENCY
            towns: Kabul / Kabul province | Jalalabad / Nangarhar province
            towns: Kunduz / Kunduz province | Mazar-i-Sharif / Balkh province
            towns: Kandahar / Kandahar province | Pul-e-Khumri / Baghlan province
            groups: Islamic State Khorasan (ISKP) / ISKP militants
            groups: the National Resistance Front / NRF fighters
            forces: Taliban security forces | the Taliban | Taliban police

            Pakistan | Islamabad | INSURGENCY
            towns: Peshawar / Khyber Pakhtunkhwa province | Bannu / Khyber Pakhtunkhwa province
            towns: Dera Ismail Khan / Khyber Pakhtunkhwa province
            towns: Miranshah / North Waziristan district | Quetta / Balochistan province
            towns: Gwadar / Balochistan province | Turbat / Balochistan province
            groups: Tehrik-i-Taliban Pakistan (TTP) / TTP militants
            groups: the Balochistan Liberation Army / BLA fighters
            groups: Islamic State Khorasan / ISKP militants
            forces: Pakistani security forces | the Pakistani army | police | the Frontier Corps

            Yemen | Aden | INSURGENCY
            towns: Marib / Marib governorate | Taiz / Taiz governorate
            towns: Hodeidah / Hodeidah governorate | Aden / Aden governorate
            towns: Saada / Saada governorate | Ataq / Shabwa governorate
            groups: the Houthis / Houthi fighters
            groups: al-Qaeda in the Arabian Peninsula (AQAP) / AQAP militants
            forces: Yemeni government forces | Southern Transitional Council forces
            forces: the Saudi-led coalition

            DR Congo | Goma | INSURGENCY
            towns: Goma / North Kivu province | Beni / North Kivu province
            towns: Butembo / North Kivu province | Rutshuru / North Kivu province
            towns: Bunia / Ituri province | Djugu / Ituri province | Bukavu / South Kivu province
            groups: the M23 / M23 rebels | the Allied Democratic Forces (ADF) / ADF militants
            groups: CODECO / CODECO militiamen
            forces: the Congolese army (FARDC) | Congolese soldiers | UN peacekeepers

            Mozambique | Pemba | INSURGENCY
            towns: Mocimboa da Praia / Cabo Delgado province | Palma / Cabo Delgado province
            towns: Macomia / Cabo Delgado province | Ancuabe / Cabo Delgado province
            towns: Muidumbe / Cabo Delgado province | Pemba / Cabo Delgado province
            groups: Islamic State Mozambique Province / Islamic State fighters
            groups: insurgents known locally as al-Shabaab / insurgents
            forces: Mozambican troops | Rwandan forces | the Mozambican army

            Colombia | Bogota | CRIME
            towns: Cucuta / Norte de Santander department | Tibu / Norte de Santander department
            towns: Jamundi / Valle del Cauca department | Popayan / Cauca department
            towns: Buenaventura / Valle del Cauca department | Arauca / Arauca department
            groups: the National Liberation Army (ELN) / ELN guerrillas
            groups: the Clan del Golfo / Clan del Golfo gunmen
            groups: FARC dissidents / FARC dissident fighters
            forces: the Colombian army | Colombian soldiers | police

            Mexico | Mexico City | CRIME
            towns: Culiacan / Sinaloa state | Tijuana / Baja California state
            towns: Celaya / Guanajuato state | Reynosa / Tamaulipas state
            towns: Uruapan / Michoacan state | Chilpancingo / Guerrero state
            groups: the Sinaloa Cartel / Sinaloa Cartel gunmen
            groups: the Jalisco New Generation Cartel (CJNG) / CJNG gunmen
            groups: the Gulf Cartel / Gulf Cartel gunmen
            forces: the National Guard | Mexican soldiers | state police

            Myanmar | Yangon | WAR
            towns: Lashio / Shan state | Myawaddy / Kayin state | Monywa / Sagaing region
            towns: Hpakant / Kachin state | Loikaw / Kayah state | Sittwe / Rakhine state
            groups: the Arakan Army / Arakan Army fighters
            groups: the Kachin Independence Army / KIA fighters
            groups: the People's Defence Force / PDF fighters
            groups: the Myanmar National Democratic Alliance Army / MNDAA troops
            forces: the Myanmar military | junta troops | Myanmar's air force

            the Philippines | Cotabato City | INSURGENCY
            towns: Marawi / Lanao del Sur province | Jolo / Sulu province
            towns: Cotabato City / Maguindanao del Norte province
            towns: Zamboanga City / Zamboanga del Sur province
            towns: Datu Piang / Maguindanao del Sur province | Catarman / Northern Samar province
            groups: the New People's Army / New People's Army rebels
            groups: Dawlah Islamiyah / Dawlah Islamiyah militants | Abu Sayyaf / Abu Sayyaf gunmen
            groups: the Bangsamoro Islamic Freedom Fighters / BIFF fighters
            forces: Philippine army troops | the Armed Forces of the Philippines | police

            Ukraine | Kyiv | WAR
            towns: Kharkiv / Kharkiv region | Kherson / Kherson region | Odesa / Odesa region
            towns: Zaporizhzhia / Zaporizhzhia region | Sumy / Sumy region
            towns: Dnipro / Dnipropetrovsk region | Pokrovsk / Donetsk region
            groups: Russian forces / Russian troops
            forces: Ukrainian forces | Ukraine's armed forces | Ukrainian police
            """);

    static final Actor POLICE = new Actor("police", false);

    // Stock phrases, by use; {tokens} as in the kind tables, one phrase per line or "|" apart.
    private static final Map<String, List<String>> PHRASES =
        fields(
            """
            crowd: protesters | demonstrators | students | traders | residents | women's groups
            source: a local official | hospital sources | a security source | residents
            source: the military | police | local authorities | a medical worker
            quote: "We heard a huge blast, then gunfire for almost an hour," a resident told {outlet}.
            quote: "Many of the wounded were taken to hospital in {town}," a health worker said.
            quote: "The situation is now under control," a military spokesman said.
            quote: A local official, speaking on condition of anonymity, said the toll could rise.
            quote: "People are afraid to go to their farms," a community leader in {town} said.
            crowdQuote: "We want the government to listen to us," one protester said.
            crowdQuote: "Our patience has run out," a youth leader in {town} told {outlet}.
            background: {group} has carried out repeated attacks in {region} despite army offensives.
            background: Violence involving {group} has displaced tens of thousands in {country}.
            background: {group} has threatened to step up attacks on army positions around {town}.
            background: {force} said an operation had been launched to find those responsible.
            background: Casualty figures are hard to verify because access to {region} is restricted.
            background: Aid agencies warn that insecurity is cutting off food supplies in {region}.
            crowdBackground: Similar protests have been held elsewhere in {region} in recent weeks.
            crowdBackground: The authorities have promised to act but have given no timetable.
            opener: Anyone following {country} will have noticed how fast things move in {region}.
            opener: {group} has spent the year rebuilding in {region}, and the past days show it.
            opener: A short note on recent events in {country}, from local reports and statements.
            outlook: {group} has threatened more attacks around {town}; {force} may not stop them.
            outlook: Whether {force} can hold on to recent gains remains an open question.
            outlook: Expect more of the same unless the talk of negotiations becomes concrete.
            outlook: None of this has drawn much attention outside {country}, which is the problem.
            teaser: explainer: who are {group}? | aid agencies warn of food shortages in {region}
            teaser: {country}: what to know before the next election | photos: daily life in {town}
            teaser: opinion: the world is looking away from {country}
            teaser: podcast: the week in global security
            first: Amina | Daniel | Fatima | Joseph | Leila | Marco | Grace | Omar | Sara | Tomas
            last: Hassan | Okafor | Traore | Mendez | Karimi | Petrenko | Mwangi | Santos | Aziz
            number: no | one | two | three | four | five | six | seven | eight | nine
            section: Home | World | Africa | Middle East | Asia | Americas | Europe | Opinion
            cookie: <div class="cookie-banner" role="dialog"><p>We use cookies to improve your \
            experience. By continuing to browse you agree to our use of cookies.</p>\
            <button>Accept all</button> <button>Manage preferences</button></div>
            cookie: <div id="consent" class="gdpr"><p>This site uses cookies. Read our \
            <a href="/cookies">cookie policy</a>.</p><button>OK</button></div>
            cookie: <aside class="cookie-notice"><p>Cookies help us deliver our services.</p>\
            <button>Allow all</button> <button>Reject non-essential</button></aside>
            share: <div class="share" aria-label="Share this article">\
            <a href="#share-facebook">Share on Facebook</a> <a href="#share-x">Share on X</a> \
            <a href="#share-whatsapp">WhatsApp</a> <a href="#copy">Copy link</a></div>
            newsletter: <div class="newsletter"><p>Get our morning briefing in your inbox.</p>\
            <form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
            """);

    static final List<String> CROWDS = PHRASES.get("crowd");
    static final List<String> SOURCES = PHRASES.get("source");
    static final List<String> QUOTES = PHRASES.get("quote");
    static final List<String> CROWD_QUOTES = PHRASES.get("crowdQuote");
    static final List<String> BACKGROUND = PHRASES.get("background");
    static final List<String> CROWD_BACKGROUND = PHRASES.get("crowdBackground");
    static final List<String> OPENERS = PHRASES.get("opener");
    static final List<String> OUTLOOKS = PHRASES.get("outlook");
    static final List<String> TEASERS = PHRASES.get("teaser");
    static final List<String> FIRST_NAMES = PHRASES.get("first");
    static final List<String> LAST_NAMES = PHRASES.get("last");
    static final List<String> NUMBER_WORDS = PHRASES.get("number");
    static final List<String> SECTIONS = PHRASES.get("section");
    static final List<String> COOKIE_BANNERS = PHRASES.get("cookie");
    static final String SHARE_BAR = PHRASES.get("share").get(0);
    static final String NEWSLETTER = PHRASES.get("newsletter").get(0);

    private Data() {}

    /** Reads the theatre table: blocks separated by blank lines, read by {@link #fields}. */
    private static List<Theatre> theatres(String table) {
      List<Theatre> theatres = new ArrayList<>();
      for (String block : table.strip().split("\n\n")) {
        Map<String, List<String>> fields = fields(block);
        List<String> header = fields.get("");
        List<Place> towns = new ArrayList<>();
        for (String town : fields.get("towns")) {
          towns.add(new Place(town.split(" / ")[0], town.split(" / ")[1]));
        }
        List<Actor> groups = new ArrayList<>();
        for (String group : fields.get("groups")) {
          groups.add(new Actor(group.split(" / ")[0], group.split(" / ")[1], true));
        }
        List<Actor> forces = new ArrayList<>();
        for (String force : fields.get("forces")) {
          forces.add(new Actor(force, false));
        }
        theatres.add(
            new Theatre(
                header.get(0),
                header.get(1),
                Profile.valueOf(header.get(2)),
                List.copyOf(towns),
                List.copyOf(groups),
                List.copyOf(forces)));
      }
      return List.copyOf(theatres);
    }
  }
}
