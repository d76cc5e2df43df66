package org.sitrep.cli;

import picocli.CommandLine.Command;

/** {@code sitrep gazetteer}: the place index behind place resolution. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description =
        "The gazetteer places are resolved against: import a GeoNames dump, show figures.",
    subcommands = {GazetteerImportCommand.class, GazetteerStatsCommand.class})
final class GazetteerCommand {}
