package io.storyline.nlp.time;

/**
 * A token of the time grammar: a run of letters, a run of digits, or one other character.
 *
 * @param glued      true when no space separates this token from the previous one ("third-quarter", "10:27")
 * @param sentence   index of the sentence the token belongs to
 */
record TimeToken(int start, int end, String text, String lower, boolean glued, int sentence) {

    boolean isDigits() {
        return Character.isDigit(text.charAt(0));
    }

    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String word) {
        return lower.equals(word);
    }

    int intValue() {
        return text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
    }
}
