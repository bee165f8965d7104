package org.outboxdoctor.probe.dnsbl;

import java.util.Optional;
import org.outboxdoctor.probe.dns.DnsLookup;

/**
 * Why a list's answer could not be read (status {@link ListingStatus#UNCHECKED}), kept as facts so that the
 * diagnosis words it in the reader's language.
 *
 * @param answer the answer that could not be read (an error code, an address outside 127/8); empty when none
 * @param lookup the list's answer to the question, or its failure
 */
public record Unreadable(Why why, String answer, DnsLookup lookup) {

    public Unreadable {
        answer = answer == null ? "" : answer;
    }

    public enum Why {
        /** The question got no usable answer at all (timeout, SERVFAIL, refused...). */
        NO_ANSWER,
        /** 127.255.255.252: the list's name was mistyped. */
        MISTYPED_ZONE,
        /** 127.255.255.254: the list refuses questions through public or shared resolvers. */
        PUBLIC_RESOLVER,
        /** 127.255.255.255: too many questions from this resolver. */
        TOO_MANY_QUESTIONS,
        /** Another 127.255.255.x error code. */
        ERROR_CODE,
        /** An answer outside 127/8, or 127.0.0.1: a resolver rewriting answers, not the list. */
        NOT_A_LIST_ANSWER,
        /** The list also lists 127.0.0.1, so it answers "listed" for every address. */
        LISTS_EVERYTHING
    }

    /** The error code 127.255.255.x read, or empty when {@code answer} is not one. */
    static Optional<Why> ofErrorCode(String answer) {
        if (!answer.startsWith("127.255.255.")) {
            return Optional.empty();
        }
        return Optional.of(switch (answer) {
            case "127.255.255.252" -> Why.MISTYPED_ZONE;
            case "127.255.255.254" -> Why.PUBLIC_RESOLVER;
            case "127.255.255.255" -> Why.TOO_MANY_QUESTIONS;
            default -> Why.ERROR_CODE;
        });
    }
}
