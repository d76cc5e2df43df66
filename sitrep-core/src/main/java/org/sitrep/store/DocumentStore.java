package org.sitrep.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.Rejection;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.FusionStamp;
import org.sitrep.model.Relation;
import org.sitrep.model.Report;

/**
 * Where documents, rejected inputs and what extraction read from the documents are kept. Each
 * document is written in one transaction, so a crash loses no committed document; content hashes
 * make every write idempotent. Implementations are thread-safe.
 */
public interface DocumentStore extends AutoCloseable {
  /**
   * Stores a document: a new document, a new version of the document with the same origin, or
   * nothing when its content is already stored (under any origin).
   *
   * @throws StoreException when the write fails; nothing of it is then stored
   */
  SaveResult save(CleanDocument document);

  /** The id of the document whose some version has this content hash; empty when none has. */
  Optional<String> documentWithContent(String contentHash);

  /**
   * Records a rejected input once per origin and content; seeing it again only updates when it was
   * last seen.
   *
   * @param contentHash the hash of the input's bytes, or null when they were not read
   */
  void recordRejection(Rejection rejection, String contentHash);

  /** Every document in its current version, sorted by id; empty when the store is empty. */
  List<StoredDocument> documents();

  /** The document with this id, or else the first by id whose source is this; empty if none. */
  Optional<StoredDocument> document(String idOrSource);

  /** Every version of a document, oldest first; empty when there is no such document. */
  List<StoredDocument> versions(String documentId);

  /** The original bytes of one version; empty when there is no such version. */
  Optional<byte[]> raw(String documentId, int version);

  /** Every rejection recorded, sorted by source. */
  List<StoredRejection> rejections();

  /**
   * Stores what extraction read from one version of a document, in one transaction: the document's
   * reports are replaced by {@code reports} (so extracting twice leaves the same rows), {@code
   * actors} are inserted or updated by id, and their aliases are added to those already stored
   * (aliases are never removed, and a renamed actor keeps its old name as an alias).
   *
   * @param version the version of the document the reports were read from
   * @throws IllegalArgumentException when a report belongs to another document
   * @throws StoreException when the write fails (for instance, no such document version); nothing
   *     of it is then stored
   */
  default void saveExtraction(
      String documentId, int version, List<Report> reports, List<Actor> actors) {
    saveExtraction(documentId, version, reports, actors, List.of());
  }

  /**
   * Stores what extraction read from one version of a document, as {@link #saveExtraction(String,
   * int, List, List)} does, together with relations between actors: the document's relations read
   * from text are replaced by those of {@code relations} (so extracting twice leaves the same
   * rows); prior relations (background knowledge) are added once by id, and only when both their
   * actors are stored, never removed by a later extraction.
   *
   * @throws IllegalArgumentException when a report or a text relation belongs to another document
   * @throws StoreException when the write fails; nothing of it is then stored
   */
  void saveExtraction(
      String documentId,
      int version,
      List<Report> reports,
      List<Actor> actors,
      List<Relation> relations);

  /** Every stored report, sorted by id; its list fields in the order they were saved. */
  List<Report> reports();

  /** Every stored actor, sorted by id, with its aliases sorted. */
  List<Actor> actors();

  /**
   * Every stored actor-to-actor relation, text and prior, sorted by id; each actor named as the
   * store names it, or by its id when the store does not hold it.
   */
  List<Relation> relations();

  /**
   * The current versions of the documents that {@code extractorVersion} has not read: never
   * extracted, extracted from an older version, or extracted by another extractor version. Sorted
   * by id.
   */
  List<StoredDocument> documentsNeedingExtraction(String extractorVersion);

  /**
   * Records that {@code version} of {@code documentId} was extracted by {@code extractorVersion},
   * replacing any earlier record for that document. Call it after {@link #saveExtraction}: a crash
   * between the two only makes the document be extracted again, which is idempotent.
   *
   * @throws StoreException when the write fails (for instance, no such document version)
   */
  void markExtracted(String documentId, int version, String extractorVersion);

  /**
   * Stores what a fusion run changed, in one transaction: the events {@code removedEventIds} are
   * deleted, then {@code events} are written (replacing any event of the same id) with, for each of
   * their reports, the stamp fusion gave it.
   *
   * @throws IllegalArgumentException when a report of {@code events} has no stamp
   * @throws StoreException when the write fails; nothing of it is then stored
   */
  void saveFusion(
      List<String> removedEventIds, List<Event> events, Map<String, FusionStamp> stamps);

  /** Every stored event, sorted by id; empty before the first fusion. */
  List<Event> events();

  /** Report id to the stamp of its last fusion; empty before the first fusion. */
  Map<String, FusionStamp> fusionStamps();

  /** Releases the store; further calls fail. */
  @Override
  void close();
}
