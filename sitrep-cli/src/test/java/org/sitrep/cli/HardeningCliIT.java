package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as analysts use it, and two processes on one store, run as processes. */
class HardeningCliIT {
  private static final String ESC = "\u001b";

  @TempDir Path dir;

  private static String record(String id, String title, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}\n";
  }

  @Test
  void everyCommandAnswersHelpWithoutAStoreOrRequiredOptions() throws Exception {
    for (String command : List.of("events", "export", "ingest", "show", "documents", "actor")) {
      SitrepProcess.Result help = SitrepProcess.run(dir, command, "--help");
      assertThat(help.exitCode()).as(command + " --help: " + help.err()).isZero();
      assertThat(help.out()).contains("Usage: sitrep " + command);
    }
    assertThat(dir.resolve("sitrep.db")).doesNotExist();
  }

  @Test
  void aReadCommandOnAStoreThatDoesNotExistSaysSoAndCreatesNothing() throws Exception {
    SitrepProcess.Result events = SitrepProcess.run(dir, "--db", "typo.db", "events");

    assertThat(events.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(events.err()).contains("no store at typo.db");
    assertThat(dir.resolve("typo.db")).doesNotExist();
  }

  @Test
  void datesTakeAYearAMonthOrADayAndABadOneLeaksNoExceptionText() throws Exception {
    Files.writeString(
        dir.resolve("in.jsonl"),
        record("one", "A title", "Gunmen attacked a police post near the river on Monday."));
    assertThat(SitrepProcess.run(dir, "ingest", "in.jsonl").exitCode()).isZero();

    for (String date : List.of("2017", "2024-01", "2024-01-03")) {
      SitrepProcess.Result ok = SitrepProcess.run(dir, "events", "--from", date, "--to", date);
      assertThat(ok.exitCode()).as(date + ": " + ok.err()).isZero();
    }
    SitrepProcess.Result bad = SitrepProcess.run(dir, "events", "--from", "2024-13");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("give a year").doesNotContain("Exception");
  }

  @Test
  void anUnknownTypeOrCountryListsTheValuesThatExist() throws Exception {
    Files.writeString(
        dir.resolve("in.jsonl"),
        record("one", "A title", "Gunmen attacked a police post near the river on Monday."));
    SitrepProcess.run(dir, "ingest", "in.jsonl");

    SitrepProcess.Result type = SitrepProcess.run(dir, "events", "--type", "Armed clashes");

    assertThat(type.err()).contains("the types are: Armed clash");
  }

  @Test
  void titlesCarryNoEscapeSequencesToTheTerminalAndShowFindsANameWithoutItsExtension()
      throws Exception {
    String hostile = "\\u001b]0;owned\\u0007\\u001b[2JBorder report";
    Files.writeString(
        dir.resolve("in.jsonl"),
        record("esc", hostile, "Gunmen attacked a police post near the river on Monday."));
    Files.writeString(
        dir.resolve("border-report.txt"),
        "Soldiers repelled an attack on a border post in the hills on Tuesday night.");
    SitrepProcess.run(dir, "ingest", "in.jsonl", "border-report.txt");

    SitrepProcess.Result documents = SitrepProcess.run(dir, "documents");
    SitrepProcess.Result shown = SitrepProcess.run(dir, "show", "esc");
    SitrepProcess.Result byName = SitrepProcess.run(dir, "show", "border-report");

    assertThat(documents.out()).contains("Border report").doesNotContain(ESC, "\u0007");
    assertThat(shown.out()).contains("Border report").doesNotContain(ESC, "\u0007");
    assertThat(byName.exitCode()).as(byName.err()).isZero();
    assertThat(byName.out()).contains("source:    border-report.txt");
  }

  @Test
  void twoIngestProcessesOnOneNewStoreBothFinishAndKeepEveryDocument() throws Exception {
    Path store = dir.resolve("shared.db");
    List<Process> processes = new ArrayList<>();
    List<Path> workDirs = new ArrayList<>();
    for (String writer : List.of("alpha", "bravo")) {
      Path work = Files.createDirectory(dir.resolve(writer));
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        lines.append(
            record(
                writer + "-" + i,
                "Report " + i,
                "Writer " + writer + " filed report " + i + ": shelling hit the depot at dawn."));
      }
      Files.writeString(work.resolve("in.jsonl"), lines.toString());
      workDirs.add(work);
      processes.add(SitrepProcess.start(work, "--db", store.toString(), "ingest", "in.jsonl"));
    }

    for (int i = 0; i < processes.size(); i++) {
      int code = processes.get(i).waitFor();
      String err = Files.readString(workDirs.get(i).resolve("stderr.txt"));
      assertThat(code).as(err).isZero();
      assertThat(err).doesNotContain("SQLITE_BUSY");
    }
    SitrepProcess.Result documents = SitrepProcess.run(dir, "--db", store.toString(), "documents");
    assertThat(documents.out()).contains("120 documents");
  }
}
