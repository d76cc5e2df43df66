package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Event;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoredDocument;

/**
 * Many-source reporting of two real incidents, written apart from the seeds (the general rules they
 * prompted, for datelines, toll updates and cities guessed into the wrong country, are tested on
 * their own elsewhere): the Kabul airport bombing of 26 August 2021 (three sources naming it by
 * weekday, by date, by the airport's two names) and the strike on Beirut of 30 July 2024 (two
 * sources, one also reporting a separate strike that day), the Crocus City Hall attack (a report
 * and a toll update), the Tower 22 drone strike (a report and a later reference to it), and a day
 * in Syria (a market strike and a roadside bomb told by three articles, the town struck again a
 * week later). Every same-incident pair that names a place must join and no two incidents may
 * merge.
 */
class UnseenIncidentsIT {
  @TempDir static Path dir;
  private static SqliteDocumentStore store;
  private static List<Set<String>> sourcesPerEvent;

  @BeforeAll
  static void runThePipeline() throws URISyntaxException {
    store = SqliteDocumentStore.open(dir.resolve("unseen.db"), Clock.systemUTC());
    Path records = Path.of(UnseenIncidentsIT.class.getResource("unseen-incidents.jsonl").toURI());
    BatchIngest ingest = new BatchIngest(Ingestor.standard(IngestConfig.DEFAULTS), store);
    ingest.ingestFiles(ingest.files(List.of(records)), outcome -> {});
    new BatchExtract(ExtractionPipeline.standard(), store).run((document, reports) -> {});
    new BatchFuse(store).run();
    Map<String, String> source =
        store.documents().stream()
            .collect(Collectors.toMap(StoredDocument::id, StoredDocument::source));
    sourcesPerEvent =
        store.events().stream()
            .map(
                (Event e) ->
                    e.documentIds().stream()
                        .map(source::get)
                        .collect(Collectors.toCollection(TreeSet::new)))
            .map(s -> (Set<String>) s)
            .toList();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void theThreeReportsOfTheKabulBombingAreOneEvent() {
    assertThat(sourcesPerEvent).contains(Set.of("kabul-a", "kabul-b", "kabul-c"));
  }

  @Test
  void theTwoReportsOfTheBeirutStrikeAreOneEventAndTheSeparateStrikeStaysApart() {
    assertThat(sourcesPerEvent).contains(Set.of("beirut-a", "beirut-b"));
    assertThat(sourcesPerEvent.stream().filter(s -> s.equals(Set.of("beirut-b"))).count())
        .isEqualTo(1);
  }

  @Test
  void theCrocusCityHallAttackAndItsTollUpdateAreOneEvent() {
    assertThat(sourcesPerEvent).contains(Set.of("crocus-a", "crocus-b"));
  }

  @Test
  void theTower22StrikeNamedByItsOutpostIsOneEventAcrossTheReportAndTheLaterReference() {
    // tower22-a only says "a small American base in northeastern Jordan": no place to join on.
    assertThat(sourcesPerEvent).anyMatch(s -> s.containsAll(Set.of("tower22-b", "tower22-c")));
  }

  @Test
  void oneTownStruckOnTwoDaysIsTwoEventsAndTwoIncidentsOfOneArticleStayApart() {
    // syr-a reports the Jisr al-Shughur strike and, "separately", a bomb near Palmyra.
    assertThat(sourcesPerEvent).contains(Set.of("syr-a", "syr-b"), Set.of("syr-a", "syr-c"));
    assertThat(sourcesPerEvent).contains(Set.of("syr-d"));
  }

  @Test
  void aClaimTheTextDeniesIsNoClaim() {
    // syr-c: "No group claimed the attack, but Islamic State cells are active in the area."
    assertThat(
            store.events().stream()
                .filter(e -> e.location() != null && "Palmyra".equals(e.location().name()))
                .flatMap(e -> e.claims().stream()))
        .isEmpty();
  }

  @Test
  void noEventMixesIncidents() {
    // Document ids name their incident before the dash; Syrian incidents are told apart above.
    assertThat(sourcesPerEvent)
        .allMatch(
            s -> s.stream().map(id -> id.substring(0, id.indexOf('-'))).distinct().count() == 1);
  }
}
