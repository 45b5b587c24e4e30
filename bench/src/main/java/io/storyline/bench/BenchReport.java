package io.storyline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one benchmark run: printed for people and written as JSON under {@code bench-results/},
 * with the machine they were measured on.
 */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final String name;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    public BenchReport(String name) {
        this.name = name;
        figures.put("benchmark", name);
        figures.put("when", Instant.now().toString());
        figures.put("machine", machine());
    }

    public BenchReport put(String key, Object value) {
        figures.put(key, value);
        return this;
    }

    /** Prints the figures to {@code out} and writes them to {@code dir/NAME.json}; returns that file. */
    public Path finish(PrintStream out, Path dir) throws IOException {
        String json = JSON.writeValueAsString(figures);
        out.println(json);
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, json);
        return file;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return m;
    }
}
