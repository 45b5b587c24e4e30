package io.storyline.clean.meta;

/**
 * A metadata value with the text that supports it and the rule that read it.
 *
 * @param value    the value, never null (absent fields are null Evidenced references)
 * @param evidence the supporting text as printed, and how it was read ("connect with the X: self-reference")
 */
public record Evidenced(String value, String evidence) {
    public Evidenced {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("empty value");
    }

    /** The value of a possibly absent field. */
    public static String valueOf(Evidenced field) {
        return field == null ? null : field.value();
    }
}
