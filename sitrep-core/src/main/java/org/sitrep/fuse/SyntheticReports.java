package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Seeded synthetic reports for the fusion benchmarks (local and Spark): incidents in 20 countries
 * over three years, each told by one to five documents that vary as outlets do (a day or only the
 * month, a day without its year, a place's spelling or only its country, the toll, the claim), plus
 * look-alike incidents at the same place on other days. Each report's incident is known, so that
 * the benchmark can count joined and wrongly merged pairs. The same seed gives the same reports.
 */
public final class SyntheticReports {
  /** The reports and, per report (same order), the incident it tells of. */
  public record Corpus(List<Report> reports, List<Integer> incidents) {}

  private static final SubEventType[] TYPES = {
    SubEventType.ARMED_CLASH,
    SubEventType.AIR_DRONE_STRIKE,
    SubEventType.SUICIDE_BOMB,
    SubEventType.SHELLING_ARTILLERY_MISSILE,
    SubEventType.REMOTE_EXPLOSIVE,
    SubEventType.ATTACK,
    SubEventType.ABDUCTION
  };

  private SyntheticReports() {}

  /** About {@code count} reports drawn with {@code seed}. */
  public static Corpus generate(int count, long seed) {
    Random random = new Random(seed);
    List<Report> reports = new ArrayList<>(count);
    List<Integer> incidents = new ArrayList<>(count);
    int incident = 0;
    int country = 0;
    int town = 0;
    int day = 0;
    while (reports.size() < count) {
      if (incident == 0 || random.nextInt(10) != 0) {
        country = random.nextInt(20);
        town = random.nextInt(300);
        day = random.nextInt(3 * 365);
      } else {
        // A look-alike: the last incident's place, a few days later.
        day += 1 + random.nextInt(3);
      }
      SubEventType type = TYPES[random.nextInt(TYPES.length)];
      int actor = random.nextInt(60);
      int deaths = random.nextInt(40);
      int tellings = 1 + random.nextInt(5);
      for (int t = 0; t < tellings && reports.size() < count; t++) {
        reports.add(
            telling(random, reports.size(), incident, country, town, day, type, actor, deaths));
        incidents.add(incident);
      }
      incident++;
    }
    return new Corpus(reports, incidents);
  }

  private static Report telling(
      Random random,
      int ordinal,
      int incident,
      int country,
      int town,
      int day,
      SubEventType type,
      int actor,
      int deaths) {
    java.time.LocalDate date = java.time.LocalDate.of(2021, 1, 1).plusDays(day);
    int dateForm = random.nextInt(20);
    EventDate eventDate =
        dateForm == 0
            ? new EventDate(date.toString().substring(0, 7), null, DatePrecision.MONTH, null)
            : dateForm == 1
                ? new EventDate("--" + date.toString().substring(5), null, DatePrecision.DAY, null)
                : new EventDate(date.toString(), null, DatePrecision.DAY, null);
    String countryName = "Country" + country;
    int placeForm = random.nextInt(10);
    String townName = "Town" + (char) ('a' + town % 26) + "ville" + town;
    Location place =
        placeForm == 0
            ? Location.named(countryName, countryName)
            : placeForm == 1
                ? Location.named(townName.replace("ville", "vile"), countryName)
                : Location.named(townName, countryName);
    ActorRef perpetrator = new ActorRef("group-" + actor, "Group " + actor);
    boolean claimOnly = random.nextInt(10) == 0;
    List<ActorRef> claims = claimOnly || random.nextInt(5) == 0 ? List.of(perpetrator) : List.of();
    Count toll =
        random.nextInt(3) == 0
            ? null
            : new Count(
                Math.max(0, deaths + random.nextInt(5) - 2),
                random.nextBoolean() ? Count.Qualifier.EXACT : Count.Qualifier.AT_LEAST);
    String documentId = String.format("doc-%08d", ordinal / 3 * 7 % 1_000_000 + ordinal % 3);
    return new Report(
        String.format("%s-r%02d-%d", documentId, ordinal % 100, incident),
        documentId,
        "Synthetic report " + ordinal + " of incident " + incident + ".",
        new Span(0, 10),
        eventDate,
        type,
        claimOnly ? null : perpetrator,
        new ActorRef("civilians", "Civilians"),
        List.of(),
        place,
        toll,
        null,
        claims,
        Modality.ASSERTED,
        null,
        0.8);
  }
}
