package io.storyline.clean;

/** How precisely a date is known; its ISO form is cut to this length. */
public enum Granularity {
    YEAR(4), MONTH(7), DAY(10), MINUTE(16), SECOND(19);

    private final int isoLength;

    Granularity(int isoLength) { this.isoLength = isoLength; }

    /** Cuts an ISO date-time ("2023-01-30T00:19:20") to this granularity ("2023-01-30" for DAY). */
    public String cut(String iso) { return iso.length() <= isoLength ? iso : iso.substring(0, isoLength); }
}
