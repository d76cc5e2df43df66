package org.sitrep.extract;

import java.util.regex.Pattern;
import org.sitrep.model.Location;

/**
 * Whether a place is a facility (a base, camp, prison, crossing, shrine): a strike on two of them
 * is two events, and whoever a struck base hosts is the side attacked.
 */
final class Facilities {
  private static final Pattern FACILITY =
      Pattern.compile("(?i).*\\b(base|airbase|air base|field|camp|prison|crossing|mosque|shrine)$");

  private Facilities() {}

  static boolean is(Location l) {
    return l != null && l.name() != null && isName(l.name());
  }

  static boolean is(PlaceMention p) {
    return isName(p.name());
  }

  static boolean isName(String name) {
    return FACILITY.matcher(name).matches();
  }
}
