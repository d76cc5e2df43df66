package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coded rows end to end, as the dev-eval script runs them: their documents written, ingested,
 * extracted and scored, each file one table row; and a key of incidents scored on articles.
 */
class CodedEvalIT {
  /** Invented rows: two events and one text that is no event. */
  private static final String CASE_ROWS =
      """
      id,EventSnippet,SubType
      11,"On 4 May 2021, gunmen shot dead three traders at a market in Maiduguri, Nigeria, police said.",ATTACK
      12,"Hundreds of nurses marched peacefully in Nairobi, Kenya, on 2 June 2022, demanding unpaid wages.",PEACE_PROTEST
      13,"The foreign ministers of two neighbouring states met to discuss trade routes.",DIPLO
      """;

  private static final String ACLED_ROWS =
      """
      event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,country,admin1,admin2,admin3,location,notes,fatalities
      T1,9-Jan-21,2021,1,Violence against civilians,Attack,Unidentified Armed Group (Nigeria),Nigeria,Borno,Maiduguri,,Maiduguri,"On 9 January 2021, gunmen attacked a bus near Maiduguri (Borno), killing 2 passengers.",2
      """;

  @TempDir Path dir;

  @Test
  void codedRowsBecomeDocumentsThatAreScoredOneRowPerFile() throws Exception {
    Files.writeString(dir.resolve("case_rows.csv"), CASE_ROWS);
    Files.writeString(dir.resolve("acled_rows.csv"), ACLED_ROWS);

    SitrepProcess.Result documents =
        SitrepProcess.run(
            dir, "coded-documents", "case_rows.csv", "acled_rows.csv", "--out", "rows.jsonl");
    assertThat(documents.exitCode()).as(documents.err()).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("rows.jsonl"));
    assertThat(lines).hasSize(4);
    assertThat(new ObjectMapper().readTree(lines.get(0)).get("id").asText())
        .isEqualTo("case_rows:11");

    assertThat(SitrepProcess.run(dir, "--db", "rows.db", "ingest", "rows.jsonl").exitCode())
        .isZero();
    assertThat(SitrepProcess.run(dir, "--db", "rows.db", "extract").exitCode()).isZero();
    SitrepProcess.Result table =
        SitrepProcess.run(
            dir, "--db", "rows.db", "eval", "--coded", "case_rows.csv", "acled_rows.csv");

    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out().lines().filter(l -> l.startsWith("| case_rows | case | 3 | 3 |")))
        .hasSize(1);
    assertThat(table.out().lines().filter(l -> l.startsWith("| acled_rows | acled | 1 | 1 |")))
        .hasSize(1);
    assertThat(table.out()).contains("| all files |");

    SitrepProcess.Result json =
        SitrepProcess.run(dir, "--db", "rows.db", "eval", "--coded", "case_rows.csv", "--json");
    JsonNode result = new ObjectMapper().readTree(json.out()).get(0);
    assertThat(result.get("file").asText()).isEqualTo("case_rows");
    assertThat(result.get("detection").get("scored").asInt()).isEqualTo(2);
    assertThat(result.get("false_positives").get("scored").asInt()).isEqualTo(1);
    assertThat(result.get("outcomes")).hasSize(3);
    assertThat(result.get("f1").has("weighted")).isTrue();
  }

  @Test
  void articlesOfAnIncidentAreFoundByTheirFileNamePrefix() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("depot_fire_2023_first.txt"),
        "https://example.org/first\nArsonists set fire to a fuel depot in Kaduna, Nigeria, on 3"
            + " March 2023, police said.\n");
    Files.writeString(
        articles.resolve("depot_fire_2023_second.txt"),
        "https://example.org/second\nA fuel depot in Kaduna was burned by arsonists on 3 March"
            + " 2023, witnesses said.\n");
    Files.writeString(
        dir.resolve("key.json"),
        """
        {"clusters": {"depot_fire_2023": {"date": "2023-03-03", "country": ["Nigeria"],
                                          "places": ["Kaduna"]}}}
        """);

    assertThat(
            SitrepProcess.run(
                    dir,
                    "--db",
                    "articles.db",
                    "ingest",
                    "articles/depot_fire_2023_first.txt",
                    "articles/depot_fire_2023_second.txt")
                .exitCode())
        .isZero();
    assertThat(SitrepProcess.run(dir, "--db", "articles.db", "extract").exitCode()).isZero();
    SitrepProcess.Result result =
        SitrepProcess.run(dir, "--db", "articles.db", "eval", "--incidents", "key.json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("| depot_fire_2023 | 2 |");
  }

  @Test
  void evalTakesExactlyOneThingToScoreAgainst() throws Exception {
    assertThat(SitrepProcess.run(dir, "eval").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(
            SitrepProcess.run(dir, "eval", "--gold", "g.json", "--incidents", "k.json").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }
}
