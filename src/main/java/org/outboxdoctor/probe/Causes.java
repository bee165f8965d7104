package org.outboxdoctor.probe;

/** Reads exception chains, where libraries bury the cause that tells what happened on the wire. */
public final class Causes {
    private Causes() {
    }

    /** The first exception of the given type in the chain, or null. */
    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    public static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The innermost message, or the exception's name when it has none. */
    public static String rootMessage(Throwable e) {
        Throwable t = root(e);
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
