package org.outboxdoctor.probe;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Providers ban an address for hours after "excessive connections": a run opens at most this many to the mail
 * servers. Connections to other web servers (autoconfig) come from a small budget of their own ({@link #side}),
 * but once the run dials the same address for mail, those count against this budget too: the server sees them all.
 */
public final class ConnectionBudget {
    public static final int DEFAULT_LIMIT = 8;

    private final int limit;
    /** The run's budget this one also counts against, or null for the run's own. */
    private final ConnectionBudget run;
    private final Map<InetAddress, Integer> dialed = new HashMap<>();
    private final List<ConnectionBudget> sides = new ArrayList<>();
    private int taken;

    public ConnectionBudget(int limit) {
        this(limit, null);
    }

    private ConnectionBudget(int limit, ConnectionBudget run) {
        this.limit = limit;
        this.run = run;
    }

    /** A budget of {@code sideLimit} connections to other servers, counted here too for any address the run dials. */
    public ConnectionBudget side(int sideLimit) {
        if (run != null) {
            throw new IllegalStateException("a side budget has no side budget");
        }
        ConnectionBudget side = new ConnectionBudget(sideLimit, this);
        synchronized (this) {
            sides.add(side);
        }
        return side;
    }

    /** Takes one connection to {@code address} from the budget; false once it is spent. */
    public boolean tryTake(InetAddress address) {
        ConnectionBudget root = run == null ? this : run;
        synchronized (root) {
            if (run == null) {
                int sideCount = dialed.containsKey(address) ? 0 : sideCount(address);
                if (used() + 1 + sideCount > limit) {
                    return false;
                }
            } else if (taken >= limit || (run.dialed.containsKey(address) && run.used() >= run.limit)) {
                return false;
            }
            taken++;
            dialed.merge(address, 1, Integer::sum);
            return true;
        }
    }

    /** Connections opened: for the run's budget, also those of its side budgets to an address it dialed itself. */
    public int used() {
        ConnectionBudget root = run == null ? this : run;
        synchronized (root) {
            if (run != null) {
                return taken;
            }
            int shared = 0;
            for (ConnectionBudget s : sides) {
                for (Map.Entry<InetAddress, Integer> e : s.dialed.entrySet()) {
                    if (dialed.containsKey(e.getKey())) {
                        shared += e.getValue();
                    }
                }
            }
            return taken + shared;
        }
    }

    public int limit() {
        return limit;
    }

    private int sideCount(InetAddress address) {
        int count = 0;
        for (ConnectionBudget s : sides) {
            count += s.dialed.getOrDefault(address, 0);
        }
        return count;
    }
}
