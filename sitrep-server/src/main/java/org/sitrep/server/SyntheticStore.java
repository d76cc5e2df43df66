package org.sitrep.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.DocumentMetadata;
import org.sitrep.ingest.MediaType;
import org.sitrep.ingest.RawInput;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.FusionStamp;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.store.SqliteDocumentStore;

/**
 * A store of synthetic events for load tests and benchmarks: invented actors, places and sentences,
 * written through the store's own API (documents, extractions, fusion) so that the server reads it
 * as it reads a real one. Deterministic for a seed. Every tenth event is reported by two documents.
 */
final class SyntheticStore {
  /** Reports per synthetic document. */
  static final int REPORTS_PER_DOCUMENT = 50;

  private static final String[][] COUNTRIES = {
    {"Northland", "Lake Province", "10", "20"},
    {"Eastmark", "Hill Province", "12", "35"},
    {"Southvale", "River Province", "-5", "28"},
    {"Westreach", "Coast Province", "3", "8"},
    {"Midfield", "Plain Province", "20", "40"}
  };

  private SyntheticStore() {}

  /** Writes about {@code events} synthetic events into a new store at {@code file}. */
  static void write(Path file, int events, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Actor> actors = new ArrayList<>();
    ActorKind[] kinds = {
      ActorKind.STATE_FORCES,
      ActorKind.REBEL_GROUP,
      ActorKind.POLITICAL_MILITIA,
      ActorKind.IDENTITY_MILITIA,
      ActorKind.CIVILIANS
    };
    for (int i = 0; i < 200; i++) {
      actors.add(
          new Actor(
              "syn-" + i,
              "Synthetic Group " + i,
              kinds[i % kinds.length],
              null,
              List.of("SG" + i, "Group " + i + " fighters"),
              null));
    }
    SubEventType[] types = SubEventType.values();
    // Fused pairs take one report from each of two documents; count reports accordingly.
    int reports = events + (events + 9) / 10;
    int documents = (reports + REPORTS_PER_DOCUMENT - 1) / REPORTS_PER_DOCUMENT;
    LocalDate start = LocalDate.of(2020, 1, 1);
    try (SqliteDocumentStore store = SqliteDocumentStore.open(file, Clock.systemUTC())) {
      List<Report> all = new ArrayList<>(reports);
      for (int d = 0; d < documents; d++) {
        StringBuilder text = new StringBuilder();
        List<Report> docReports = new ArrayList<>();
        String origin = "synthetic:" + seed + ":" + d;
        String documentId = null;
        List<String[]> sentences = new ArrayList<>();
        for (int r = 0; r < REPORTS_PER_DOCUMENT && all.size() + docReports.size() < reports; r++) {
          Actor a1 = actors.get(random.nextInt(actors.size()));
          Actor a2 = actors.get(random.nextInt(actors.size()));
          String[] c = COUNTRIES[random.nextInt(COUNTRIES.length)];
          LocalDate day = start.plusDays(random.nextInt(5 * 365));
          int killed = random.nextInt(12);
          String town = "Town " + random.nextInt(400);
          String sentence =
              a1.name()
                  + " attacked "
                  + a2.name()
                  + " near "
                  + town
                  + " in "
                  + c[1]
                  + " on "
                  + day
                  + ", killing "
                  + killed
                  + " people. ";
          sentences.add(
              new String[] {
                a1.id(), a2.id(), c[0], c[1], c[2], c[3], day.toString(), "" + killed, town
              });
          text.append(sentence);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        RawInput input =
            new RawInput(origin, "synthetic-" + d + ".txt", MediaType.PLAIN_TEXT, bytes);
        CleanDocument doc =
            new CleanDocument(
                input,
                ContentHash.of(bytes),
                "UTF-8",
                new DocumentMetadata(null, "Synthetic report " + d, null, null),
                "en",
                text.toString());
        documentId = store.save(doc).documentId();
        int offset = 0;
        String body = text.toString();
        for (int r = 0; r < sentences.size(); r++) {
          String[] s = sentences.get(r);
          int end = body.indexOf(". ", offset) + 1;
          String evidence = body.substring(offset, end);
          Actor a1 = actorById(actors, s[0]);
          Actor a2 = actorById(actors, s[1]);
          double lat = Double.parseDouble(s[4]) + random.nextDouble() * 4;
          double lon = Double.parseDouble(s[5]) + random.nextDouble() * 4;
          docReports.add(
              new Report(
                  documentId + "-r" + String.format("%02d", r),
                  documentId,
                  evidence,
                  new Span(offset, end),
                  new EventDate(s[6], null, DatePrecision.DAY, null),
                  types[Math.floorMod(s[8].hashCode(), types.length)],
                  a1.ref(),
                  a2.ref(),
                  List.of(),
                  new Location(s[8], s[2], s[3], lat, lon, 1, null),
                  new Count(Integer.parseInt(s[7]), Count.Qualifier.EXACT),
                  null,
                  List.of(),
                  Modality.ASSERTED,
                  null,
                  0.9));
          offset = end + 1;
        }
        store.saveExtraction(documentId, 1, docReports, actors);
        all.addAll(docReports);
      }
      List<Event> fused = new ArrayList<>();
      Map<String, FusionStamp> stamps = new HashMap<>();
      int pairs = 0;
      for (int i = 0; i < events; i++) {
        Report r = all.get(i);
        List<Report> members = new ArrayList<>(List.of(r));
        // Every tenth event also has a report of the last documents, told by another document.
        if (i % 10 == 0 && events + pairs < all.size()) {
          Report other = all.get(events + pairs);
          if (!other.documentId().equals(r.documentId())) {
            members.add(other);
          }
          pairs++;
        }
        fused.add(event(members));
        for (Report m : members) {
          stamps.put(m.id(), new FusionStamp("synthetic", members.get(0).id()));
        }
      }
      store.saveFusion(List.of(), fused, stamps);
    }
  }

  private static Actor actorById(List<Actor> actors, String id) {
    return actors.get(Integer.parseInt(id.substring(4)));
  }

  private static Event event(List<Report> members) {
    Report first = members.get(0);
    int low = members.stream().mapToInt(r -> r.fatalities().value()).min().orElse(0);
    int high = members.stream().mapToInt(r -> r.fatalities().value()).max().orElse(0);
    List<String> docs = members.stream().map(Report::documentId).distinct().sorted().toList();
    List<Event.Field> disagreements = new ArrayList<>();
    if (low != high) {
      disagreements.add(Event.Field.FATALITIES);
    }
    return new Event(
        "ev-" + first.id(),
        members.stream().map(Report::id).sorted().toList(),
        docs,
        first.date(),
        first.subEventType(),
        first.actor1(),
        first.actor2(),
        first.location(),
        new Event.Fatalities(low, low + (high - low) / 2, high),
        List.<Event.Claim>of(),
        null,
        disagreements);
  }

  /** The ref of a synthetic actor, for tests. */
  static ActorRef actor(int i) {
    return new ActorRef("syn-" + i, "Synthetic Group " + i);
  }
}
