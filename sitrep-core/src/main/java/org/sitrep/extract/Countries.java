package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;

/** English names of countries by ISO 3166-1 alpha-2 code, as conflict data names them. */
public final class Countries {
  /** Where ACLED's name differs from the JDK's. */
  private static final Map<String, String> ACLED_NAMES =
      Map.of(
          "PS",
          "Palestine",
          "SY",
          "Syria",
          "IR",
          "Iran",
          "RU",
          "Russia",
          "KR",
          "South Korea",
          "KP",
          "North Korea",
          "CD",
          "Democratic Republic of Congo",
          "CG",
          "Republic of Congo",
          "TR",
          "Turkey",
          "LA",
          "Laos");

  private Countries() {}

  /** The country's English name; the code itself when it is not a known code. */
  public static String name(String code) {
    String override = ACLED_NAMES.get(code.toUpperCase(Locale.ROOT));
    if (override != null) {
      return override;
    }
    String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }
}
