package io.storyline.web;

import io.javalin.http.Context;
import io.storyline.clean.IsoPeriod;

import java.time.LocalDate;

/**
 * Reads and checks request parameters: bounded numbers, ISO dates, and text of bounded length without control
 * characters. A parameter is only ever a lookup key or a query, never a file name, so nothing here can name a
 * path; the checks keep hostile values from reaching the store at all.
 */
final class QueryParams {
    static final int MAX_TEXT = 512;
    private final Context ctx;

    QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    String text(String name) {
        return checked(name, ctx.queryParam(name));
    }

    String required(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw Problem.badRequest("parameter '" + name + "' is required");
        }
        return value;
    }

    String path(String name) {
        return checked(name, ctx.pathParam(name));
    }

    int integer(String name, int fallback, int min, int max) {
        String raw = text(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw Problem.badRequest("parameter '" + name + "' must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("parameter '" + name + "' must be a whole number, not '" + raw + "'");
        }
    }

    /** A required moment as an ISO-8601 instant ("2026-12-05T09:30:00Z"), as a page's clock writes it. */
    java.time.Instant instant(String name) {
        String raw = required(name);
        try {
            return java.time.Instant.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.badRequest("parameter '" + name + "' takes an instant such as 2026-12-05T09:30:00Z, not '"
                    + raw + "'");
        }
    }

    /** An ISO date at any granularity (2023, 2023-01, 2023-01-30): its first day, or its last when {@code last}. */
    LocalDate day(String name, boolean last) {
        String raw = text(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!IsoPeriod.isValid(raw.strip())) {
            throw Problem.badRequest("parameter '" + name + "' takes an ISO date such as 2023, 2023-01 or 2023-01-30");
        }
        return last ? IsoPeriod.lastDay(raw.strip()) : IsoPeriod.firstDay(raw.strip());
    }

    boolean flag(String name) {
        String raw = text(name);
        return raw != null && (raw.equalsIgnoreCase("true") || raw.equals("1"));
    }

    static String checked(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw Problem.badRequest("parameter '" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw Problem.badRequest("parameter '" + name + "' contains control characters");
            }
        }
        return value;
    }
}
