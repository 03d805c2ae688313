package org.kemu.architecture.cycle.b;

import org.kemu.architecture.cycle.a.Upstream;

/** The other half of the deliberate package cycle. */
public final class Downstream {

    public Upstream back() {
        return new Upstream();
    }
}
