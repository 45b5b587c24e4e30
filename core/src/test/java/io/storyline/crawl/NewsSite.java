package io.storyline.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A real news site on a loopback port for crawl tests: it serves the feed, sitemap and robots.txt files of this
 * folder's test resources (with BASE replaced by its own address), article pages, and the misbehaviours a crawler
 * meets (a redirect loop, a slow page, a huge page, a truncated body, a malformed feed). It records every request.
 */
public final class NewsSite implements AutoCloseable {
    /** One request as the server saw it. */
    public record Request(String path, long nanos, String userAgent, String ifNoneMatch) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> types = new LinkedHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> posted = Collections.synchronizedList(new ArrayList<>());

    public NewsSite(String host) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Serves a test resource of this package at {@code path}, BASE replaced by the site's address. */
    public NewsSite serve(String path, String resource, String type) {
        return serveText(path, resourceText(resource), type);
    }

    public NewsSite serveText(String path, String text, String type) {
        files.put(path, text.replace("BASE", base()).getBytes(StandardCharsets.UTF_8));
        types.put(path, type);
        return this;
    }

    public NewsSite serveGzipped(String path, String resource) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(resourceText(resource).replace("BASE", base()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put(path, bytes.toByteArray());
        types.put(path, "application/x-gzip");
        return this;
    }

    /** An article page whose title and first paragraph are given. */
    public NewsSite article(String path, String title, String body) {
        return serveText(path, resourceText("article.html").replace("TITLE", title).replace("BODY", body),
                "text/html; charset=utf-8");
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The bodies POSTed to the site, in order. */
    public List<String> posted() {
        synchronized (posted) {
            return List.copyOf(posted);
        }
    }

    public List<String> pathsRequested() {
        return requests().stream().map(Request::path).toList();
    }

    private static String resourceText(String name) {
        try (InputStream in = NewsSite.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, System.nanoTime(), exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().getFirst("If-None-Match")));
        try (exchange) {
            if (exchange.getRequestMethod().equals("POST")) { // a webhook receiving alerts
                posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            switch (path) {
                case "/loop/a" -> redirect(exchange, "/loop/b");
                case "/loop/b" -> redirect(exchange, "/loop/a");
                case "/moved/story-about-the-move" -> redirect(exchange, "/world/2024/03/ministers-meet-in-geneva");
                case "/slow/2024/03/slow-page-story" -> slow(exchange);
                case "/huge/2024/03/huge-page-story" -> huge(exchange);
                case "/cut/2024/03/truncated-page-story" -> truncated(exchange);
                default -> file(exchange, path);
            }
        } catch (IOException e) {
            // the client gave up (a timeout or a size limit): that is what the test provokes
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        byte[] body = files.get(path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        exchange.getResponseHeaders().set("Content-Type", types.get(path));
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().set("Location", to);
        exchange.sendResponseHeaders(301, -1);
    }

    /** Sends its body a few bytes a second: only a whole-fetch deadline stops it. */
    private static void slow(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < 100; i++) {
            out.write("<p>slow</p>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** 50 MB without a Content-Length: only counting the bytes read stops it. */
    private static void huge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>filler filler filler filler filler filler filler</p>\n".repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
        OutputStream out = exchange.getResponseBody();
        for (long sent = 0; sent < 50L << 20; sent += chunk.length) {
            out.write(chunk);
        }
    }

    /** Declares 10,000 bytes and sends 100, then closes. */
    private static void truncated(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 10_000);
        exchange.getResponseBody().write("<html><body><p>cut".repeat(5).getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
        exchange.getHttpContext().getServer();
        throw new IOException("connection dropped on purpose");
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
