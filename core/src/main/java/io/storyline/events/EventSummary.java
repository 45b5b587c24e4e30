package io.storyline.events;

import java.util.List;
import java.util.Map;

/** One plain sentence from an event's fields: "Angela Merkel visits Lima, from 2015-03-02 to 2015-03-03." */
final class EventSummary {
    private static final Map<String, String> BY_MODE = Map.ofEntries(
            Map.entry("visit", "visit"), Map.entry("meet", "meet"), Map.entry("host", "host"),
            Map.entry("third-party", "attend a meeting with"), Map.entry("invite", "invite"),
            Map.entry("phone", "phone"), Map.entry("sign", "sign an agreement with"),
            Map.entry("diplomatic-mission", "set up a diplomatic mission to"), Map.entry("praise", "praise"),
            Map.entry("military", "supply arms to"), Map.entry("veto", "veto a measure of"),
            Map.entry("boycott", "boycott"), Map.entry("warn", "warn"), Map.entry("expel", "expel"),
            Map.entry("suspend", "suspend ties with"), Map.entry("break-relations", "cut ties with"),
            Map.entry("arrest", "arrest"), Map.entry("seize", "seize"), Map.entry("invade", "invade"),
            Map.entry("bomb", "bomb"), Map.entry("kill", "kill"), Map.entry("shoot", "shoot at"),
            Map.entry("release", "release"), Map.entry("resign", "resign"));
    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("CONSULT", "consult"), Map.entry("AGREE", "agree with"), Map.entry("COOPERATE", "cooperate with"),
            Map.entry("SUPPORT", "support"), Map.entry("AID", "aid"), Map.entry("CONCEDE", "concede to"),
            Map.entry("RETREAT", "withdraw from"), Map.entry("REQUEST", "make a request of"),
            Map.entry("DEMAND", "make a demand of"), Map.entry("DISAPPROVE", "criticize"), Map.entry("ACCUSE", "accuse"),
            Map.entry("REJECT", "reject"), Map.entry("THREATEN", "threaten"), Map.entry("PROTEST", "protest against"),
            Map.entry("SANCTION", "sanction"), Map.entry("MOBILIZE", "mobilize against"), Map.entry("COERCE", "coerce"),
            Map.entry("ASSAULT", "attack"));

    private static final Map<String, String> PASSIVE = Map.ofEntries(
            Map.entry("invite", "invited"), Map.entry("visit", "visited"), Map.entry("meet", "met"),
            Map.entry("host", "hosted"), Map.entry("SANCTION", "sanctioned"), Map.entry("ASSAULT", "attacked"),
            Map.entry("COERCE", "coerced"), Map.entry("ACCUSE", "accused"), Map.entry("DISAPPROVE", "criticized"),
            Map.entry("THREATEN", "threatened"), Map.entry("SUPPORT", "supported"), Map.entry("AID", "aided"),
            Map.entry("REJECT", "rejected"), Map.entry("DEMAND", "urged"), Map.entry("arrest", "arrested"),
            Map.entry("kill", "killed"), Map.entry("release", "released"), Map.entry("expel", "expelled"));

    private EventSummary() {
    }

    static String of(String type, String mode, boolean planned, List<String> actors, List<String> targets,
                     String place, String start, String end) {
        String verb = mode != null && BY_MODE.containsKey(mode) ? BY_MODE.get(mode)
                : BY_TYPE.getOrDefault(type, type.toLowerCase());
        if (actors.isEmpty() && !targets.isEmpty()) {
            // a passive report without its agent: "the minister was invited to …"
            StringBuilder s = new StringBuilder(join(targets)).append(targets.size() > 1 ? " are" : " is")
                    .append(planned ? " to be " : " ").append(PASSIVE.getOrDefault(mode == null ? type : mode,
                            PASSIVE.getOrDefault(type, "the target of a " + type + " event")));
            if (place != null) {
                s.append(" in ").append(place);
            }
            if (start != null) {
                s.append(end == null || end.equals(start) ? " on " + start : ", from " + start + " to " + end);
            }
            return s.append('.').toString();
        }
        StringBuilder s = new StringBuilder(join(actors.isEmpty() ? List.of("Someone") : actors));
        if (planned) {
            s.append(actors.size() > 1 ? " are to " : " is to ").append(verb);
        } else {
            s.append(' ').append(actors.size() > 1 ? verb : thirdPerson(verb));
        }
        List<String> objects = targets;
        if (mode != null && mode.equals("visit") && place != null) {
            s.append(' ').append(place);
            place = null;
            objects = List.of();
        }
        if (!objects.isEmpty()) {
            s.append(' ').append(join(objects));
        } else if (verb.endsWith(" with") || verb.endsWith(" to") || verb.endsWith(" of") || verb.endsWith(" from")
                || verb.endsWith(" against")) {
            s.setLength(s.length() - verb.substring(verb.lastIndexOf(' ')).length());
        }
        if (place != null) {
            s.append(" in ").append(place);
        }
        if (start != null) {
            s.append(end == null || end.equals(start) ? " on " + start : ", from " + start + " to " + end);
        }
        return s.append('.').toString();
    }

    private static String thirdPerson(String verb) {
        int space = verb.indexOf(' ');
        String head = space < 0 ? verb : verb.substring(0, space);
        String tail = space < 0 ? "" : verb.substring(space);
        String inflected = head.endsWith("y") && !head.endsWith("ey") ? head.substring(0, head.length() - 1) + "ies"
                : head.endsWith("s") || head.endsWith("sh") || head.endsWith("ch") || head.endsWith("o") ? head + "es"
                : head + "s";
        return inflected + tail;
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
