package io.storyline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.util.NaiveRateLimit;
import io.javalin.json.JavalinJackson;
import io.storyline.contract.ContractJson;
import io.storyline.store.Corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code storyline serve}: the REST API under /api, its OpenAPI document, and the web page with its deep links,
 * all from one process. Loopback and read-only unless the settings say otherwise.
 */
public final class WebServer implements AutoCloseable {
    /** Deep links of the page: each serves the same page, which reads its path. */
    static final List<String> PAGES = List.of("/", "/search", "/article/{id}", "/entity/{id}", "/timeline/{name}",
            "/story/{id}");
    private static final String CONTENT_SECURITY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(Corpus corpus, ServerSettings settings) {
        String page = resource("/web/index.html");
        String openApi = resource("/web/openapi.json");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(ContractJson.MAPPER, false));
            config.http.generateEtags = true;
            config.http.maxRequestSize = RequestBody.MAX_BYTES;
            config.http.prefer405over404 = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.precompress = false;
            });
        });
        RequestGuards guards = new RequestGuards(settings);
        app.before(ctx -> {
            secure(ctx, settings);
            guards.check(ctx);
        });
        for (Route route : routes(new ApiHandlers(corpus, new Snapshots(corpus), settings.allowEdits(),
                settings.editToken() != null))) {
            switch (route.method()) {
                case "GET" -> app.get(route.path(), route.handler());
                case "POST" -> app.post(route.path(), route.handler());
                default -> throw new IllegalStateException(route.method());
            }
        }
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        for (String path : PAGES) {
            app.get(path, ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        }
        app.exception(Problem.class, (problem, ctx) -> problem(ctx, problem));
        app.exception(HttpResponseException.class, (e, ctx) ->
                problem(ctx, new Problem(e.getStatus(), phrase(e.getStatus()), e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("storyline serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            problem(ctx, new Problem(500, "Internal Server Error", "the server could not answer this request"));
        });
        for (int status : new int[] {404, 405, 413, 429}) {
            app.error(status, ctx -> {
                if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                    problem(ctx, new Problem(status, phrase(status), status == 404 ? "nothing at " + ctx.path() : null));
                }
            });
        }
        app.start(settings.host(), settings.port());
        return new WebServer(app);
    }

    /** The API's operations, in the order the OpenAPI document lists them. */
    static List<Route> routes(ApiHandlers api) {
        return List.of(
                new Route("GET", "/api/articles", api::articles),
                new Route("GET", "/api/articles/{id}", api::article),
                new Route("GET", "/api/search", api::search),
                new Route("GET", "/api/entities", api::entities),
                // before /api/entities/{id}, which would otherwise take "corrections" for an id
                new Route("GET", "/api/entities/corrections", api::corrections),
                new Route("GET", "/api/entities/{id}", api::entity),
                new Route("POST", "/api/entities/merge", api::merge),
                new Route("POST", "/api/entities/split", api::split),
                new Route("POST", "/api/entities/corrections/{id}/undo", api::undo),
                new Route("GET", "/api/events", api::events),
                new Route("GET", "/api/stories", api::stories),
                new Route("GET", "/api/stories/{id}", api::story),
                new Route("GET", "/api/timeline", api::timeline),
                new Route("GET", "/api/graph", api::graph),
                new Route("GET", "/api/capabilities", api::capabilities),
                new Route("GET", "/api/arrivals", api::arrivals));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void secure(Context ctx, ServerSettings settings) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-cache");
            NaiveRateLimit.requestPerTimeUnit(ctx, settings.requestsPerSecond(), TimeUnit.SECONDS);
        }
    }

    private static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.contentType(Problem.MEDIA_TYPE);
        try {
            ctx.result(ContractJson.MAPPER.writeValueAsString(problem.body(ctx.path())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String phrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 421 -> "Misdirected Request";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    private static String resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (build the core module)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
