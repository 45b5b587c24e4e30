package io.storyline.events.coding;

import io.storyline.events.PloverType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published CAMEO → PLOVER conversion table (openeventdata/PLOVER {@code CAMEO2PLOVER-2021.txt}, CC BY-SA 4.0),
 * one line a code: {@code CODE: TYPE, MODE, CONTEXT # CAMEO description}. A code missing from the table takes its
 * parent's coding (0841 → 084 → 08); codes the table drops (01 statements, 02 appeals) are no event unless a later
 * table (Storyline's own {@code cameo-plover-local.txt}) gives them one. The earlier PLOVER drafts' finer types are
 * restored on reading: ACCUSE "investigate" is INVESTIGATE, ACCUSE "disapprove" is DISAPPROVE, and the CAMEO 10
 * demands are DEMAND, because the project's contract and stored events use those names.
 */
public final class CameoPloverTable {
    private final Map<String, PloverCoding> byCode = new HashMap<>();

    /** The tables in order; a code in a later one replaces the earlier one's coding. */
    @SafeVarargs
    public CameoPloverTable(List<String>... tables) {
        for (List<String> lines : tables) {
            Map<String, PloverCoding> seen = new HashMap<>();
            for (String raw : lines) {
                String line = raw.replaceFirst("#.*", "").strip();
                if (line.isEmpty() || line.startsWith("~")) {
                    continue; // the published table ends with a '~~~~~' rule
                }
                int colon = line.indexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException("CAMEO→PLOVER table: need 'CODE: TYPE, MODE, CONTEXT': " + raw);
                }
                String code = line.substring(0, colon).strip();
                String[] fields = line.substring(colon + 1).split(",", -1);
                // a table may list a code twice (175); its first line counts, as it is the one the table's order gives
                seen.putIfAbsent(code, coding(code, fields, raw));
            }
            byCode.putAll(seen);
        }
    }

    private static PloverCoding coding(String code, String[] fields, String raw) {
        String typeName = fields[0].strip();
        String mode = fields.length > 1 ? blankToNull(fields[1]) : null;
        String context = fields.length > 2 ? blankToNull(String.join(",", java.util.Arrays.copyOfRange(fields, 2, fields.length))) : null;
        if (typeName.equals("-") || typeName.isEmpty()) {
            return new PloverCoding(code, null, null, null);
        }
        PloverType type = PloverType.named(typeName)
                .orElseThrow(() -> new IllegalArgumentException("CAMEO→PLOVER table: not a PLOVER type: " + raw));
        return new PloverCoding(code, finer(code, type, mode), mode, context);
    }

    private static PloverType finer(String code, PloverType type, String mode) {
        if (type == PloverType.ACCUSE && "investigate".equals(mode)) {
            return PloverType.INVESTIGATE;
        }
        if (type == PloverType.ACCUSE && "disapprove".equals(mode)) {
            return PloverType.DISAPPROVE;
        }
        if (type == PloverType.REQUEST && code.startsWith("10")) {
            return PloverType.DEMAND;
        }
        return type;
    }

    /** The coding of a CAMEO code ("0841"; a paired "042:043" is read by its first code), "---" being no event. */
    public PloverCoding coding(String cameo) {
        String code = cameo.strip();
        int colon = code.indexOf(':');
        if (colon > 0) {
            code = code.substring(0, colon);
        }
        if (code.equals(PloverCoding.NO_EVENT)) {
            return new PloverCoding(PloverCoding.NO_EVENT, null, null, null);
        }
        for (String at = code; at.length() >= 2; at = at.substring(0, at.length() - 1)) {
            PloverCoding found = byCode.get(at);
            if (found != null) {
                return new PloverCoding(code, found.type(), found.mode(), found.context());
            }
        }
        return new PloverCoding(code, null, null, null);
    }

    private static String blankToNull(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }
}
