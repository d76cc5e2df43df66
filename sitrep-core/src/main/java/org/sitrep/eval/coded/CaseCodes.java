package org.sitrep.eval.coded;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.SitrepException;
import org.sitrep.model.SubEventType;

/**
 * CASE 2021's SubType codes ({@code case-codes.tsv}): the ACLED sub-event type each stands for, or
 * none for the codes outside ACLED. Immutable.
 */
public final class CaseCodes {
  private static final String FILE = "case-codes.tsv";

  /** Per code, the sub-event type; empty for a code whose text should yield no event. */
  private final Map<String, Optional<SubEventType>> codes;

  private CaseCodes(Map<String, Optional<SubEventType>> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** The bundled codes. */
  public static CaseCodes standard() {
    Map<String, Optional<SubEventType>> codes = new LinkedHashMap<>();
    for (String line : DataLines.read(FILE)) {
      String[] f = DataLines.fields(FILE, line, 2);
      String code = f[0].strip().toUpperCase(Locale.ROOT);
      if (f[1].strip().equals("none")) {
        codes.put(code, Optional.empty());
      } else {
        SubEventType sub =
            SubEventType.fromLabel(f[1])
                .orElseThrow(() -> new SitrepException(FILE + ": no sub-event type " + f[1]));
        codes.put(code, Optional.of(sub));
      }
    }
    return new CaseCodes(codes);
  }

  /** Whether {@code code} is known. */
  public boolean known(String code) {
    return codes.containsKey(code.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * The sub-event type {@code code} stands for; empty for the codes outside ACLED.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public Optional<SubEventType> subType(String code) {
    Optional<SubEventType> sub = codes.get(code.strip().toUpperCase(Locale.ROOT));
    if (sub == null) {
      throw new IllegalArgumentException("unknown CASE code: " + code);
    }
    return sub;
  }

  /** How many codes stand for ACLED sub-event types. */
  public long acledCodes() {
    return codes.values().stream().filter(Optional::isPresent).count();
  }

  /** How many codes stand for no event. */
  public long noEventCodes() {
    return codes.values().stream().filter(Optional::isEmpty).count();
  }
}
