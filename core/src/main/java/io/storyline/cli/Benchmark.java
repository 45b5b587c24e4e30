package io.storyline.cli;

/**
 * A benchmark that {@code storyline bench} runs. Implementations are picocli {@code @Command} classes in the
 * bench module, found with {@link java.util.ServiceLoader}, so reference libraries never reach core.
 */
public interface Benchmark {
}
