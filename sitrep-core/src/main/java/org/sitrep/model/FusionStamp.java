package org.sitrep.model;

import java.util.Objects;

/**
 * What fusion recorded about a report when it last fused it, so that a later run knows what to fuse
 * again.
 *
 * @param fingerprint a digest of everything fusion read from the report
 * @param component the smallest report id of the linked component the report was clustered in: when
 *     a report of a component changes or goes, the whole component is clustered again
 */
public record FusionStamp(String fingerprint, String component) implements java.io.Serializable {
  public FusionStamp {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(component, "component");
  }
}
