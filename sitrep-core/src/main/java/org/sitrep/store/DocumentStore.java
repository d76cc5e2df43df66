package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.ingest.CleanDocument;
import org.sitrep.ingest.Rejection;

/**
 * Where documents and rejected inputs are kept. Each document is written in one transaction, so a
 * crash loses no committed document; content hashes make every write idempotent. Implementations
 * are thread-safe.
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

  /** Releases the store; further calls fail. */
  @Override
  void close();
}
