package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

class ExtractionStoreTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final ActorRef IS = new ActorRef("is", "Islamic State");
  private static final ActorRef IRAN = new ActorRef("iran", "Iran");

  @TempDir Path dir;
  private SqliteDocumentStore store;

  @BeforeEach
  void open() {
    store = SqliteDocumentStore.open(dir.resolve("test.db"), CLOCK);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private SaveResult saveDocument(String origin, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    RawInput input =
        new RawInput(origin, Path.of(origin).getFileName().toString(), MediaType.PLAIN_TEXT, bytes);
    return store.save(
        new CleanDocument(
            input,
            ContentHash.of(bytes),
            "UTF-8",
            new DocumentMetadata(null, "T", null, null),
            "en",
            content));
  }

  /** A report with every field filled. */
  private static Report fullReport(String id, String documentId) {
    return new Report(
        id,
        documentId,
        "ISIS attacked the parliament in Tehran, killing 18.",
        new Span(3, 52),
        new EventDate("2017-06-07", "2017-06-08", DatePrecision.DAY, null),
        SubEventType.SUICIDE_BOMB,
        IS,
        IRAN,
        List.of(new ActorRef("civ", "Civilians (Iran)"), new ActorRef("mp", "Parliament")),
        new Location("Tehran", "Iran", "Tehran", 35.69, 51.39, 1, 112931L),
        new Count(18, Count.Qualifier.EXACT),
        new Count(40, Count.Qualifier.AT_LEAST),
        List.of(IS, new ActorRef("amaq", "Amaq")),
        Modality.CLAIMED,
        "doc-x-1",
        0.75);
  }

  /** A report with every optional field empty. */
  private static Report bareReport(String id, String documentId) {
    return new Report(
        id,
        documentId,
        "Something happened.",
        new Span(0, 19),
        new EventDate(null, null, null, "2018-09-22"),
        SubEventType.OTHER,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        List.of(),
        Modality.ASSERTED,
        null,
        0.5);
  }

  private static Actor actor(String id, String name, List<String> aliases) {
    return new Actor(id, name, ActorKind.REBEL_GROUP, null, aliases, null);
  }

  @Test
  void readsBackEveryFieldOfTheReportsItSaved() {
    SaveResult doc = saveDocument("/corpus/a.txt", "the text of a");
    Report full = fullReport(doc.documentId() + "-1", doc.documentId());
    Report bare = bareReport(doc.documentId() + "-2", doc.documentId());
    store.saveExtraction(doc.documentId(), doc.version(), List.of(bare, full), List.of());
    assertThat(store.reports()).containsExactly(full, bare);
  }

  @Test
  void replacesADocumentsReportsSoThatExtractingTwiceGivesTheSameRows() {
    SaveResult a = saveDocument("/corpus/a.txt", "text a");
    SaveResult b = saveDocument("/corpus/b.txt", "text b");
    List<Report> reportsOfA =
        List.of(
            fullReport(a.documentId() + "-1", a.documentId()),
            bareReport(a.documentId() + "-2", a.documentId()));
    Report reportOfB = bareReport(b.documentId() + "-1", b.documentId());
    store.saveExtraction(b.documentId(), 1, List.of(reportOfB), List.of());
    store.saveExtraction(a.documentId(), 1, reportsOfA, List.of());
    List<Report> once = store.reports();
    store.saveExtraction(a.documentId(), 1, reportsOfA, List.of());
    assertThat(store.reports()).isEqualTo(once).hasSize(3);

    store.saveExtraction(a.documentId(), 1, reportsOfA.subList(1, 2), List.of());
    assertThat(store.reports()).containsExactly(reportsOfA.get(1), reportOfB);
  }

  @Test
  void mergesAliasesAndKeepsWhatALaterExtractionDoesNotKnow() {
    SaveResult doc = saveDocument("/corpus/a.txt", "text");
    store.saveExtraction(
        doc.documentId(),
        1,
        List.of(),
        List.of(
            new Actor(
                "is",
                "Islamic State",
                ActorKind.REBEL_GROUP,
                "IQ",
                List.of("ISIS", "ISIL"),
                null)));
    store.saveExtraction(
        doc.documentId(),
        1,
        List.of(),
        List.of(
            new Actor(
                "is",
                "Islamic State group",
                ActorKind.REBEL_GROUP,
                null,
                List.of("Daesh", "ISIS"),
                null)));
    assertThat(store.actors())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("Islamic State group");
              assertThat(a.country()).isEqualTo("IQ");
              // The old canonical name stays known as an alias.
              assertThat(a.aliases()).containsExactly("Daesh", "ISIL", "ISIS", "Islamic State");
            });
  }

  @Test
  void listsActorsByIdWithSortedAliases() {
    SaveResult doc = saveDocument("/corpus/a.txt", "text");
    store.saveExtraction(
        doc.documentId(),
        1,
        List.of(),
        List.of(
            actor("z", "Zeta", List.of("zz", "Z", "a-z")),
            actor("a", "Alpha", List.of()),
            new Actor("m", "Mu", ActorKind.PERSON, "IR", List.of("M"), "z")));
    assertThat(store.actors()).extracting(Actor::id).containsExactly("a", "m", "z");
    assertThat(store.actors().get(2).aliases()).containsExactly("Z", "a-z", "zz");
    assertThat(store.actors().get(1))
        .isEqualTo(new Actor("m", "Mu", ActorKind.PERSON, "IR", List.of("M"), "z"));
  }

  @Test
  void storesNothingOfAnExtractionThatFails() {
    SaveResult doc = saveDocument("/corpus/a.txt", "text");
    Report first = bareReport(doc.documentId() + "-1", doc.documentId());
    store.saveExtraction(doc.documentId(), 1, List.of(first), List.of());
    // Version 2 of the document does not exist: the whole write is rolled back.
    assertThatThrownBy(
            () ->
                store.saveExtraction(
                    doc.documentId(),
                    2,
                    List.of(fullReport(doc.documentId() + "-1", doc.documentId())),
                    List.of(actor("x", "X", List.of("x1")))))
        .isInstanceOf(StoreException.class);
    assertThat(store.reports()).containsExactly(first);
    assertThat(store.actors()).isEmpty();
  }

  @Test
  void refusesAReportOfAnotherDocument() {
    SaveResult doc = saveDocument("/corpus/a.txt", "text");
    assertThatThrownBy(
            () ->
                store.saveExtraction(
                    doc.documentId(), 1, List.of(bareReport("r", "doc-other")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("doc-other");
  }

  @Test
  void tellsWhichDocumentsAnExtractorVersionHasNotRead() {
    SaveResult a = saveDocument("/corpus/a.txt", "text a");
    SaveResult b = saveDocument("/corpus/b.txt", "text b");
    assertThat(store.documentsNeedingExtraction("v1"))
        .extracting(StoredDocument::id)
        .containsExactlyElementsOf(
            List.of(a.documentId(), b.documentId()).stream().sorted().toList());

    store.markExtracted(a.documentId(), 1, "v1");
    store.markExtracted(b.documentId(), 1, "v1");
    assertThat(store.documentsNeedingExtraction("v1")).isEmpty();
    assertThat(store.documentsNeedingExtraction("v2")).hasSize(2);

    SaveResult changed = saveDocument("/corpus/a.txt", "new text a");
    assertThat(store.documentsNeedingExtraction("v1"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(a.documentId());
              assertThat(d.version()).isEqualTo(changed.version());
            });
    store.markExtracted(a.documentId(), changed.version(), "v1");
    assertThat(store.documentsNeedingExtraction("v1")).isEmpty();
  }

  @Test
  void readsRelationsWithTheirActorsNamed() throws Exception {
    SaveResult doc = saveDocument("/corpus/a.txt", "text");
    store.saveExtraction(
        doc.documentId(),
        1,
        List.of(),
        List.of(actor("iskp", "ISKP", List.of()), actor("is", "Islamic State", List.of())));
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
        var st = connection.createStatement()) {
      st.execute(
          "INSERT INTO relations VALUES ('r2', 'iskp', 'is', 'part_of', '"
              + doc.documentId()
              + "', 'ISKP, the branch of IS', 0, 22, 0)");
      st.execute(
          "INSERT INTO relations (id, subject_id, object_id, relation, prior)"
              + " VALUES ('r1', 'unknown', 'is', 'adversary_of', 1)");
    }
    assertThat(store.relations())
        .containsExactly(
            new Relation(
                "r1",
                new ActorRef("unknown", "unknown"),
                RelationType.ADVERSARY_OF,
                new ActorRef("is", "Islamic State"),
                null,
                null,
                null,
                true),
            new Relation(
                "r2",
                new ActorRef("iskp", "ISKP"),
                RelationType.PART_OF,
                new ActorRef("is", "Islamic State"),
                doc.documentId(),
                "ISKP, the branch of IS",
                new Span(0, 22),
                false));
  }

  private static Relation stated(
      String documentId, String subject, RelationType type, String object) {
    return new Relation(
        documentId + "-" + type.code() + "-" + subject + "-" + object,
        new ActorRef(subject, subject),
        type,
        new ActorRef(object, object),
        documentId,
        "ISKP is the branch of IS.",
        new Span(0, 25),
        false);
  }

  private static Relation prior(String subject, RelationType type, String object) {
    return new Relation(
        "prior-" + subject + "-" + type.code() + "-" + object,
        new ActorRef(subject, subject),
        type,
        new ActorRef(object, object),
        null,
        null,
        null,
        true);
  }

  @Test
  void extractingADocumentAgainReplacesItsTextRelationsAndNeverDuplicates() {
    SaveResult doc = saveDocument("/corpus/r.txt", "ISKP is the branch of IS.");
    List<Actor> actors =
        List.of(actor("iskp", "ISKP", List.of()), actor("is", "Islamic State", List.of()));
    Relation branch = stated(doc.documentId(), "iskp", RelationType.PART_OF, "is");
    Relation enemies = stated(doc.documentId(), "is", RelationType.ADVERSARY_OF, "iskp");
    store.saveExtraction(doc.documentId(), 1, List.of(), actors, List.of(branch, enemies));
    store.saveExtraction(doc.documentId(), 1, List.of(), actors, List.of(branch, enemies));
    assertThat(store.relations())
        .extracting(Relation::id)
        .containsExactly(enemies.id(), branch.id());

    store.saveExtraction(doc.documentId(), 1, List.of(), actors, List.of(branch));
    assertThat(store.relations()).extracting(Relation::id).containsExactly(branch.id());
    assertThat(store.relations().get(0).subject()).isEqualTo(new ActorRef("iskp", "ISKP"));
    assertThat(store.relations().get(0).evidence()).isEqualTo("ISKP is the branch of IS.");
  }

  @Test
  void aPriorRelationIsStoredOnceAndOnlyWhenBothItsActorsAre() {
    SaveResult a = saveDocument("/corpus/a.txt", "ISKP struck.");
    SaveResult b = saveDocument("/corpus/b.txt", "IS struck.");
    Relation branch = prior("iskp", RelationType.PART_OF, "is");
    store.saveExtraction(
        a.documentId(), 1, List.of(), List.of(actor("iskp", "ISKP", List.of())), List.of(branch));
    assertThat(store.relations()).isEmpty();

    store.saveExtraction(
        b.documentId(),
        1,
        List.of(),
        List.of(actor("is", "Islamic State", List.of())),
        List.of(branch));
    store.saveExtraction(
        b.documentId(),
        1,
        List.of(),
        List.of(actor("is", "Islamic State", List.of())),
        List.of(branch));
    assertThat(store.relations())
        .containsExactly(
            new Relation(
                branch.id(),
                new ActorRef("iskp", "ISKP"),
                RelationType.PART_OF,
                new ActorRef("is", "Islamic State"),
                null,
                null,
                null,
                true));

    // Extracting a document again without it keeps prior knowledge: it is no document's.
    store.saveExtraction(b.documentId(), 1, List.of(), List.of(), List.of());
    assertThat(store.relations()).hasSize(1);
  }

  @Test
  void aTextRelationOfAnotherDocumentIsRefusedAndNothingIsStored() {
    SaveResult a = saveDocument("/corpus/a.txt", "ISKP struck.");
    Relation elsewhere = stated("doc-other", "iskp", RelationType.PART_OF, "is");
    assertThatThrownBy(
            () ->
                store.saveExtraction(
                    a.documentId(),
                    1,
                    List.of(),
                    List.of(actor("iskp", "ISKP", List.of())),
                    List.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("doc-other");
    assertThat(store.actors()).isEmpty();
    assertThat(store.relations()).isEmpty();
  }
}
