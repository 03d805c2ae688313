package org.kemu.explore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol from plain Java: the JDK's WebSocket client and
 * Jackson, no Node.js and no driver binary. Just enough protocol for a page test: open a tab, navigate, evaluate
 * JavaScript, wait for a condition, take screenshots, allow downloads and listen to events.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private final Process process;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();

    /** The browser binary: {@code KEMU_CHROMIUM} if set, else the usual Debian and Chrome paths. */
    static Optional<Path> binary() {
        var configured = System.getenv("KEMU_CHROMIUM");
        return (configured != null && !configured.isBlank() ? List.of(configured) : CANDIDATES).stream()
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static HeadlessChromium launch(Path binary, Path profile) throws IOException, InterruptedException {
        var process = new ProcessBuilder(binary.toString(), "--headless", "--remote-debugging-port=0", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--no-first-run", "--no-default-browser-check", "--metrics-recording-only", "--mute-audio",
                "--hide-scrollbars", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        var address = new CompletableFuture<String>();
        var reader = Thread.ofPlatform().daemon().start(() -> {
            // the browser prints its DevTools address on stderr; the rest of stderr is read and dropped, so that
            // a full pipe never blocks it
            try (var lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    var found = LISTENING.matcher(line);
                    if (found.find()) {
                        address.complete(found.group(1));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new IOException("chromium exited without a DevTools address"));
        });
        reader.setName("chromium-stderr");
        try {
            return new HeadlessChromium(process, address.get(20, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("could not start " + binary + ": " + e.getMessage(), e);
        }
    }

    private HeadlessChromium(Process process, String address) {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(address), new Listener()).join();
    }

    /** Called with every event of every session (a message with a {@code method} and no {@code id}). */
    void onEvent(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    /** Sends a command to the browser ({@code session} null) or to a page's session and waits for its result. */
    JsonNode call(String session, String method, Map<String, ?> params) {
        var id = ids.incrementAndGet();
        var reply = new CompletableFuture<JsonNode>();
        pending.put(id, reply);
        var message = new java.util.LinkedHashMap<String, Object>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        }
        try {
            var answer = reply.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + ": " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + ": no answer within " + CALL_TIMEOUT, e);
        } finally {
            pending.remove(id);
        }
    }

    /** A new tab, attached in flat mode so that its commands and events travel on this one socket. */
    Tab newTab() {
        var target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asString();
        var session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asString();
        return new Tab(session);
    }

    @Override
    public void close() {
        try {
            call(null, "Browser.close", Map.of());
        } catch (RuntimeException e) {
            // the browser may close the socket before it answers; it is stopped below either way
        }
        socket.abort();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** One tab: a CDP session. */
    final class Tab {

        private final String session;
        private int width = 800;
        private int height = 600;
        private boolean mobile;

        private Tab(String session) {
            this.session = session;
        }

        JsonNode call(String method, Map<String, ?> params) {
            return HeadlessChromium.this.call(session, method, params);
        }

        void viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
            metrics(height);
        }

        private void metrics(int viewportHeight) {
            call("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", viewportHeight, "deviceScaleFactor", 1, "mobile", mobile));
        }

        void navigate(String url) {
            call("Page.navigate", Map.of("url", url));
        }

        /** Evaluates an expression in the page, awaiting a promise, and returns its value as JSON. */
        JsonNode evaluate(String expression) {
            var result = call("Runtime.evaluate",
                    Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new IllegalStateException("page script failed: " + expression + "\n"
                        + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /**
         * Waits until the expression is true in the page; fails naming it after the timeout. While a page loads its
         * body may not exist yet: an expression that throws counts as not yet true.
         */
        void waitUntil(String expression, Duration timeout) throws InterruptedException {
            var deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (evaluate("(() => { try { return Boolean(" + expression + "); } catch (e) { return false; } })()")
                        .asBoolean()) {
                    return;
                }
                Thread.sleep(40);
            }
            throw new AssertionError("not true within " + timeout + ": " + expression + "\nstatus: "
                    + evaluate("document.getElementById('status') && document.getElementById('status').innerText"));
        }

        /**
         * The whole page, up to {@code maxHeight} CSS pixels, as a PNG file. The viewport is made as tall as the page
         * for the picture, and the page given a moment to redraw its charts for the new size, as a browser window of
         * that size would show it.
         */
        void screenshot(Path file, int maxHeight) throws IOException, InterruptedException {
            var content = call("Page.getLayoutMetrics", Map.of()).get("cssContentSize").get("height").asDouble();
            metrics((int) Math.min(Math.ceil(content), maxHeight));
            Thread.sleep(250);
            var png = call("Page.captureScreenshot", Map.of("format", "png")).get("data").asString();
            metrics(height);
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(png));
        }
    }

    /** Collects the text frames of each message, then answers a pending call or hands an event to the listeners. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                var node = JSON.readTree(message.toString());
                message.setLength(0);
                if (node.has("id")) {
                    var reply = pending.get(node.get("id").asLong());
                    if (reply != null) {
                        reply.complete(node);
                    }
                } else {
                    listeners.forEach(listener -> listener.accept(node));
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
