package io.storyline.cli;

import io.storyline.resolve.story.Story;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline stories}. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Every story (articles about one happening), latest first, with why each article joined.")
public final class StoriesCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = data.open()) {
            List<Story> stories = corpus.store().stories().list(Integer.MAX_VALUE, 0);
            if (output.table()) {
                output.table(List.of("ID", "START", "END", "ARTICLES", "TITLE"), stories.stream()
                        .map(s -> List.of(s.id(), String.valueOf(s.start()), String.valueOf(s.end()),
                                String.valueOf(s.articles().size()), String.valueOf(s.title()))).toList(), 60);
            } else {
                stories.forEach(output::jsonLine);
            }
            output.flush();
        }
        return ExitCodes.OK;
    }
}
