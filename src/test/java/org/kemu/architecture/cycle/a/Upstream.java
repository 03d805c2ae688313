package org.kemu.architecture.cycle.a;

import org.kemu.architecture.cycle.b.Downstream;

/** Half of a deliberate package cycle that shows the module rules can fail. */
public final class Upstream {

    public Downstream next() {
        return new Downstream();
    }
}
