package io.storyline.cli;

import io.storyline.contract.ContractJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The {@code --format} option and the writers behind it: JSON Lines for scripts, a table for people. */
public final class OutputOptions {
    /** Field names in snake_case, as the contract spells them. */
    public static final ObjectMapper JSON = ContractJson.MAPPER;

    public enum Format { json, table }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (JSON Lines, the default) or table. Values: ${COMPLETION-CANDIDATES}.")
    Format format = Format.json;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private PrintWriter out() {
        return command.commandLine().getOut();
    }

    public boolean table() {
        return format == Format.table;
    }

    /** Writes one object as one line of JSON. */
    public void jsonLine(Object value) {
        try {
            out().println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        out().flush();
    }

    /** Prints rows under headers, each column as wide as its widest cell up to {@code maxWidth}. */
    public void table(List<String> headers, List<List<String>> rows, int maxWidth) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.min(maxWidth, Math.max(widths[c], cell(row.get(c)).length()));
            }
        }
        printRow(headers, widths);
        for (List<String> row : rows) {
            printRow(row, widths);
        }
        out().flush();
    }

    private void printRow(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cell(cells.get(c));
            if (cell.length() > widths[c]) {
                cell = cell.substring(0, widths[c] - 1) + "…";
            }
            line.append(cell);
            if (c < widths.length - 1) {
                line.append(" ".repeat(widths[c] - cell.length() + 2));
            }
        }
        out().println(line.toString().stripTrailing());
    }

    private static String cell(String value) {
        return value == null ? "-" : value.replace('\n', ' ');
    }
}
