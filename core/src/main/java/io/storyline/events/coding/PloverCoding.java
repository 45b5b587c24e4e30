package io.storyline.events.coding;

import io.storyline.events.PloverType;

/**
 * What a CAMEO code means in PLOVER: the type, its mode ("visit", "release") and context ("legal"), either may be
 * null. A null {@code type} marks a pattern that is no event (CAMEO "---": "release a report").
 */
public record PloverCoding(String cameo, PloverType type, String mode, String context) {
    public static final String NO_EVENT = "---";

    public boolean isEvent() {
        return type != null;
    }

    /** The fields as written in the converted resources: {@code code | TYPE | mode | context}, "-" for none. */
    public String write() {
        return cameo + " | " + (type == null ? "-" : type.name()) + " | " + dash(mode) + " | " + dash(context);
    }

    /** Reads {@link #write()}'s form from the fields after the pattern. */
    static PloverCoding read(String[] fields, int from, String line) {
        if (fields.length < from + 4) {
            throw new IllegalArgumentException("need 'code | TYPE | mode | context': " + line);
        }
        String typeName = fields[from + 1].strip();
        PloverType type = typeName.equals("-") ? null : PloverType.named(typeName)
                .orElseThrow(() -> new IllegalArgumentException("not a PLOVER type '" + typeName + "': " + line));
        return new PloverCoding(fields[from].strip(), type, undash(fields[from + 2]), undash(fields[from + 3]));
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String undash(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("-") ? null : t;
    }
}
