package org.sitrep.server;

/**
 * A request the API refuses, carried to the error handler that writes it as {@code {"error",
 * "detail"}} JSON with its status.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final String parameter;

  ApiException(int status, String error, String detail, String parameter) {
    super(detail);
    this.status = status;
    this.error = error;
    this.parameter = parameter;
  }

  /** 400 for a bad value of {@code parameter}. */
  static ApiException badParameter(String parameter, String detail) {
    return new ApiException(400, "bad_parameter", parameter + ": " + detail, parameter);
  }

  /** 404 for a missing thing of {@code kind}. */
  static ApiException notFound(String kind, String id) {
    return new ApiException(404, "not_found", "no " + kind + " with id " + id, null);
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }

  /** The query parameter at fault, or null. */
  String parameter() {
    return parameter;
  }
}
