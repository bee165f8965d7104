package org.outboxdoctor.mailprograms;

import java.util.Locale;

/** The operating system, which decides where each mail program keeps its settings. */
public enum HostOs {
    LINUX, WINDOWS, MACOS, OTHER;

    public static HostOs current() {
        return fromName(System.getProperty("os.name", ""));
    }

    static HostOs fromName(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        if (name.contains("linux") || name.contains("bsd")) {
            return LINUX;
        }
        return OTHER;
    }
}
