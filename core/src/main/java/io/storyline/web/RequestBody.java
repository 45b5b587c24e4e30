package io.storyline.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON request body with a hard size limit whether or not the client declared its length: Javalin's own
 * limit checks only {@code Content-Length}, so a chunked body would otherwise be read whole. Anything that is not
 * a JSON object of the expected type is the client's mistake (400), never the server's.
 */
final class RequestBody {
    static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private RequestBody() {
    }

    static <T> T json(Context ctx, Class<T> type) {
        byte[] body = bounded(ctx);
        if (body.length == 0) {
            throw Problem.badRequest("the body is empty; send a JSON object");
        }
        T value;
        try {
            value = JSON.readValue(body, type);
        } catch (JacksonException e) {
            throw Problem.badRequest("the body is not a JSON object of the expected fields ("
                    + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw Problem.badRequest("the body could not be read: " + e.getMessage());
        }
        if (value == null) {
            throw Problem.badRequest("the body is JSON null; send a JSON object");
        }
        return value;
    }

    private static byte[] bounded(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] read = in.readNBytes(MAX_BYTES + 1);
            if (read.length > MAX_BYTES) {
                throw tooLarge();
            }
            return read;
        } catch (IOException e) {
            throw Problem.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    private static Problem tooLarge() {
        return new Problem(413, "Content Too Large", "the body is larger than " + MAX_BYTES + " bytes");
    }
}
