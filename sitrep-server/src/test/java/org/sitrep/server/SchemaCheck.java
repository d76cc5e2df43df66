package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JSON value against the subset of JSON Schema that {@code openapi.json} uses: $ref,
 * allOf, oneOf, type (one or several), required, properties, items, enum. Collects every problem
 * with its JSON path.
 */
final class SchemaCheck {
  private final JsonNode root;
  private final List<String> problems = new ArrayList<>();

  SchemaCheck(JsonNode openApi) {
    this.root = openApi;
  }

  /** The problems of {@code value} against {@code schema}; empty when it conforms. */
  List<String> check(JsonNode value, JsonNode schema) {
    problems.clear();
    visit(value, schema, "$");
    return List.copyOf(problems);
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      JsonNode node = root;
      for (String part : ref.substring(2).split("/")) {
        node = node.get(part);
      }
      schema = node;
    }
    return schema;
  }

  private boolean visit(JsonNode value, JsonNode schema, String path) {
    schema = resolve(schema);
    int before = problems.size();
    if (schema.has("allOf")) {
      schema.get("allOf").forEach(s -> visit(value, s, path));
    }
    if (schema.has("oneOf")) {
      boolean any = false;
      for (JsonNode s : schema.get("oneOf")) {
        SchemaCheck inner = new SchemaCheck(root);
        if (inner.check(value, s).isEmpty()) {
          any = true;
        }
      }
      if (!any) {
        problems.add(path + ": matches none of oneOf");
      }
    }
    if (schema.has("type")) {
      List<String> types = new ArrayList<>();
      if (schema.get("type").isArray()) {
        schema.get("type").forEach(t -> types.add(t.asText()));
      } else {
        types.add(schema.get("type").asText());
      }
      if (types.stream().noneMatch(t -> is(value, t))) {
        problems.add(path + ": " + value.getNodeType() + " is not " + types);
        return false;
      }
    }
    if (schema.has("enum") && !value.isNull()) {
      boolean listed = false;
      for (JsonNode e : schema.get("enum")) {
        listed |= e.equals(value);
      }
      if (!listed) {
        problems.add(path + ": " + value + " is not in the enum");
      }
    }
    if (value.isObject()) {
      if (schema.has("required")) {
        for (JsonNode name : schema.get("required")) {
          if (!value.has(name.asText())) {
            problems.add(path + ": missing required " + name.asText());
          }
        }
      }
      if (schema.has("properties")) {
        schema
            .get("properties")
            .fields()
            .forEachRemaining(
                p -> {
                  if (value.has(p.getKey())) {
                    visit(value.get(p.getKey()), p.getValue(), path + "." + p.getKey());
                  }
                });
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        visit(value.get(i), schema.get("items"), path + "[" + i + "]");
      }
    }
    return problems.size() == before;
  }

  private static boolean is(JsonNode v, String type) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> false;
    };
  }
}
