package org.sitrep.resolve.place;

/** What sort of place a gazetteer entry is; it decides the precision a mention of it gets. */
public enum PlaceKind {
  /** A whole country: known without a point. */
  COUNTRY,
  /** A first-level region (province, governorate), pointed at its capital as ACLED does. */
  REGION,
  /** A populated place. */
  TOWN,
  /** A base, field, crossing, camp, prison or shrine from the supplement. */
  FACILITY
}
