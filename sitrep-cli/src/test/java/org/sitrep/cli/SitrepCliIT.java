package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.JsonlExporter;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.StoredDocument;
import org.sitrep.testing.Inputs;
import org.sitrep.testing.ProjectFiles;

/** The packaged command, run as a process: the foundation's acceptance checks end to end. */
class SitrepCliIT {
  @TempDir Path dir;

  @Test
  void runOnTheDemoCorpusExportsDocumentsThatSatisfyTheAnswerKey() throws Exception {
    SitrepProcess.Result result =
        SitrepProcess.run(dir, "run", ProjectFiles.demoCorpus().toString(), "--out", "out");

    assertThat(result.exitCode()).as(result.err()).isZero();
    for (String file : JsonlExporter.FILES) {
      assertThat(dir.resolve("out").resolve(file)).exists();
    }
    Map<String, JsonNode> bySource = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("out/documents.jsonl"))) {
      JsonNode document = new ObjectMapper().readTree(line);
      bySource.put(document.get("source").asText(), document);
    }
    JsonNode gold = new ObjectMapper().readTree(ProjectFiles.seedsGold().toFile());
    assertThat(bySource).hasSize(gold.get("documents").size());
    for (JsonNode entry : gold.get("cleaning")) {
      JsonNode document = bySource.get(entry.get("doc").asText());
      assertThat(document.get("title").asText()).isEqualTo(entry.get("title").asText());
      String author = entry.has("author") ? entry.get("author").asText() : null;
      assertThat(document.get("author").isNull() ? null : document.get("author").asText())
          .isEqualTo(author);
      String text = document.get("text").asText();
      entry.get("drop").forEach(drop -> assertThat(text).doesNotContain(drop.asText()));
      entry.get("keep").forEach(keep -> assertThat(text).contains(keep.asText()));
    }

    // Fusion: the Kerman bombing, told by two of the articles, is one event of two sources.
    SitrepProcess.Result events = SitrepProcess.run(dir, "events", "--min-sources", "2", "--json");
    assertThat(events.exitCode()).as(events.err()).isZero();
    JsonNode fused = new ObjectMapper().readTree(events.out());
    assertThat(fused).hasSize(1);
    assertThat(fused.get(0).get("location").get("name").asText()).isEqualTo("Kerman");
    assertThat(fused.get(0).get("document_ids")).hasSize(2);
    SitrepProcess.Result csv =
        SitrepProcess.run(dir, "export", "--format", "acled-csv", "--out", "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> rows = Files.readAllLines(dir.resolve("csv/events.csv"));
    assertThat(rows.get(0)).startsWith("event_id_cnty,event_date,year,time_precision,");
    assertThat(rows).anySatisfy(row -> assertThat(row).contains("Kerman"));
    SitrepProcess.Result geojson =
        SitrepProcess.run(dir, "export", "--format", "geojson", "--out", "map");
    assertThat(geojson.exitCode()).as(geojson.err()).isZero();
    JsonNode map = new ObjectMapper().readTree(dir.resolve("map/events.geojson").toFile());
    assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(map.get("features")).isNotEmpty();
  }

  @Test
  void aGazetteerImportedFromGeoNamesDumpsIsWrittenWhereAskedAndABadLineIsNamed() throws Exception {
    Files.writeString(
        dir.resolve("cities.txt"),
        "174506\tHajin\tHajin\tHajine\t34.69508\t40.83138\tP\tPPLA3\tSY\t\t07\t\t\t\t"
            + "29237\t\t182\tAsia/Damascus\t2020-06-10\n");
    Files.writeString(
        dir.resolve("admin1CodesASCII.txt"), "SY.07\tDeir ez-Zor\tDeir ez-Zor\t170792\n");

    SitrepProcess.Result ok =
        SitrepProcess.run(
            dir, "gazetteer", "import", "cities.txt", "admin1CodesASCII.txt", "--out", "g.idx");

    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("gazetteer written to");
    assertThat(dir.resolve("g.idx")).isNotEmptyFile();

    Files.writeString(dir.resolve("bad.txt"), "not\ta\tgeonames\tline\n");
    SitrepProcess.Result bad =
        SitrepProcess.run(dir, "gazetteer", "import", "bad.txt", "--out", "h.idx");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(bad.err()).contains("bad.txt line 1");
    assertThat(dir.resolve("h.idx")).doesNotExist();
  }

  @Test
  void anActorShowsItsRelationsWithEvidenceAndTheNetworkExportsForGephi() throws Exception {
    Path article = ProjectFiles.demoCorpus().resolve("001_64ec948eddb72fad.txt");
    assertThat(SitrepProcess.run(dir, "run", article.toString(), "--out", "out").exitCode())
        .isZero();

    SitrepProcess.Result actor = SitrepProcess.run(dir, "actor", "Iraqi", "Hezbollah", "Brigades");
    assertThat(actor.exitCode()).as(actor.err()).isZero();
    assertThat(actor.out())
        .startsWith("Kataib Hezbollah  (kataib-hezbollah")
        .contains("Kataib Hezbollah part_of Islamic Resistance in Iraq  [1 document")
        .contains("the Iraqi Hezbollah Brigades, under the “Islamic Resistance in Iraq”")
        .contains("events (in time order):");
    assertThat(SitrepProcess.run(dir, "actor", "Nobody", "Known").exitCode())
        .isEqualTo(ExitCodes.FAILURE);

    List<String> relations = Files.readAllLines(dir.resolve("out/relations.jsonl"));
    assertThat(relations).anyMatch(l -> l.contains("\"prior\":false"));
    assertThat(relations).anyMatch(l -> l.contains("\"prior\":true"));

    for (String format : List.of("graphml", "gexf")) {
      SitrepProcess.Result export =
          SitrepProcess.run(dir, "export", "--format", format, "--out", "graph");
      assertThat(export.exitCode()).as(export.err()).isZero();
      Path file = dir.resolve("graph/actors." + format);
      javax.xml.parsers.DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(file.toFile());
      assertThat(Files.readString(file)).contains("kataib-hezbollah", "part_of");
    }
  }

  @Test
  void exportsOfOneStoreAreByteIdentical() throws Exception {
    SitrepProcess.run(dir, "ingest", ProjectFiles.demoCorpus().toString());
    SitrepProcess.run(dir, "export", "--format", "jsonl", "--out", "a");
    SitrepProcess.run(dir, "export", "--format", "jsonl", "--out", "b");
    for (String file : JsonlExporter.FILES) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
    }
  }

  @Test
  void aMixedFolderIngestsTheGoodFilesNamesEachBadOneAndAddsNothingTheSecondTime()
      throws Exception {
    Path folder = Inputs.writeMixedFolder(dir.resolve("mixed"));

    SitrepProcess.Result first = SitrepProcess.run(dir, "ingest", folder.toString());
    SitrepProcess.Result second = SitrepProcess.run(dir, "ingest", folder.toString());

    assertThat(first.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(first.err())
        .contains("rejected empty.txt: empty")
        .contains("rejected image.bin: binary")
        .contains("rejected huge.txt: oversized")
        .contains("rejected french.txt: not in an accepted language: detected fra")
        .doesNotContain("good.txt")
        .doesNotContain("latin1.txt");
    assertThat(first.out()).contains("2 added").contains("4 rejected");
    assertThat(second.out()).contains("0 added, 0 new versions, 2 unchanged, 4 rejected");
    try (SqliteDocumentStore store =
        SqliteDocumentStore.open(dir.resolve("sitrep.db"), Clock.systemUTC())) {
      assertThat(store.documents())
          .extracting(StoredDocument::source)
          .containsExactlyInAnyOrder("good.txt", "latin1.txt");
      assertThat(store.rejections()).hasSize(4);
    }
  }

  @Test
  void aChangedFileBecomesANewVersionOfItsDocument() throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, Inputs.resource("english-article.txt"));
    SitrepProcess.run(dir, "ingest", file.toString());
    Files.writeString(
        file, Inputs.resource("english-article.txt").replace("four soldiers", "five soldiers"));

    SitrepProcess.Result changed = SitrepProcess.run(dir, "ingest", file.toString());

    assertThat(changed.out()).contains("1 new versions");
    SitrepProcess.Result shown = SitrepProcess.run(dir, "show", "article.txt");
    assertThat(shown.out()).contains("version 1:").contains("version 2:").contains("five soldiers");
  }

  @Test
  void wrongUsageExitsWithTheUsageCode() throws Exception {
    assertThat(SitrepProcess.run(dir, "ingest").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(SitrepProcess.run(dir, "export", "--format", "pdf", "--out", "x").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aMissingPathFailsWithItsName() throws Exception {
    SitrepProcess.Result result = SitrepProcess.run(dir, "ingest", "no-such-folder");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(result.err()).contains("no-such-folder");
  }

  @Test
  void killingAnIngestAndRunningItAgainLosesAndDuplicatesNothing() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    String article = Inputs.resource("english-article.txt");
    int total = 1500;
    for (int i = 0; i < total; i++) {
      Files.writeString(
          corpus.resolve(String.format("article-%04d.txt", i)),
          article.replace("four soldiers", (i + 4) + " soldiers"));
    }
    Path workDir = Files.createDirectories(dir.resolve("work"));

    Process ingest = SitrepProcess.start(workDir, "ingest", corpus.toString());
    int committedBeforeKill = waitForCommittedDocuments(workDir, 50, ingest);
    assertThat(ingest.isAlive()).as("the ingest must still be running when it is killed").isTrue();
    ingest.destroyForcibly().waitFor();
    int afterKill = countDocuments(workDir);
    SitrepProcess.Result rerun = SitrepProcess.run(workDir, "ingest", corpus.toString());

    assertThat(afterKill).isGreaterThanOrEqualTo(committedBeforeKill).isLessThan(total);
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(rerun.out())
        .contains((total - afterKill) + " added")
        .contains(afterKill + " unchanged");
    try (SqliteDocumentStore store =
        SqliteDocumentStore.open(workDir.resolve("sitrep.db"), Clock.systemUTC())) {
      List<String> sources = new ArrayList<>();
      store.documents().forEach(d -> sources.add(d.source()));
      assertThat(sources).hasSize(total).doesNotHaveDuplicates();
      assertThat(store.documents()).allSatisfy(d -> assertThat(d.version()).isEqualTo(1));
    }
  }

  /** Polls the store until at least {@code count} documents are committed or the ingest ends. */
  private static int waitForCommittedDocuments(Path workDir, int count, Process ingest)
      throws Exception {
    while (ingest.isAlive()) {
      if (Files.exists(workDir.resolve("sitrep.db"))) {
        int committed = countDocuments(workDir);
        if (committed >= count) {
          return committed;
        }
      }
      Thread.sleep(20);
    }
    return countDocuments(workDir);
  }

  private static int countDocuments(Path workDir) throws Exception {
    try (var connection =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + workDir.resolve("sitrep.db"));
        var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM documents")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (java.sql.SQLException e) {
      return 0; // the schema is not created yet
    }
  }
}
