package org.sitrep.spark;

import java.io.Serializable;

/**
 * One file to read.
 *
 * @param uri where it is, for its file system
 * @param origin its identity across runs: the absolute path of a local file (as {@code ./sitrep}
 *     records it, so that both give one document one id), the URI of any other
 * @param name its file name
 * @param size its size in bytes
 * @param order its place in the listing: where two inputs have the same content, the first wins
 */
record InputFile(String uri, String origin, String name, long size, long order)
    implements Serializable {}
