package io.storyline.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether we talk to a person at a terminal, so progress bars go there and not into log files. */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Console.isTerminal() exists from Java 22; before that a non-null console already means a terminal
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
