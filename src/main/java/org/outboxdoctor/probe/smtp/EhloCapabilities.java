package org.outboxdoctor.probe.smtp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a server offers in its EHLO reply. The first line is the server's name and, at some
 * providers, an echo of the client's address.
 */
public record EhloCapabilities(String greetingLine, boolean startTls, Set<String> authMechanisms,
                               OptionalLong size, boolean pipelining, List<String> keywords) {

    public static EhloCapabilities parse(SmtpReply reply) {
        Set<String> auth = new LinkedHashSet<>();
        boolean startTls = false;
        boolean pipelining = false;
        OptionalLong size = OptionalLong.empty();
        List<String> lines = reply.lines();
        for (int i = 1; i < lines.size(); i++) {
            String[] words = lines.get(i).trim().split("[\\s=]+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue; // a blank or "=" line names no capability (found by ParserFuzzTest)
            }
            String keyword = words[0].toUpperCase(Locale.ROOT);
            switch (keyword) {
                case "STARTTLS" -> startTls = true;
                case "PIPELINING" -> pipelining = true;
                case "AUTH" -> {
                    for (int w = 1; w < words.length; w++) {
                        auth.add(words[w].toUpperCase(Locale.ROOT));
                    }
                }
                case "SIZE" -> size = parseSize(words);
                default -> { }
            }
        }
        return new EhloCapabilities(lines.isEmpty() ? "" : lines.get(0), startTls, Set.copyOf(auth), size, pipelining,
                lines.size() > 1 ? List.copyOf(lines.subList(1, Math.min(lines.size(), 60))) : List.of());
    }

    private static OptionalLong parseSize(String[] words) {
        // RFC 1870: the size is digits; "-1" or "+5" is no size offered (a negative one was found by Jazzer)
        if (words.length < 2 || !words[1].matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(words[1]));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public boolean offersAuth() {
        return !authMechanisms.isEmpty();
    }
}
