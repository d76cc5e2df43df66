package org.sitrep.store;

/**
 * A rejected input as the store keeps it.
 *
 * @param origin the input's identity
 * @param source the name users see
 * @param reason the {@link org.sitrep.ingest.RejectionReason} name
 * @param detail the sentence reported to the user
 * @param lastSeen when it was last offered, ISO 8601 instant
 */
public record StoredRejection(
    String origin, String source, String reason, String detail, String lastSeen) {}
