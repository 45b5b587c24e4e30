package io.storyline.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** POSTs alerts as JSON to a user's URL. A webhook that fails is reported and the watch goes on. */
final class Webhook {
    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Webhook(URI target) {
        this.target = target;
    }

    void post(Object body, PrintWriter err) {
        try {
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(OutputOptions.JSON.writeValueAsString(body))).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                err.println("storyline: webhook " + target + " answered HTTP " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            err.println("storyline: webhook " + target + " failed: " + e);
        }
    }
}
