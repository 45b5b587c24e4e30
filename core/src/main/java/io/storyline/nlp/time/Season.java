package io.storyline.nlp.time;

/** The four seasons in calendar order from winter, with their TimeML codes. */
enum Season {
    WINTER("WI"), SPRING("SP"), SUMMER("SU"), FALL("FA");

    final String code;

    Season(String code) {
        this.code = code;
    }

    /** The season a month falls in (December, January and February are winter). */
    static Season ofMonth(int month) {
        return month <= 2 ? WINTER : month <= 5 ? SPRING : month <= 8 ? SUMMER : month <= 11 ? FALL : WINTER;
    }
}
