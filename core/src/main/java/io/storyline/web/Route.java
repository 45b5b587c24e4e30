package io.storyline.web;

import io.javalin.http.Handler;

/** One API operation: its method, path (Javalin syntax, {param}) and handler; the OpenAPI test reads these. */
record Route(String method, String path, Handler handler) {
}
