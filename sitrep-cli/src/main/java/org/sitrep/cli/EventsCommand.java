package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Event;
import org.sitrep.model.EventFilter;
import org.sitrep.store.SqliteDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep events}: lists the fused events, filtered, as a table or as JSON. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description =
        "List the fused events (one per real-world incident), filtered, as a table or JSON.")
final class EventsCommand implements Callable<Integer> {
  @ParentCommand SitrepCommand sitrep;
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = DateBound.From.class,
      description = "Only events on or after DATE: a year (2017), a month (2024-01) or a day.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DateBound.To.class,
      description = "Only events on or before DATE: a year (2017), a month (2024-01) or a day.")
  LocalDate to;

  @Option(names = "--country", description = "Only events in this country (name, any case).")
  String country;

  @Option(
      names = "--actor",
      description = "Only events with this actor as actor1, actor2 or claimant (id or name part).")
  String actor;

  @Option(
      names = "--type",
      description = "Only events of this event or sub-event type (ACLED name, any case).")
  String type;

  @Option(
      names = "--min-sources",
      defaultValue = "1",
      description = "Only events reported by at least this many documents (default: 1).")
  int minSources;

  @Option(names = "--json", description = "Print the events as a JSON array.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<Event> all;
    try (SqliteDocumentStore store = sitrep.openStore()) {
      all = store.events();
    }
    List<Event> events = all.stream().filter(filter()).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (events.isEmpty()) {
      FilterHints.explain(all, type, country).ifPresent(hint -> warn(hint));
    }
    if (json) {
      ObjectMapper mapper = JsonOutput.mapper();
      out.println(mapper.writeValueAsString(events));
    } else {
      out.print(EventTable.format(events));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void warn(String hint) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("sitrep: " + TerminalSafeWriter.safe(hint));
    err.flush();
  }

  /** The filter the options describe. */
  EventFilter filter() {
    return new EventFilter(from, to, country, actor, type, minSources);
  }
}
