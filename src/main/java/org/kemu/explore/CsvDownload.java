package org.kemu.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.kemu.csv.CsvWriter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /explore/csv?query=…&variables=…&rows=report.lines&filename=…}: runs a GraphQL query exactly as the
 * endpoint does — the same engine, limits, budgets (a {@link org.kemu.limits.QueryPath}), deadline and
 * interceptors — and answers the list that {@code rows} names as a CSV file ({@link CsvTable}, {@link CsvWriter}).
 * So every table of the explorer downloads from the very query that the page ran and that GraphiQL opens. An
 * answer with errors, or cut at a list's cap, is refused rather than written as a CSV that silently lacks rows.
 */
final class CsvDownload {

    static final String PATH = "/explore/csv";

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final WebGraphQlHandler graphQl;
    private final JsonMapper json;

    CsvDownload(WebGraphQlHandler graphQl, JsonMapper json) {
        this.graphQl = graphQl;
        this.json = json;
    }

    ServerResponse get(ServerRequest request) {
        var query = request.param("query").filter(text -> !text.isBlank());
        var rows = request.param("rows").filter(text -> !text.isBlank());
        if (query.isEmpty() || rows.isEmpty()) {
            return refusal(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
                    "give the query (query=…) and the list to write as rows (rows=report.lines)");
        }
        Map<String, Object> variables;
        try {
            variables = request.param("variables").filter(text -> !text.isBlank())
                    .map(text -> json.readValue(text, JSON_OBJECT)).orElse(Map.of());
        } catch (JacksonException e) {
            return refusal(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "variables: not a JSON object");
        }
        var operationName = request.param("operationName").filter(text -> !text.isBlank());
        var body = new LinkedHashMap<String, Object>();
        body.put("query", query.get());
        body.put("variables", variables);
        operationName.ifPresent(name -> body.put("operationName", name));
        var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), null,
                request.remoteAddress().orElse(null), request.attributes(), body, UUID.randomUUID().toString(),
                LocaleContextHolder.getLocale());
        Document document;
        try {
            document = Parser.parse(query.get());
        } catch (InvalidSyntaxException e) {
            // the engine words syntax errors as the endpoint does (values quoted short): let it answer
            return ServerResponse.async(graphQl.handleRequest(graphQlRequest).map(this::errors).toFuture());
        }
        var operation = operation(document, operationName.orElse(null));
        if (operation.isEmpty()) {
            return refusal(HttpStatus.BAD_REQUEST, "BAD_REQUEST", operationName
                    .map(name -> "query: no operation named " + name)
                    .orElse("query: name the operation to run (operationName=…): the document has several"));
        }
        // a download link is a GET: it must not change anything, as GET /graphql refuses mutations too
        if (operation.get().getOperation() != OperationDefinition.Operation.QUERY) {
            return refusal(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "only queries are written as CSV");
        }
        var path = List.of(rows.get().split("\\."));
        var filename = filename(request.param("filename").orElse("kemu.csv"));
        var answer = graphQl.handleRequest(graphQlRequest)
                .map(response -> respond(response, document, operation.get(), path, filename));
        return ServerResponse.async(answer.toFuture());
    }

    private ServerResponse respond(WebGraphQlResponse response, Document document, OperationDefinition operation,
                                   List<String> rows, String filename) {
        var headers = response.getResponseHeaders();
        if (!response.getErrors().isEmpty()) {
            return errors(response);
        }
        var extensions = response.getExecutionResult().getExtensions();
        if (extensions != null && extensions.containsKey("truncated")) {
            return refusal(HttpStatus.BAD_REQUEST, "TRUNCATED", "the answer was cut at a list's cap "
                    + json.writeValueAsString(extensions.get("truncated"))
                    + ": a CSV would silently lack rows; ask for less (a narrower filter or level)");
        }
        Map<String, Object> data = response.getData();
        CsvTable table;
        try {
            table = CsvTable.of(document, operation, rows, data == null ? Map.of() : data);
        } catch (IllegalArgumentException e) {
            return refusal(HttpStatus.BAD_REQUEST, "BAD_REQUEST", e.getMessage());
        }
        return ServerResponse.ok().headers(h -> h.addAll(headers)).contentType(CSV)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kemu.csv\"; filename*=UTF-8''"
                        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(CsvWriter.write(table.header(), table.rows()));
    }

    /** The answer's GraphQL errors as JSON, with a status a browser does not save as a download. */
    private ServerResponse errors(WebGraphQlResponse response) {
        var headers = response.getResponseHeaders();
        var status = headers.containsHeader(HttpHeaders.RETRY_AFTER) ? HttpStatus.SERVICE_UNAVAILABLE
                : HttpStatus.BAD_REQUEST;
        return ServerResponse.status(status).headers(h -> h.addAll(headers)).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON).body(response.toMap());
    }

    private static Optional<OperationDefinition> operation(Document document, String name) {
        var operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null) {
            return operations.size() == 1 ? Optional.of(operations.getFirst()) : Optional.empty();
        }
        return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst();
    }

    /** Letters, digits, dot, dash and underscore of the name asked for, ending in .csv. */
    static String filename(String asked) {
        var kept = asked.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')
                .limit(80).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        var base = kept.replaceAll("^\\.+", "");
        if (base.isEmpty()) {
            base = "kemu";
        }
        return base.endsWith(".csv") ? base : base + ".csv";
    }

    private ServerResponse refusal(HttpStatus status, String code, String message) {
        var error = Map.of("message", message, "extensions", Map.of("code", code));
        return ServerResponse.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(error)));
    }
}
